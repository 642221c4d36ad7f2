/**
 * The period a figure-free sentence sets for the figures after it in its paragraph: "German
 * machine-tool makers sold almost nothing to Russia last year. Exports of the machines to Russia
 * slumped to €28 million, …" (last year against the text's date). Only a sentence right before the
 * figure's (or two before, with none between stating a figure), naming one period and no figure; a
 * base ("compared with 2021"), the text's own date, a period in a relative aside and the number and
 * year of a resolution ("resolutions 1718 (2006), 1874 (2009)") give none.
 */
import { shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import { isBase } from './periodBase.js';
import { relativePeriods } from './relativePeriod.js';
import { opensParagraph } from './sentences.js';

export interface ScenePeriod {
  period: string;
  start: number;
  end: number;
}

export function scenePeriod(ctx: TextContext, s: number): ScenePeriod | undefined {
  return ctx.memo('scenePeriod', s, () => {
    const { text, spans } = ctx;
    for (let k = s - 1; k >= 0 && k >= s - 2; k--) {
      if (opensParagraph(text, spans, k + 1)) return undefined;
      const mentions = ctx.mentionsIn(k);
      if (mentions.some((x) => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration' && !numberedDocument(text, x)))
        return undefined;
      const span = spans[k]!;
      const found: ScenePeriod[] = [];
      for (const x of mentions) {
        if (x.period === null || (x.kind !== 'year' && x.kind !== 'period')) continue;
        if (ctx.documentDate && x.start >= ctx.documentDate.start && x.end <= ctx.documentDate.end) continue;
        if (isBase(text, x, span.start)) continue;
        if (x.kind === 'year' && documentYear(text, x)) continue;
        found.push({ period: shortPeriod(x.period), start: x.start, end: x.end });
      }
      if (ctx.documentDate) for (const r of relativePeriods(text, span.start, span.end, ctx.documentDate)) found.push(r);
      if (found.length === 0) continue;
      // Two periods ("between 2021 and 2023", "in 2022 and again in 2024"): no one scene.
      return found.every((f) => f.period === found[0]!.period) ? found[0] : undefined;
    }
    return undefined;
  });
}

/** "resolutions 1718 (2006), 1874 (2009)": a number a document bears, its year in brackets after it. */
const numberedDocument = (text: string, x: { kind: string; end: number }): boolean =>
  x.kind === 'number' && /^\s?\(\d{4}\)/.test(text.slice(x.end, x.end + 8));
/** The year in brackets after a document's number: no period of the scene. */
const documentYear = (text: string, x: { start: number; end: number }): boolean =>
  text[x.start - 1] === '(' && text[x.end] === ')' && /\d\s?$/.test(text.slice(Math.max(0, x.start - 3), x.start - 1));
