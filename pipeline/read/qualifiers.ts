/**
 * A claim's qualitative share ("the overwhelming majority", "nearly all") and end use ("for use
 * in tanks", "used to make missiles"), each with the words that gave it.
 */
import type { QualitativeShare, ReadClaim } from './types.js';
import { ev } from './evidence.js';

const SHARES: [RegExp, QualitativeShare][] = [
  [/\b(?:all of|100% of)\b/i, 'all'],
  [/\b(?:almost all|nearly all|virtually all|practically all|almost every|nearly every)\b/i, 'nearly-all'],
  [/\b(?:the overwhelming majority|the vast majority|the bulk|overwhelmingly)\b/i, 'overwhelming-majority'],
  [/\b(?:most of|the majority|majority of|more than half)\b/i, 'majority'],
  [/\b(?:a minority|some of|a fraction)\b/i, 'minority'],
];
const SHARE_CUE = /all|every|majorit|bulk|overwhelm|100%|most|half|minorit|some of|fraction/i;
const END_USE_CUE = /for|used|to\s/i;
const END_USE =
  /\b(?:for use in|used in(?: the)?|used to (?:make|produce|build)|for|to (?:make|produce|build))\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:and that|the officials|according|since)\b|$)/i;

/**
 * The share in `text[zoneStart, zoneEnd)` (the object, or before "comes from") and the end use in
 * the object `text[objectStart, objectEnd)`; their evidence is written into `evidence`.
 */
export function readShareAndEndUse(
  text: string,
  zoneStart: number,
  zoneEnd: number,
  objectStart: number,
  objectEnd: number,
  evidence: ReadClaim['evidence'],
): { share: QualitativeShare | null; endUse: string | null } {
  let share: QualitativeShare | null = null;
  const zone = text.slice(zoneStart, zoneEnd);
  // One test for the words every share phrase holds before the five phrases are tried; the
  // phrase that starts first wins ("Nearly all of" is nearly-all, not the "all of" inside it).
  let best: RegExpExecArray | null = null;
  for (const [re, level] of SHARE_CUE.test(zone) ? SHARES : []) {
    const m = re.exec(zone);
    if (m && (!best || m.index < best.index)) {
      best = m;
      share = level;
    }
  }
  if (best) {
    const at = zoneStart + best.index;
    evidence.share = ev(text, at, at + best[0].length, 'a qualitative share');
  }
  const object = text.slice(objectStart, objectEnd);
  const eu = END_USE_CUE.test(object) ? END_USE.exec(object) : null;
  const endUse = eu ? eu[1]!.trim() : null;
  if (eu) evidence.end_use = ev(text, objectStart + eu.index, objectStart + eu.index + eu[0].length, 'for/used in');
  return { share, endUse };
}
