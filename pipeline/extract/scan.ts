/**
 * The one pass: the trigger regex finds where a figure may start; each hit is parsed
 * locally (periods, quantities, ranges, hedges) and the scan resumes after what was taken.
 * Mentions come out ordered and non-overlapping: no look-back reaches before the end of
 * the previous mention (`floor`).
 */
import { isAsciiLetter, isDigit, isInlineSpace, isSpaceSeparator, isUpper, letterRunEnd, letterRunStart, prevWord } from './chars.js';
import { isCurrencySignAt, readCurrencySuffix } from './currencies.js';
import { newMention, periodFound, quantityFound, rangeFound, type Found } from './draft.js';
import { FRACTION_DENOMINATORS } from './fractions.js';
import { readLeftHedge, readRightHedge, type LeftHedge } from './hedges.js';
import { halfUnitBounds, hedgeInterval } from '../model/intervals.js';
import type { Hedge, Mention, MentionKind } from './mention.js';
import { mayBeMultiple, readMultiple } from './multiples.js';
import { ARTICLE_DURATION_WORDS, readArticleDuration } from './articleDuration.js';
import {
  afterLabel,
  afterSpelledLabel,
  bareIntegerIsName,
  gluedToName,
  hsCodeAtLineStart,
  labelRunEnd,
  listMarkerEnd,
  nameOrRankAfter,
  numericDateEnd,
  pageFurnitureEnd,
} from './negatives.js';
import { readNumberWords, TENS_WORDS, UNIT_WORDS } from './numberWords.js';
import { readQuantity, tokenEnd, type Quantity } from './parseQuantity.js';
import { scaledValue } from '../core/decimal.js';
import { yearSpec, type PeriodSpec } from '../model/periodSpec.js';
import { RELATIVE_YEAR, yearAfter } from './years.js';
import { MONTHS, readMonthPeriod } from './months.js';
import type { PeriodHit } from '../model/periodSpec.js';
import { readDigitPeriod, readFirstMonths, readQuarterWord } from './periods.js';
import { readRangeAfter } from './ranges.js';
import { changeBefore, fromBefore } from './fromContext.js';
import { readScale } from './scales.js';
import { lowerTriggerWord, triggerRegex } from './triggers.js';
import { readVaguePlural, readVagueSingular, type Vague } from './vague.js';

/** What parsing one hit gives: a mention, or only where to resume. */
type Step = Found | { skipTo: number } | null;

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);
const VAGUE_WORDS = new Set(['dozens', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
const ARTICLE_DURATIONS = new Set(ARTICLE_DURATION_WORDS);
/** Words before "N months of 2023" that make it the year's first N months. */
const MONTHS_OF_LEAD = new Set(['in', 'of', 'during', 'for', 'over', 'after', 'within', 'through']);
/*
 * The word tables as Sets for the hot path: looking a freshly sliced string up in a plain
 * object costs about 2.5 times a Set lookup (V8 must find the string's internalized twin), and
 * this runs at every trigger word.
 */
const MONTH_WORDS = new Set(Object.keys(MONTHS));
const FRACTION_WORDS = new Set(Object.keys(FRACTION_DENOMINATORS));
const NUMBER_WORDS = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)]);
/** Hedges that may also be time prepositions: "around 2020", "over 2023" keep a year a year. */
const TEMPORAL_HEDGES = new Set([
  'about',
  'around',
  'over',
  'under',
  'above',
  'below',
  'circa',
  'c.',
  'ca.',
  'beyond',
  'approaching',
  'nearing',
]);

/**
 * One trigger regex for all texts: a corpus has millions of short texts, and a fresh RegExp per
 * text cost about 2% of the extractor. Safe because scan is synchronous and not re-entered, and
 * resets lastIndex first. (A hand-written charCodeAt scanner with a lookup table and a flat trie
 * was measured too: 25-50% slower than irregexp on news text, so the regex stays.)
 */
const TRIGGERS = triggerRegex();

