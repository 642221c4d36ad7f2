/**
 * One quantity at a position: [currency] number [scale] [right hedge] [unit] — "$900 million",
 * "US$300 million", "€3bn", "2.1 trillion yuan", "Rbs 500bn", "12 percent", "0.5 percentage
 * points", "18 months", "3.5 times", "a dozen", "two-thirds", "one in five", "4,000 shipments".
 * It reads forward only; hedges before it and ranges are the caller's (scan.ts).
 */
import { isAlnum, isDigit, isInlineSpace, isLetter, isSpaceSeparator, isUpper, letterRunEnd } from './chars.js';
import { isCurrencySignAt, readCodePrefix, readCurrencySuffix, readDottedCodePrefix, readSignPrefix } from './currencies.js';
import { fractionAfterNumber, fractionAtWord, oneInN } from './fractions.js';
import { readRightHedge, type RightHedge } from './hedges.js';
import { scaledValue } from '../core/decimal.js';
import { readDigits, type StatedNumber } from './number.js';
import { readNumberWords } from './numberWords.js';
import { readScale } from './scales.js';
import { readPercent, readRatio, readTimeUnit, type UnitHit } from './units.js';

export type QuantityKind = 'money' | 'percent' | 'count' | 'number' | 'ratio' | 'duration';

export interface Quantity {
  start: number;
  end: number;
  kind: QuantityKind;
  unit: string | null;
  /** Reported scale: the multiplier a scale word (or basis points, decades) applied, else null. */
  scale: number | null;
  value: number;
  /** -1 for a negative number ("−2.1%"), else 1. */
  sign: number;
  /** The number as written (|value| = m / 10^dec × mult), for the interval rule. */
  m: number;
  dec: number;
  mult: number;
  /** For fractions: h in value units (5 percentage points); else null (h from the digits). */
  fixedH: number | null;
  /** The stated number itself (digits or words), without currency, scale or unit. */
  num: StatedNumber;
  hasCurrency: boolean;
  hasScale: boolean;
  /** "+", "-plus", "-odd" between the number and its unit. */
  rightHedge: RightHedge | null;
}

/** Where to resume scanning when the token at a position is a name, not a figure. */
export interface Skip {
  skipTo: number;
}

/** Words after a number that do not make it a count of something ("rose to 4,000 in 2023"). */
const NOT_NOUNS = new Set(
  (
    'of in on at to from by for with and or nor but than as is was were are be been being has have had will would could should may ' +
    'might can must shall do does did the a an that which who whom whose this these those it its their his her our your my per more less ' +
    'fewer over under above below after before since during through until via into onto out up down off last next according compared ' +
    'while when where if so such then also only just about around said says say among between against across within without including ' +
    'year years month months week weeks day days times percent point points compared versus vs respectively each apiece alone altogether ' +
    'plus minus total overall previously earlier later ago now yet still already again too even not no'
  ).split(' '),
);

/** Length and lowercase first letter of a word (ASCII first letter). */
const signature = (length: number, first: number): number => length * 128 + (first | 0x20);
const NOT_NOUN_SIGNATURES = new Set([...NOT_NOUNS].map((w) => signature(w.length, w.charCodeAt(0))));

/** Whether a noun follows at `pos` (after one space): "12 entities", "Two senior officials". */
export function nounFollows(text: string, pos: number): boolean {
  if (!isInlineSpace(text.charCodeAt(pos))) return false;
  const end = letterRunEnd(text, pos + 1);
  if (end === pos + 1) return false;
  const c = text.charCodeAt(pos + 1);
  if (isUpper(c) && end - pos > 3) return true; // "12 Chinese companies
  // no listed word has this length and first letter: a noun, known without copying the word
  if (c < 128 && !NOT_NOUN_SIGNATURES.has(signature(end - pos - 1, c))) return true;
  return !NOT_NOUNS.has(text.slice(pos + 1, end).toLowerCase());
}

/** End of the alphanumeric token (with inner - . / ,) starting at or containing `pos`. */
export function tokenEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (isAlnum(c) || c === 95) p++;
    else if ((c === 45 || c === 46 || c === 47 || c === 44 || c === 58) && isAlnum(text.charCodeAt(p + 1))) p++;
    else break;
  }
  return Math.max(p, pos + 1);
}

function fractionQuantity(start: number, end: number, percent: number, num: StatedNumber): Quantity {
  return {
    start,
    end,
    kind: 'percent',
    unit: 'percent',
    scale: null,
    value: percent,
    sign: 1,
    m: 0,
    dec: 0,
    mult: 1,
    fixedH: 5,
    num,
    hasCurrency: false,
    hasScale: false,
    rightHedge: null,
  };
}

