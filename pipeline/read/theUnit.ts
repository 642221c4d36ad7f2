/**
 * "in the quarter", "in the month", "in the half" right after a figure, with no year: the quarter
 * (month, half) the text last named, however far back — a newsletter's section ("Turkish exports …
 * fell to $96 million in the quarter from $310 million in the third quarter of 2023", under an
 * opening about the third quarter of 2026), a sentence before ("… in October. … shipped around 1,400
 * containers … in the month, bringing the total since August 2023 to …"). A base's period is not
 * named for the text's account and is passed over.
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import { isBase } from './periodBase.js';

/** The words right after the figure, before any other figure or clause: "… $96 million in the quarter". */
const THE_UNIT_AFTER =
  /^[^,;.\d]{0,60}?\b((?:in|during|over|for)\s+the\s+(quarter|month|half))\b(?!\s+(?:of|to|through|ending|ended|before|after|earlier|\d))/i;
const SHAPE: Readonly<Record<string, RegExp>> = { quarter: /^\d{4}-Q[1-4]$/, half: /^\d{4}-H[12]$/, month: /^\d{4}-\d{2}$/ };

export interface UnitPeriod {
  period: string;
  /** Where "in the quarter" stands. */
  start: number;
  end: number;
}

/** The period "in the quarter" (month, half) after figure `m` of sentence `s` refers to, else undefined. */
export function theUnitPeriod(
  ctx: TextContext,
  m: Mention,
  s: number,
  sentenceEnd: number,
  frame: { period: string | null; sentence: number } | undefined,
  shortPeriod: (p: string) => string,
): UnitPeriod | undefined {
  const after = ctx.text.slice(m.end, Math.min(sentenceEnd, m.end + 80));
  if (!after.includes(' the ')) return undefined;
  const unit = THE_UNIT_AFTER.exec(after);
  if (!unit) return undefined;
  const shape = SHAPE[unit[2]!.toLowerCase()]!;
  const end = m.end + unit.index + unit[0].length;
  const at = { start: end - unit[1]!.length, end };
  // The nearest period of that shape before the figure: its sentence's, then the sentences before.
  for (let k = s; k >= 0 && k >= s - 40; k--) {
    const span = ctx.spans[k]!;
    const here = ctx
      .mentionsIn(k)
      .filter((p) => (p.kind === 'period' || p.kind === 'year') && p.period !== null && p.end <= (k === s ? m.start : span.end));
    for (let i = here.length - 1; i >= 0; i--) {
      const p = here[i]!;
      if (isBase(ctx.text, p, span.start)) continue;
      const short = shortPeriod(p.period!);
      if (shape.test(short)) return { period: short, ...at };
    }
    if (frame?.period && frame.sentence === k && shape.test(frame.period)) return { period: frame.period, ...at };
  }
  return undefined;
}