/** Every mention in `text`, in order (sentence and period not yet set), with own periods. */
export function scan(text: string): { mentions: Mention[]; own: (PeriodSpec | null)[] } {
  const mentions: Mention[] = [];
  const own: (PeriodSpec | null)[] = [];
  const re = TRIGGERS;
  re.lastIndex = 0;
  let floor = 0;
  // test() rather than exec(): no match array per hit. A trigger is one character (digit,
  // sign) or a whole word ending at lastIndex.
  while (re.test(text)) {
    const end = re.lastIndex;
    const last = text.charCodeAt(end - 1);
    const pos = isAsciiLetter(last) ? letterRunStart(text, end - 1) : end - 1;
    const step = parseAt(text, pos, end, floor);
    if (step && 'mention' in step) {
      const d = step.mention;
      if (d.start >= floor && d.end > d.start) {
        mentions.push(d);
        own.push(step.own);
        floor = d.end;
        re.lastIndex = d.end;
        continue;
      }
    } else if (step && step.skipTo > pos) {
      re.lastIndex = step.skipTo;
      continue;
    }
    // nothing here: go on after the trigger (a digit run is skipped whole)
    if (isDigit(last)) re.lastIndex = tokenEnd(text, pos);
  }
  return { mentions, own };
}

function parseAt(text: string, pos: number, end: number, floor: number): Step {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return atDigit(text, pos, floor);
  if (end - pos === 1) return isCurrencySignAt(text, pos) ? atQuantity(text, pos, floor) : null;
  const lower = lowerTriggerWord(text, pos, end);
  // a month name counts only capitalized ("March 2024"); lowercase "may"/"march" are verbs
  if (MONTH_WORDS.has(lower)) {
    if (!isUpper(c)) return null;
    const hit = readMonthPeriod(text, pos, floor);
    return hit ? periodStep(text, hit) : null;
  }
  if (lower === 'quarter' || lower === 'half') {
    const hit = readQuarterWord(text, pos, floor);
    if (hit) return periodStep(text, hit);
  }
  if (VAGUE_WORDS.has(lower)) return atVague(text, readVaguePlural(text, pos), floor);
  if (ARTICLE_DURATIONS.has(lower)) return atArticleDuration(text, pos, end, lower, floor);
  // readMultiple reads the letter run at pos, which is `lower` unless letters outside ASCII follow
  const mult = mayBeMultiple(lower) || letterRunEnd(text, pos) !== end ? readMultiple(text, pos) : null;
  if (mult) return atMultiple(text, pos, mult.end, mult.m, mult.dec, floor);
  if (SCALE_WORDS.has(lower) || FRACTION_WORDS.has(lower)) {
    // "a million", "a dozen", "a third", "half": the article is part of the figure
    const art = articleMayEnd(text, pos, floor)
      ? /(?<![A-Za-z])(an?|one)[ \u00a0-]$/i.exec(text.slice(Math.max(floor, pos - 4), pos))
      : null;
    if (art) return atQuantity(text, pos - art[0].length, floor);
    if (lower === 'half') return atQuantity(text, pos, floor);
    if (SCALE_WORDS.has(lower)) return atVague(text, readVagueSingular(text, pos, floor), floor);
    return null;
  }
  if (NUMBER_WORDS.has(lower)) {
    if (text[pos - 2] === 'f' && /(?<![A-Za-z])Group[ \u00a0]of[ \u00a0]$/.test(text.slice(Math.max(floor, pos - 9), pos)))
      return { skipTo: end };
    if (lower === 'one' && oneIsNotANumber(text, pos, floor)) return { skipTo: end };
    if (afterSpelledLabel(text, pos, floor)) return { skipTo: end };
    if (text[end + 1] === 'd' && /^[ \u00a0-]digits?(?![A-Za-z])/.test(text.slice(end, end + 8))) return { skipTo: end }; // "eight-digit"
    const first = firstMonthsAt(text, pos, floor);
    if (first) return periodStep(text, first);
    return atQuantity(text, pos, floor);
  }
  return null;
}

/**
 * Whether "a ", "an ", "one " (or with a no-break space or hyphen) can end at `pos`, from its last
 * two characters: lets most scale and fraction words ("5 million", "third countries") skip the
 * regex that reads the article, and its substring.
 */