/**
 * The quantity at `pos` (a digit, a currency sign, or the first word of a spelled number),
 * a Skip for a name (R47512, 2nd, eight-digit), or null. `floor`: nothing before it is read.
 */
export function readQuantity(text: string, pos: number, floor: number): Quantity | Skip | null {
  let start = pos;
  let numberStart = pos;
  let currency: string | null = null;
  if (isCurrencySignAt(text, pos)) {
    const sp = readSignPrefix(text, pos, floor);
    if (!sp || !(isDigit(text.charCodeAt(sp.numberStart)) || leadingPoint(text, sp.numberStart))) return null;
    currency = sp.code;
    start = sp.start;
    numberStart = sp.numberStart;
  } else if (isDigit(text.charCodeAt(pos))) {
    // ".5%": a decimal written without its leading zero (not "2023.5", "No.5" or "…5")
    if (pos - 1 > floor && text.charCodeAt(pos - 1) === 46 && !isAlnum(text.charCodeAt(pos - 2)) && text.charCodeAt(pos - 2) !== 46) {
      start = numberStart = pos - 1;
    }
    const cp = readCodePrefix(text, numberStart, floor) ?? readDottedCodePrefix(text, numberStart, floor);
    if (cp) {
      currency = cp.code;
      start = cp.start;
    }
  }
  // a minus sign: "−2.1%", "(-3%)"; a hyphen only when it cannot be a dash between numbers
  let sign = 1;
  if (start === numberStart && start - 1 >= floor && isMinus(text, start)) {
    sign = -1;
    start--;
  }

  let num: StatedNumber | null;
  if (isDigit(text.charCodeAt(numberStart)) || leadingPoint(text, numberStart)) {
    num = readDigits(text, numberStart);
    if (!num) return { skipTo: tokenEnd(text, numberStart) };
  } else {
    num = readNumberWords(text, numberStart);
    if (num && num.dec === 0 && num.m >= 1 && num.m <= 99) {
      const fr = fractionAfterNumber(text, start, num.end, num.m) ?? oneInN(text, start, num.end, num.m);
      if (fr) return fractionQuantity(fr.start, fr.end, fr.percent, num);
    }
    if (!num) {
      // "a third", "an eighth", "half"
      const w0 = letterRunEnd(text, numberStart);
      const first = text.slice(numberStart, w0).toLowerCase();
      const at = first === 'a' || first === 'an' ? w0 + 1 : numberStart;
      const fr = fractionAtWord(text, at, floor);
      if (fr && fr.start === numberStart) {
        const n: StatedNumber = { start: numberStart, end: fr.end, m: 1, dec: 0, grouped: false, spelled: true };
        return fractionQuantity(fr.start, fr.end, fr.percent, n);
      }
      return null;
    }
  }
  let p = num.end;

  // 10:30, 3:1 — a time or odds, not a quantity
  if (!num.spelled && text.charCodeAt(p) === 58 && isDigit(text.charCodeAt(p + 1))) return { skipTo: tokenEnd(text, p) };
  // 1/3 of — a fraction; 24/7, 9/11, 833/2014, 4/12/2024 — names and dates, skipped whole
  if (!num.spelled && text.charCodeAt(p) === 47 && isDigit(text.charCodeAt(p + 1))) {
    const fr = slashFraction(text, start, num, p);
    return fr ?? { skipTo: tokenEnd(text, p) };
  }
  // digits glued to letters: only scales (bn, m, k), units (pp, bps, x), a distance or weight
  // ("a 2,500km range", "a 50kg warhead": a count of them, like "2,500 kilometres") and nothing else
  if (!num.spelled && isLetter(text.charCodeAt(p))) {
    const glued = readScale(text, p, currency !== null) ?? readPercent(text, p) ?? readRatio(text, p);
    if (!glued) {
      GLUED_MEASURE_RE.lastIndex = p;
      if (currency !== null || !GLUED_MEASURE_RE.test(text)) return { skipTo: tokenEnd(text, p) };
      const end = GLUED_MEASURE_RE.lastIndex;
      return {
        start,
        end,
        kind: 'count',
        unit: null,
        scale: null,
        value: sign * scaledValue(num.m, num.dec, 1),
        sign,
        m: num.m,
        dec: num.dec,
        mult: 1,
        fixedH: null,
        num,
        hasCurrency: false,
        hasScale: false,
        rightHedge: null,
      };
    }
  }
  if (!num.spelled && num.dec === 0 && !num.grouped && isInlineSpace(text.charCodeAt(p)) && (text[p + 1] === 'i' || text[p + 1] === 'o')) {
    // "1-in-5", "1 in 3"
    const fr = oneInN(text, start, p, num.m);
    if (fr && currency === null) return fractionQuantity(fr.start, fr.end, fr.percent, num);
  }

  const sc = readScale(text, p, currency !== null);
  if (sc) p = sc.end;
  let rightHedge = readGluedRightHedge(text, p);
  if (rightHedge) p = rightHedge.end;

  let unit: string | null = currency;
  let kind: QuantityKind = currency ? 'money' : 'number';
  let factor = 1;
  const suffix = readCurrencySuffix(text, p);
  if (
    suffix &&
    (!suffix.ambiguousPounds || sc || /sterling/i.test(text.slice(p, suffix.end))) &&
    (currency === null || currency === suffix.code)
  ) {
    unit = suffix.code;
    kind = 'money';
    p = suffix.end;
  } else if (currency === null) {
    const u: UnitHit | null = readPercent(text, p) ?? readTimeUnit(text, p) ?? readRatio(text, p);
    if (u) {
      unit = u.unit;
      kind = u.kind;
      factor = u.factor;
      p = u.end;
    }
  }
  if (!rightHedge) {
    rightHedge = readRightHedge(text, p);
    if (rightHedge) p = rightHedge.end;
  }

  // a hyphenated compound: "eight-digit", "12-page", "155-mm" name a kind of thing; a
  // measure ("a 50-kilogram warhead") still counts
  const bare = currency === null && !sc && unit === null;
  if (bare && isDashBeforeWord(text, p)) {
    MEASURE_RE.lastIndex = p;
    if (!MEASURE_RE.test(text)) return { skipTo: tokenEnd(text, p + 1) };
    kind = 'count';
  }

  if (kind === 'number' && nounFollows(text, p)) kind = 'count';
  const mult = (sc ? sc.multiplier : 1) * factor;
  return {
    start,
    end: p,
    kind,
    unit,
    scale: mult !== 1 ? mult : null,
    value: sign * scaledValue(num.m, num.dec, mult),
    sign,
    m: num.m,
    dec: num.dec,
    mult,
    fixedH: null,
    num,
    hasCurrency: unit !== null && kind === 'money',
    hasScale: sc !== null,
    rightHedge,
  };
}

