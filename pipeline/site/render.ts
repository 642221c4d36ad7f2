/**
 * Observable Plot rendered on the server, with linkedom as its DOM, to an SVG string. The
 * string is made stable: Plot numbers clip-path, pattern and marker ids per process
 * (plot-clip-1, plot-clip-2, …), so the same chart rendered second would differ from itself
 * rendered first; we renumber them under the chart's own prefix, which also keeps ids unique
 * when several charts share a page. Coordinates are rounded to 2 decimals so floating-point
 * noise cannot change a snapshot.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds every decimal number inside attribute values to at most 2 decimals. */
export function roundAttributes(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (_, value: string) => {
    // Only numbers with 3+ decimals need it; leaves "0.1.0" and "0.32em" alone.
    const rounded = value.replace(/(?<![\d.])-?\d*\.\d{3,}(?:e-?\d+)?(?![\d.])/gi, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return `="${rounded}"`;
  });
}

/**
 * linkedom writes `&` and `<` in attribute values as they are, which HTML tolerates but XML
 * does not (a standalone .svg would not parse): escape them, leaving existing entities alone.
 */
export function escapeAttributes(svg: string): string {
  return svg.replace(
    /="([^"]*)"/g,
    (_, value: string) => `="${value.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;').replace(/</g, '&lt;')}"`,
  );
}

/** Renames Plot's process-global ids (plot-clip-7) to `${prefix}-clip-1`, … in order of appearance. */
export function renumberIds(svg: string, prefix: string): string {
  const seen = new Map<string, string>();
  const counters = new Map<string, number>();
  return svg.replace(/\bplot-(clip|pattern|marker)-(\d+)\b/g, (id: string, kind: string) => {
    let next = seen.get(id);
    if (next === undefined) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      next = `${prefix}-${kind}-${n}`;
      seen.set(id, next);
    }
    return next;
  });
}

export interface RenderOptions {
  /** Prefix of the chart's ids; unique per page (the chart's slug). */
  idPrefix: string;
  /** Accessible name of the SVG (the chart's title). */
  ariaLabel?: string;
  /** id of the element holding the text alternative. */
  describedBy?: string;
}

/** Renders a Plot specification to a stable SVG string (xmlns set, so it also stands alone as a .svg file). */
export function renderPlot(options: Plot.PlotOptions, render: RenderOptions): string {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const el = Plot.plot({
    ...options,
    title: undefined,
    subtitle: undefined,
    caption: undefined,
    document: document as unknown as Document,
  });
  // With a title or legend Plot wraps the SVG in a <figure>; the site writes its own figure.
  if (el.tagName.toLowerCase() !== 'svg')
    throw new Error('renderPlot: expected Plot to return an <svg>; do not ask Plot for a title or legend');
  el.setAttribute('xmlns', SVG_NS);
  el.setAttribute('role', 'img');
  if (render.ariaLabel) el.setAttribute('aria-label', render.ariaLabel);
  if (render.describedBy) el.setAttribute('aria-describedby', render.describedBy);
  return renumberIds(escapeAttributes(roundAttributes(el.outerHTML)), render.idPrefix);
}
