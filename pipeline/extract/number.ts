/**
 * A stated number as written: an integer mantissa `m` and a count of decimals `dec`
 * (3.75 → m 375, dec 2). Keeping the digits as written, not a float, lets the interval
 * rule ("half the unit of the last significant digit") and the scaled value be computed
 * exactly (docs/interval-policy.md).
 */
import { isAsciiLetter, isDigit, isSpaceSeparator } from './chars.js';
export interface StatedNumber {
  start: number;
  end: number;
  /** Integer mantissa: value = m / 10^dec. */
  m: number;
  dec: number;
  /** Written with thousands separators (14,500). */
  grouped: boolean;
  /** Spelled out in words (two, a dozen). */
  spelled: boolean;
}

/**
 * Reads digits at `pos` — 14,500 · 3.75 · 2,000 · 12,500.5 · 860 000 · .82 — or null. Thousands groups need
 * exactly three digits each (1,2 is two numbers); more than 15 significant digits is not a
 * quantity. A char loop: this runs at every digit of the text, so it allocates nothing.
 */
export function readDigits(text: string, pos: number): StatedNumber | null {
  const n = text.length;
  let p = pos;
  let m = 0;
  let digits = 0;
  if (text.charCodeAt(p) === 46 && isDigitAt(text, p + 1)) return readDecimals(text, pos, p, 0, 0, false); // "$.82 billion", ".5%"
  while (p < n && isDigitAt(text, p)) {
    m = m * 10 + (text.charCodeAt(p) - 48);
    p++;
    digits++;
  }
  if (digits === 0) return null;
  let grouped = false;
  // thousands groups: only if the first run has 1–3 digits and every group has exactly 3
  if (digits <= 3) {
    // the separator of the first group is the separator of all: "14,500,000", "860 000", "1 234 567"
    const sep = text.charCodeAt(p);
    if (sep === 44 || (isGroupSpace(sep) && spacedGroupAt(text, p))) {
      while (
        text.charCodeAt(p) === sep &&
        isDigitAt(text, p + 1) &&
        isDigitAt(text, p + 2) &&
        isDigitAt(text, p + 3) &&
        !isDigitAt(text, p + 4)
      ) {
        if (sep !== 44 && !spacedGroupAt(text, p)) break;
        m = m * 1000 + (text.charCodeAt(p + 1) - 48) * 100 + (text.charCodeAt(p + 2) - 48) * 10 + (text.charCodeAt(p + 3) - 48);
        digits += 3;
        p += 4;
        grouped = true;
      }
    }
  }
  return readDecimals(text, pos, p, m, digits, grouped);
}

/** The decimals (if any) at `p` after the integer part `m` of `digits` digits, and the number. */
function readDecimals(text: string, pos: number, p: number, m: number, digits: number, grouped: boolean): StatedNumber | null {
  let dec = 0;
  if (text.charCodeAt(p) === 46 && isDigitAt(text, p + 1)) {
    p++;
    while (p < text.length && isDigitAt(text, p)) {
      m = m * 10 + (text.charCodeAt(p) - 48);
      p++;
      dec++;
      digits++;
    }
  }
  if (digits > 15) return null;
  return { start: pos, end: p, m, dec, grouped, spelled: false };
}

/** Spaces that group thousands in European style: any space separator (thin, narrow no-break…). */
const isGroupSpace = isSpaceSeparator;

/**
 * A group of three digits after the space at `p` that ends the number: not glued to letters or
 * a hyphen ("3 100-mm guns" is three guns), and not the start of a decimal or another group
 * written with commas.
 */
function spacedGroupAt(text: string, p: number): boolean {
  if (!(isDigitAt(text, p + 1) && isDigitAt(text, p + 2) && isDigitAt(text, p + 3)) || isDigitAt(text, p + 4)) return false;
  const c = text.charCodeAt(p + 4);
  if (c === 45 || c === 0x2013) return false; // "3 100-mm guns"
  if (c === 44 || c === 47 || c === 58) return !isDigitAt(text, p + 5); // "27 300, said", not "27 300,000"
  return !isAsciiLetter(c); // "5 100km" is five and a name
}

function isDigitAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return isDigit(c);
}
