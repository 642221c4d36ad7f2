/** Whether a span lies inside another (a sentence's attribution, an aside, a total), if there is one. */
export const within = (inner: { start: number; end: number }, outer: { start: number; end: number } | undefined): boolean =>
  outer !== undefined && inner.start >= outer.start && inner.end <= outer.end;