function articleMayEnd(text: string, pos: number, floor: number): boolean {
  if (pos - 2 < floor) return false;
  const sep = text.charCodeAt(pos - 1);
  const c = text.charCodeAt(pos - 2) | 0x20;
  return (sep === 45 || isSpaceSeparator(sep)) && (c === 97 || c === 110 || c === 101); // a, n, e
}

function periodStep(text: string, hit: PeriodHit): Step {
  return periodFound(text, hit.start, hit.end, hit.kind, hit.spec);
}

/** "one" as a pronoun or in idioms ("one of the", "no one", "one another") is not a figure. */
function oneIsNotANumber(text: string, pos: number, floor: number): boolean {
  const after = /^[ \u00a0]([A-Za-z’']+)/.exec(text.slice(pos + 3, pos + 16));
  const next = after ? after[1]!.toLowerCase() : '';
  if (
    /^(?:of|another|another['’]s|by|way|thing|side|hand|point|time|such|day|after|another|or two|in|[’']s|with|that|which|who|whose)$/.test(
      next,
    ) &&
    next !== 'in'
  )
    return true;
  if (text[pos + 3] === '’' || text[pos + 3] === "'") return true;
  if (text[pos + 3] === '-') return false; // "the one-year mark", "one-third": a number in a compound
  const before = /([A-Za-z]+)[ \u00a0]$/.exec(text.slice(Math.max(floor, pos - 12), pos));
  const prev = before ? before[1]!.toLowerCase() : '';
  return /^(?:the|no|any|every|each|this|that|which|someone|anyone|everyone|no-one)$/.test(prev);
}

/** "the first nine months of 2023" at a number word or digits. */
function firstMonthsAt(text: string, pos: number, floor: number): PeriodHit | null {
  const b = text.charCodeAt(pos - 2) | 0x20; // first, last / final
  if ((b !== 116 && b !== 108) || !/(?:first|last|final)[ \u00a0]$/i.test(text.slice(Math.max(floor, pos - 6), pos))) return null;
  const num = isDigit(text.charCodeAt(pos)) ? /^\d{1,2}(?![0-9])/.exec(text.slice(pos, pos + 3)) : null;
  let n: number;
  let end: number;
  if (num) {
    n = Number(num[0]);
    end = pos + num[0].length;
  } else {
    const w = readNumberWords(text, pos);
    if (!w || w.dec !== 0) return null;
    n = w.m;
    end = w.end;
  }
  const u = /^[ \u00a0](months|quarters)(?![A-Za-z])/i.exec(text.slice(end, end + 10));
  if (!u) return null;
  return readFirstMonths(text, pos, end + u[0].length, n, u[1]!.toLowerCase() === 'months' ? 'month' : 'quarter', floor);
}

function atDigit(text: string, pos: number, floor: number): Step {
  const marker = listMarkerEnd(text, pos);
  if (marker > 0) return { skipTo: marker };
  const code = hsCodeAtLineStart(text, pos);
  if (code > 0) return { skipTo: code };
  const furniture = pageFurnitureEnd(text, pos);
  if (furniture > 0) return { skipTo: furniture };
  const date = numericDateEnd(text, pos);
  if (date > 0) return { skipTo: date };
  const period = readDigitPeriod(text, pos, floor);
  if (period) return periodStep(text, period);
  const first = firstMonthsAt(text, pos, floor);
  if (first) return periodStep(text, first);
  if (gluedToName(text, pos) && !gluedCurrencyCode(text, pos)) return { skipTo: tokenEnd(text, pos) };
  if (afterLabel(text, pos, floor)) return { skipTo: labelRunEnd(text, tokenEnd(text, pos)) };
  return atQuantity(text, pos, floor);
}

/** "Rmb500bn", "USD300m", "Rbs1.2tn": letters glued to digits that are a currency. */
function gluedCurrencyCode(text: string, pos: number): boolean {
  return /(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RMB|Rmb|RUB|Rbs|Rb|Rs|INR|JPY|CHF|HKD|TWD|KRW|UAH|KZT|AED)$/.test(
    text.slice(Math.max(0, pos - 4), pos),
  );
}

/**
 * Where the word `w` (lowercase) starts if it is the word right before `pos` (one space
 * between), else -1. Compares in place: this runs for every number.
 */
function wordBefore(text: string, pos: number, floor: number, w: string): number {
  const s = pos - 1 - w.length;
  if (s < floor || !isInlineSpace(text.charCodeAt(pos - 1))) return -1;
  if (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) return -1;
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(s + i) | 0x20) !== w.charCodeAt(i)) return -1;
  return s;
}

