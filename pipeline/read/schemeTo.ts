/**
 * A supply verb inside a scheme its subject took part in: "Nine entities have been implicated in a
 * conspiracy to violate U.S. export controls, including a scheme to supply …", "The entities
 * engaged in a scheme to ship microelectronics to Russian end users". Enforcement texts state
 * conduct so; who took part in the scheme supplies (the finding names them, not the scheme).
 */

/** The verb of taking part and the scheme, up to the supply verb; group 1 is where it starts. */
const SCHEME =
  /(\s+(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|are\s+)?(?:allegedly\s+|also\s+)?(?:implicated|engaged|involved|participated|took\s+part|taking\s+part|engaging|participating)\s+in\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:scheme|schemes|conspiracy|conspiracies|plot|effort|efforts|attempt|attempts)\s+to\s+(?:(?:[\p{Ll}-]+\s+){1,10}?(?:including|and)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:scheme|plot|effort|attempt)\s+to\s+)?)$/u;

/** Where the subject of a supply verb at `verbStart` ends when the verb stands in a scheme its subject took part in, or -1. */
export function schemeSubjectEnd(text: string, clauseStart: number, verbStart: number): number {
  const before = text.slice(Math.max(clauseStart, verbStart - 200), verbStart);
  // Most verbs stand after no scheme: the words looked for first, as plain text.
  if (!/\bto\s+$/.test(before.slice(-6)) || !/scheme|conspirac|plot|effort|attempt/.test(before)) return -1;
  const m = SCHEME.exec(before);
  return m ? verbStart - before.length + m.index : -1;
}
