/**
 * A trade noun carried by a light verb: "Name Trading Ltd. has made over 100 shipments of
 * high-priority items to Russia", "conducted dozens of deliveries of …", "carried out transfers
 * of …". Designation paragraphs state a party's trade so; the subject of the light verb is the
 * one who ships, as the owner is in "China's shipments of …".
 */

/** The light verb, its auxiliaries and a count or quantity before the trade noun, up to it. */
const LIGHT =
  /\b(?:(?:has|have|had)\s+(?:also\s+|since\s+)?)?(?:made|makes|making|conducted|conducts|conducting|completed|carried\s+out|carries\s+out|undertook|undertaken|arranged|facilitated|organi[sz]ed)\s+(?:(?:over|more\s+than|at\s+least|about|around|nearly|almost|some|roughly|approximately|dozens\s+of|hundreds\s+of|thousands\s+of|numerous|multiple|several|many|repeated|regular|large|significant|\d[\d,.]*|the|its|their)\s+)*$/i;

/** The light verbs' stems, a cheap test before LIGHT. */
const STEMS = /ma[dk]|conduct|complet|carri|undert|arrang|facilitat|organi/i;

/** Where the light verb group before a trade noun at `nounStart` starts, or -1 when there is none. */
export function lightVerbBefore(text: string, clauseStart: number, nounStart: number): number {
  const before = text.slice(Math.max(clauseStart, nounStart - 100), nounStart);
  // Most trade nouns follow no light verb: its stems looked for first, as plain text.
  if (!STEMS.test(before)) return -1;
  const m = LIGHT.exec(before);
  return m ? nounStart - before.length + m.index : -1;
}