function atQuantity(text: string, pos: number, floor: number): Step {
  const r = readQuantity(text, pos, floor);
  if (!r) return null;
  if (!('kind' in r)) return r;
  const q = r;
  if (text.charCodeAt(q.start - 2) === 102 /* f of "of " */ && q.unit === null) {
    const ratio = factorOf(text, q, floor);
    if (ratio) return ratio;
  }

  // a bare integer: a year, a name (Boeing 737, 14024), or a plain number
  const bare = q.unit === null && !q.hasScale && q.fixedH === null && !q.num.spelled;
  if (bare && q.num.dec === 0 && bareIntegerIsName(text, q.num.start, q.num.end, floor, q.num.grouped, 0))
    return { skipTo: labelRunEnd(text, q.num.end) };
  if (q.unit === null && !q.hasScale && q.fixedH === null && q.num.dec === 0 && nameOrRankAfter(text, q.end)) return { skipTo: q.end };
  // "the two countries", "these three firms": a spelled small number after a determiner refers
  // back to things already counted; it is no new figure
  if (q.kind === 'count' && q.num.spelled && !q.hasScale && q.value >= 2 && q.value <= 10 && determinerBefore(text, q.start, floor))
    return { skipTo: q.end };
  const hedge = readLeftHedge(text, q.start, floor);
  // "in 11 months of 2023", "at the end of eight months of this year": the months from January,
  // a period ("in just three months of 2023" is a duration: which three, the text does not say)
  if (
    !hedge &&
    q.unit === 'month' &&
    q.num.dec === 0 &&
    q.value >= 1 &&
    q.value <= 11 &&
    MONTHS_OF_LEAD.has(prevWord(text, q.start, floor).w)
  ) {
    const yr = /^[ \u00a0]of[ \u00a0]/.test(text.slice(q.end, q.end + 4)) ? yearAfter(text, q.end, false) : null;
    const rel = yr ? null : RELATIVE_YEAR.exec(text.slice(q.end, q.end + 20));
    if (yr || rel) {
      const y = yr ? yr.y : null;
      return periodFound(text, q.start, yr ? yr.end : q.end + rel![0].length, 'period', {
        type: 'months',
        y1: y,
        m1: 1,
        y2: y,
        m2: q.value,
      });
    }
  }
  if (
    bare &&
    isYearLike(q) &&
    !q.rightHedge &&
    !(hedge && (!TEMPORAL_HEDGES.has(hedgeWord(text, hedge, q.start)) || pluralFollows(text, q.end)))
  ) {
    const y = q.num.m;
    return periodFound(text, q.num.start, q.num.end, 'year', yearSpec(y), y);
  }

  // ranges: "$1–2 billion", "between 5% and 7%", "from 25-28 percent"; "from X to Y" after a
  // verb of change is two figures, the first taking the second's unit ("rose from 70 to 90 percent")
  let qc = q;
  const betweenAt = wordBefore(text, q.start, floor, 'between');
  const range = readRangeAfter(text, q, betweenAt >= 0);
  if (range) {
    const fromAt = betweenAt >= 0 || range.connector === 'dash' ? -1 : fromBefore(text, q.start, floor);
    if (fromAt < 0 || !changeBefore(text, fromAt, floor)) {
      const start = betweenAt >= 0 ? betweenAt : q.start;
      return rangeFound(text, start, range.end, range.kind, range.unit, range.scale, range.low, range.high);
    }
    qc = withUnitOf(q, range.second);
  }

  // "three times a year", "visited Kupol more than six times" count occasions
  let kind = qc.kind;
  if (kind === 'ratio' && timesOfOccasions(text, q, hedge ? hedge.start : q.start, floor)) kind = 'count';
  const qq: Quantity = kind === qc.kind ? qc : { ...qc, kind, unit: null };

  let h: Hedge = 'exact';
  let start = q.start;
  let end = q.end;
  if (
    hedge &&
    q.kind === 'duration' &&
    text.charCodeAt(q.num.end) !== 45 /* "over 18-month war": an adjective, so a bound */ &&
    overMeansDuring(text, hedge, q.start, floor)
  ) {
    // "worth €2.5bn over five years": over = during; the duration is exact
  } else if (hedge) {
    h = hedge.hedge;
    start = hedge.start;
  } else if (q.rightHedge) {
    h = q.rightHedge.hedge;
  }
  if (!hedge && !q.rightHedge) {
    const rh = readRightHedge(text, end);
    if (rh) {
      h = rh.hedge;
      end = rh.end;
    }
  }
  return quantityFound(text, qq, start, end, h);
}

