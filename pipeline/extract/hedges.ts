/**
 * Hedge words, which must touch the number (with its currency sign): "about $900 million",
 * "more than two years", "5,000 or more". A hedge anywhere else in the sentence is not the
 * number's ("over the past three months" is exact). Table: docs/interval-policy.md.
 */
import type { Hedge } from './mention.js';

const LEFT: ReadonlyArray<[Hedge, string[]]> = [
  ['approximately', ['an estimated', 'estimated', 'approximately', 'approx.', 'about', 'around', 'roughly', 'some', 'circa', 'ca.', 'c.', 'in the region of', 'on the order of', 'in the order of', 'an approximate', 'nearly about']],
  ['at_most', ['nearly', 'almost', 'just under', 'just below', 'just shy of', 'shy of', 'just short of', 'close to', 'closer to', 'not quite', 'nearing', 'approaching', 'a little under', 'a little less than', 'slightly under', 'slightly below', 'slightly less than', 'just less than', 'a little below']],
  ['more_than', ['more than', 'over', 'above', 'in excess of', 'exceeding', 'upwards of', 'upward of', 'greater than', 'higher than', 'well over', 'well above', 'well in excess of', 'just over', 'just above', 'just more than', 'slightly more than', 'slightly over', 'slightly above', 'a little over', 'a little more than', 'north of', 'topping', 'surpassing', 'better than', 'larger than', 'bigger than', 'beyond']],
  ['at_least', ['at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'minimum of', 'at a minimum']],
  ['less_than', ['under', 'less than', 'below', 'fewer than', 'lower than', 'smaller than', 'well under', 'well below', 'well short of', 'short of']],
  ['up_to', ['up to', 'as much as', 'as many as', 'as high as', 'as large as', 'no more than', 'not more than', 'a maximum of', 'maximum of', 'at most', 'at the most', 'at a maximum']],
];

const byPhrase = new Map<string, Hedge>();
for (const [hedge, words] of LEFT) for (const w of words) byPhrase.set(w, hedge);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');
const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
/**
 * Anchored at the end of a short look-back window: the earliest-starting phrase wins, so
 * "just under" beats "under" and "no more than" beats "more than".
 */
const LEFT_RE = new RegExp(`(?<![A-Za-z])(${phrases.map(escape).join('|')})[ \\u00a0\\u202f]+$|([~≈])[ \\u00a0]?$`, 'i');
/** Verbs and nouns after which "about" means "concerning", not "approximately". */
const ABOUT_TOPIC = /(?:talk|talked|talking|talks|spoke|speak|speaks|speaking|concern|concerns|concerned|worried|worry|worries|warned|warn|warning|ask|asked|asking|know|knew|known|learn|learned|learnt|think|thought|care|cared|complain|complained|question|questions|information|news|details|data|told|tell|said|say|says|wrote|write|writes|read|heard|hear|report|reports|reported|unsure|clear|sure|serious|something|nothing|anything|all)[ \u00a0]+$/i;

export interface LeftHedge {
  hedge: Hedge;
  start: number;
}

/** The hedge phrase ending at `start` (allowing spaces between), not reaching before `floor`. */
export function readLeftHedge(text: string, start: number, floor: number): LeftHedge | null {
  const from = Math.max(floor, start - 28);
  const window = text.slice(from, start);
  const m = LEFT_RE.exec(window);
  if (!m) return null;
  if (m[2]) return { hedge: 'approximately', start: from + m.index };
  const phrase = m[1]!.toLowerCase().replace(/[ \u00a0]+/g, ' ');
  const hedge = byPhrase.get(phrase)!;
  const hs = from + m.index;
  if (phrase === 'about' || phrase === 'around' || phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below') {
    const before = text.slice(Math.max(floor, hs - 20), hs);
    if (phrase === 'about' && ABOUT_TOPIC.test(before)) return null;
    // "rose above 5%" is a hedge; "the chart above 5" is not worth guessing about: keep it.
  }
  return { hedge, start: hs };
}

const RIGHT_RE = /[ \u00a0]or (so|more|less|fewer|above|higher|over)(?![A-Za-z])|[ \u00a0]and (?:more|above|over|up)(?![A-Za-z])|(\+)|-(plus|odd)(?![A-Za-z])/y;

export interface RightHedge {
  hedge: Hedge;
  end: number;
}

/** A hedge right after the number: "or so", "or more", "or fewer", "+", "-plus", "-odd". */
export function readRightHedge(text: string, pos: number): RightHedge | null {
  RIGHT_RE.lastIndex = pos;
  const m = RIGHT_RE.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  const w = (m[1] ?? m[3] ?? (m[2] ? 'plus' : 'more')).toLowerCase();
  if (w === 'so' || w === 'odd') return { hedge: 'approximately', end };
  if (w === 'less' || w === 'fewer') return { hedge: 'up_to', end };
  return { hedge: 'at_least', end };
}
