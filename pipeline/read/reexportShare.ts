/**
 * A share whose part is re-exports as a whole measures how a country's exports are made up (goods
 * of foreign origin against its own), not a supply of goods: "The share of re-exports in
 * Kazakhstan's total exports to Russia fell to 6.8%", "Re-exports made up 98.6% of total exports",
 * "(re-exports) amounted to US$612 million, or 13.3% of total exports", "we estimate that a third of
 * Kyrgyz exports of these goods to Russia are re-exports". A curator deletes such drafts. Re-exports
 * of named goods ("Re-exports of cars accounted for 38% of this amount") are a part by goods, and kept.
 */
import type { Mention } from '../extract/index.js';

const ABOUT = String.raw`(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|only\s+)?`;
/** "to Russia", "from Armenia": where the re-exports went or came from, no goods. */
const ROUTE = String.raw`(?:\s+(?:to|from|through|via)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}){0,2}`;
/** "the share of (such) re-exports (re-exported goods) in …" before the figure, in its sentence. */
const SHARE_OF_REEXPORTS = /\bshare\s+of\s+(?:such\s+|these\s+|those\s+)?re-?export(?:s|ed\s+goods)\s+(?:in|of)\b[^.;]{0,90}$/i;
/** "Re-exports (now) made up (accounted for)" right before the figure: re-exports, no goods, are the part. */
const REEXPORTS_MAKE_UP = new RegExp(
  String.raw`\bre-?exports\)?${ROUTE}\s+(?:now\s+|also\s+|still\s+)?(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|represented|represent)\s+${ABOUT}$`,
  'iu',
);
/** "Re-exports accounted for AED 382 billion, or 26.9 percent of the total": the share after their value. */
const REEXPORTS_VALUE_OR = new RegExp(
  String.raw`\bre-?exports\)?${ROUTE}\s+(?:accounted\s+for|amounted\s+to|were|totall?ed|made\s+up|reached)\s+[^,;.]{0,30}\d[^,;]{0,25},\s+or\s+${ABOUT}$`,
  'iu',
);
/** "… a third of Kyrgyz exports of these goods to Russia are re-exports": the part named after the figure. */
const ARE_REEXPORTS = /^\s+of\s+[^.;]{0,80}?\b(?:are|were|is|was)\s+re-?exports\b/i;

/** Whether share figure `m` (in the sentence starting at `sentenceStart`) is a share of re-exports as a whole. */
export function isReexportShare(text: string, m: Mention, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 160), m.start);
  const after = text.slice(m.end, m.end + 120);
  const inBefore = before.includes('e-export') || before.includes('eexport');
  if (inBefore && (SHARE_OF_REEXPORTS.test(before) || REEXPORTS_MAKE_UP.test(before) || REEXPORTS_VALUE_OR.test(before))) return true;
  return (after.includes('e-export') || after.includes('eexport')) && ARE_REEXPORTS.test(after);
}