/**
 * "over five years" after a figure means "during five years"; it means "more than" after
 * verbs of lasting ("lasted over two years", "for over a decade").
 */
function overMeansDuring(text: string, hedge: LeftHedge, qStart: number, floor: number): boolean {
  const w = hedgeWord(text, hedge, qStart);
  if (w !== 'over' && w !== 'under') return false;
  const before = /([A-Za-z]+)[ \u00a0]+$/.exec(text.slice(Math.max(floor, hedge.start - 16), hedge.start));
  return (
    !before ||
    !/^(?:for|lasted|lasting|lasts|last|took|take|takes|taken|taking|spent|spend|spanning|spanned|after|ago|than)$/i.test(before[1]!)
  );
}

/** Words after "N times" that make it a multiple: "three times more", "2.5 times the 2021 level". */
const MULTIPLE_AFTER = new Set(
  (
    'more less higher lower larger bigger greater smaller fewer faster cheaper slower above below over as the that what its their his her ' +
    'our this those these increase rise jump growth surge drop decline fall'
  ).split(' '),
);

/**
 * Whether "N times" counts occasions ("met three times", "visited six times", "three times a
 * year") rather than a multiple. A multiple has a comparison after it ("three times more", "2.5
 * times the level"), "by" before it ("grew by 2.5 times") or a word of change shortly before
 * ("exports grew almost eight times").
 */
function timesOfOccasions(text: string, q: Quantity, start: number, floor: number): boolean {
  if ((text.charCodeAt(q.end - 1) | 0x20) !== 115 /* s of "times" */) return false;
  const next = /^[ \u00a0]([A-Za-z]+)(?:[ \u00a0]([A-Za-z]+))?/.exec(text.slice(q.end, q.end + 24));
  if (next) {
    const w = next[1]!.toLowerCase();
    if (MULTIPLE_AFTER.has(w)) return false;
    if ((w === 'a' || w === 'per' || w === 'each' || w === 'every') && /^(?:year|month|week|day)/i.test(next[2] ?? '')) return true;
  }
  if (wordBefore(text, start, floor, 'by') >= 0) return false;
  return !changeBefore(text, start, floor, 4);
}

/** "by a factor of three": a bare number after "(a) factor of" is a multiple. */
function factorOf(text: string, q: Quantity, floor: number): Found | null {
  if (q.kind !== 'number' && q.kind !== 'count') return null;
  const m = /(?<![A-Za-z])(?:an?[ \u00a0])?factor[ \u00a0]of[ \u00a0]$/i.exec(text.slice(Math.max(floor, q.start - 14), q.start));
  if (!m) return null;
  const f = q.start - m[0].length;
  const hedge = readLeftHedge(text, f, floor);
  return quantityFound(
    text,
    { ...q, kind: 'ratio', unit: 'ratio' },
    hedge ? hedge.start : f,
    q.end,
    hedge?.hedge ?? q.rightHedge?.hedge ?? 'exact',
  );
}

function determinerBefore(text: string, pos: number, floor: number): boolean {
  return (
    wordBefore(text, pos, floor, 'the') >= 0 || wordBefore(text, pos, floor, 'these') >= 0 || wordBefore(text, pos, floor, 'those') >= 0
  );
}