/** A decimal point followed by a digit: the number starts without its leading zero. */
function leadingPoint(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === 46 && isDigit(text.charCodeAt(pos + 1));
}

/** "1/3 of", "3/4 of": a small fraction written with a slash and followed by "of". */
function slashFraction(text: string, start: number, num: StatedNumber, slash: number): Quantity | null {
  const m = /^\/([2-9]|10)(?![0-9/])(?=[ \u00a0]of[ \u00a0])/.exec(text.slice(slash, slash + 8));
  if (!m || num.dec !== 0 || num.m < 1 || num.m >= Number(m[1])) return null;
  return fractionQuantity(start, slash + 1 + m[1]!.length, (num.m * 100) / Number(m[1]), num);
}

/** U+2212 minus, or a hyphen after a space or bracket at the start of a number. */
function isMinus(text: string, numberStart: number): boolean {
  const c = text.charCodeAt(numberStart - 1);
  if (c === 0x2212) return true;
  if (c !== 45) return false;
  const b = numberStart >= 2 ? text.charCodeAt(numberStart - 2) : 32;
  return b === 40 || b === 10 || b === 91 || isSpaceSeparator(b);
}

/** Distances and weights glued to digits ("2,500km", "50kg"); "155mm" stays a calibre's name. */
const GLUED_MEASURE_RE = /(?:km|kms|kg|kgs)(?![A-Za-z0-9])/y;

/** Measures after a hyphen: the number is a count of them. */
const MEASURE_RE =
  /-(?:kilo(?:gram|metre|meter|watt|ton)s?|kg|km|miles?|tons?|tonnes?|met(?:re|er)s?|pounds?|lbs?|f(?:oo|ee)t|inch(?:es)?|lit(?:re|er)s?|gallons?|barrels?|megawatts?|strong|man|person|member)(?![A-Za-z])/iy;

function isDashBeforeWord(text: string, p: number): boolean {
  return text.charCodeAt(p) === 45 && isLetter(text.charCodeAt(p + 1));
}

/** "+", "-plus", "-odd" right after the number or its scale. */
function readGluedRightHedge(text: string, p: number): RightHedge | null {
  const c = text.charCodeAt(p);
  if (c !== 43 && c !== 45) return null;
  return readRightHedge(text, p);
}
