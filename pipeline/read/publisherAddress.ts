/**
 * A text whose first line is the address of the official publisher that printed it: a CRS
 * product printed from its PDF opens on "https://crsreports.congress.gov". The publisher speaks
 * for what the text states in its own voice (docs/curation.md, "Authors the text never names").
 * Only publishers that print their address this way, and always the same, are listed.
 */
import type { Attribution } from './attribution.js';

const PUBLISHERS: readonly (readonly [RegExp, string])[] = [
  [/^(?:https?:\/\/)?(?:www\.)?crsreports\.congress\.gov\/?$/i, 'Congressional Research Service'],
  [/^(?:https?:\/\/)?(?:www\.)?gao\.gov\/?$/i, 'Government Accountability Office'],
  [/^(?:https?:\/\/)?commonslibrary\.parliament\.uk\/?$/i, 'House of Commons Library'],
  [/^(?:https?:\/\/)?lordslibrary\.parliament\.uk\/?$/i, 'House of Lords Library'],
];

/** The publisher whose address is the first line of `head`, if any (the phrase is its name, the evidence its address). */
export function publisherAddress(head: string): Attribution | undefined {
  const nl = head.indexOf('\n');
  const line = (nl < 0 ? head : head.slice(0, nl)).trim();
  if (line.length > 60 || !line.includes('.')) return undefined;
  const hit = PUBLISHERS.find(([re]) => re.test(line));
  if (!hit) return undefined;
  const start = head.indexOf(line);
  return { phrase: hit[1], start, end: start + line.length, cue: 'the publisher of the text (its address)' };
}