function hedgeWord(text: string, hedge: LeftHedge, qStart: number): string {
  return text.slice(hedge.start, qStart).trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "about 2000 tanks": a lowercase plural after the number makes it a count, not a year. */
function pluralFollows(text: string, pos: number): boolean {
  return /^[ \u00a0][a-z]+s(?![A-Za-z])/.test(text.slice(pos, pos + 20));
}

function isYearLike(q: Quantity): boolean {
  const n = q.num;
  return !n.grouped && n.dec === 0 && n.end - n.start === 4 && n.m >= 1900 && n.m <= 2099 && (q.kind === 'number' || q.kind === 'count');
}

/** "more than a year", "nearly a decade": a duration of one unit, only with a hedge. */
function atArticleDuration(text: string, pos: number, end: number, word: string, floor: number): Step {
  const d = readArticleDuration(text, pos, end, word);
  if (!d || d.start < floor) return null;
  const hedge = readLeftHedge(text, d.start, floor);
  if (!hedge || overMeansDuring(text, hedge, d.start, floor)) return null;
  const num = { start: d.start, end: d.end, m: d.m, dec: d.dec, grouped: false, spelled: true };
  const q: Quantity = {
    start: d.start,
    end: d.end,
    kind: 'duration',
    unit: d.unit,
    scale: d.factor !== 1 ? d.factor : null,
    value: scaledValue(d.m, d.dec, d.factor),
    sign: 1,
    m: d.m,
    dec: d.dec,
    mult: d.factor,
    fixedH: null,
    num,
    hasCurrency: false,
    hasScale: false,
    rightHedge: null,
  };
  return quantityFound(text, q, hedge.start, d.end, hedge.hedge);
}

function atMultiple(text: string, pos: number, end: number, m: number, dec: number, floor: number): Step {
  const hedge = readLeftHedge(text, pos, floor);
  const h: Hedge = hedge ? hedge.hedge : 'exact';
  const value = m / 10 ** dec;
  const { below, above } = halfUnitBounds(m, dec, 1);
  const { low, high } = hedgeInterval(h, value, below, above, true);
  return { mention: newMention(text, hedge ? hedge.start : pos, end, 'ratio', value, 'ratio', null, h, low, high), own: null };
}

function atVague(text: string, v: Vague | null, floor: number): Step {
  if (!v || v.start < floor) return null;
  let end = v.end;
  let low = v.low;
  let high = v.high;
  let scale = v.scale;
  // "several hundred million": a scale after the magnitude
  const sc = readScale(text, end, false);
  if (sc && sc.multiplier > 1) {
    low *= sc.multiplier;
    high *= sc.multiplier;
    scale = sc.multiplier;
    end = sc.end;
  }
  let unit: string | null = null;
  let kind: MentionKind = 'count';
  const ofMoney = /^[ \u00a0]of(?=[ \u00a0])/.exec(text.slice(end, end + 4));
  const cur = readCurrencySuffix(text, ofMoney ? end + 3 : end);
  if (cur && !cur.ambiguousPounds) {
    unit = cur.code;
    kind = 'money';
    end = cur.end;
  }
  return rangeFound(text, v.start, end, kind, unit, scale, low, high);
}

/**
 * The first figure of a change "from X to Y" written with the unit or scale once, at the end
 * ("from 70 to 90 percent", "from $1.8 to $2.45 billion"): X takes Y's unit and scale.
 */
function withUnitOf(x: Quantity, y: Quantity): Quantity {
  const bare = x.unit === null && (x.kind === 'number' || x.kind === 'count');
  if (!bare && x.unit !== y.unit) return x;
  const unit = y.unit;
  const kind = bare ? y.kind : x.kind;
  const small = x.m / 10 ** x.dec < 1000;
  const mult = !x.hasScale && x.fixedH === null && small ? y.mult : x.mult;
  if (unit === x.unit && kind === x.kind && mult === x.mult) return x;
  return {
    ...x,
    kind,
    unit,
    mult,
    scale: mult !== 1 ? mult : null,
    value: x.sign * scaledValue(x.m, x.dec, mult),
    hasCurrency: kind === 'money',
  };
}
