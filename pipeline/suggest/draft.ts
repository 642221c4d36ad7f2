/**
 * The draft annotation of one text: every mention the extractor found becomes a draft
 * observation (quantities) or a draft ignore entry (years and periods, which observations carry
 * in their `period`), with what the pipeline can read off the sentence pre-filled as TODO(guess)
 * and what only a person knows left as TODO; the entities come from entities.ts. Pure: text in,
 * data out.
 */
import type { Mention } from '../extract/index.js';
import { isCurrencyUnit } from '../model/units.js';
import { findAttribution } from './attribution.js';
import type { IndicatorName, SuggestContext } from './context.js';
import { countryMatcher, guessReporterPartner } from './countries.js';
import { draftEntities } from './entities.js';
import { goodsMatcher, nearestGoods } from './goods.js';
import { quoteFields, type DraftItem } from './items.js';
import { annotationPeriod } from './periods.js';
import { sentenceSpans, spanAt } from './sentences.js';
import { slugify } from './slug.js';
import { TODO, guess, guessOrTodo } from '../model/todo.js';

export interface DraftAnnotation {
  source: string;
  observations: DraftItem[];
  entities: DraftItem[];
  claims: DraftItem[];
  ignore: DraftItem[];
}

/** Kinds that are periods, not quantities: observations carry them in `period`. */
const PERIOD_KINDS = new Set(['year', 'period']);

const fmt = (v: number | null): string => (v === null ? 'open' : String(v));

function describeMention(m: Mention): string {
  const value = m.value === null ? '' : ` ${m.value}`;
  const unit = m.unit ? ` ${m.unit}` : '';
  return `${m.text}: ${m.kind}${value}${unit}, hedge ${m.hedge}, interval ${fmt(m.value_low)}..${fmt(m.value_high)}, period hint ${m.period ?? 'none'}`;
}

const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const MEASURE_OF_UNIT = (unit: string | null): string | null =>
  unit === 'percent' ? 'share' : unit === 'ratio' ? 'growth' : isCurrencyUnit(unit) ? 'level' : null;

/** Indicators whose measure fits the mention's unit, narrowed by trade words in the sentence. */
function guessIndicator(m: Mention, sentence: string, indicators: readonly IndicatorName[]): { id: string | null; comment?: string } {
  const measure = MEASURE_OF_UNIT(m.unit);
  if (measure === null) return { id: null };
  const fits = indicators.filter((i) => i.measure === measure && (i.unit === m.unit || i.unit === 'currency' || measure !== 'level'));
  if (fits.length === 0) return { id: null };
  const words = sentence.toLowerCase();
  const trade = ['import', 'export', 'supply', 'sales'].filter((w) => words.includes(w));
  const narrowed = trade.length > 0 ? fits.filter((i) => trade.some((w) => i.id.includes(w))) : [];
  const pick = narrowed.length === 1 ? narrowed : fits.length === 1 ? fits : [];
  const alternatives = fits.map((i) => i.id).join(', ');
  return pick.length === 1
    ? { id: pick[0]!.id, comment: fits.length > 1 ? `${measure}: one of ${alternatives}` : undefined }
    : { id: null, comment: `${measure}: one of ${alternatives}` };
}

function draftObservations(source: string, text: string, mentions: readonly Mention[], ctx: SuggestContext) {
  const spans = sentenceSpans(text);
  const countries = countryMatcher(ctx.countries);
  const goods = goodsMatcher(ctx.goods);
  const observations: DraftItem[] = [];
  const ignore: DraftItem[] = [];
  const usedIds = new Set<string>();
  const periodOwners = new Map<string, string>(); // "sentence start|period" → observation id
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  // Quantities first, so that a year can say which observation's period it is.
  const quantities = mentions.filter((m) => !PERIOD_KINDS.has(m.kind));
  for (const m of quantities) {
    const s = spanAt(spans, m.start);
    const sentence = text.slice(s.start, s.end);
    const trade = guessReporterPartner(countries(text, s.start, s.end), sentence, s.start);
    // "Nearly 70% of Russia’s approximately $900 million in …": the amount is the share's base,
    // the reporter's total from all partners.
    const shareBefore = quantities.find(
      (q) =>
        q.unit === 'percent' &&
        q.end <= m.start &&
        q.start >= s.start &&
        /^\s+of\s+(?:[\p{L}.]+['’]s\s+)?$/u.test(text.slice(q.end, m.start)),
    );
    if (shareBefore && m.unit !== 'percent') {
      trade.partner = 'WLD';
      trade.evidence = [...trade.evidence.filter((e) => !e.startsWith('"from')), `the base of "${shareBefore.text}": all partners`];
    }
    const product = nearestGoods(goods(text, s.start, s.end), m.start, m.end);
    const indicator = guessIndicator(m, sentence, ctx.indicators);
    const attribution = findAttribution(text, s.start, s.end);
    const period = annotationPeriod(m.period);
    const id = uniqueId(`${source}-${slugify(m.text) || 'figure'}`);
    const key = `${s.start}|${m.period}`;
    if (period !== null && !periodOwners.has(key)) periodOwners.set(key, id);
    const notStatistic = ['count', 'number', 'duration'].includes(m.kind);
    observations.push({
      comment: [
        describeMention(m),
        `sentence: "${clip(sentence)}"`,
        ...(notStatistic ? [`a ${m.kind}: if it is not a supply statistic, move it to ignore: with a reason`] : []),
      ].join('\n'),
      fields: [
        { key: 'id', value: id, comment: 'rename: reporter-product-indicator-partner-period' },
        ...quoteFields(text, m.text, m.start),
        { key: 'indicator', value: guessOrTodo(indicator.id), ...(indicator.comment ? { comment: indicator.comment } : {}) },
        {
          key: 'reporter',
          value: guessOrTodo(trade.reporter),
          comment: trade.evidence.length ? trade.evidence.join('; ') : 'the importing country',
        },
        { key: 'partner', value: guessOrTodo(trade.partner), comment: 'WLD = all partners' },
        {
          key: 'product',
          value: guessOrTodo(product?.id),
          ...(product ? { comment: `"${product.text}"` } : { comment: 'an id of raw/vocab/goods.yaml' }),
        },
        { key: 'period', value: guessOrTodo(period), comment: 'YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM' },
        { key: 'attributed_to', value: guessOrTodo(attribution?.phrase), comment: 'in the text’s words, or null' },
      ],
    });
  }
  for (const m of mentions.filter((x) => PERIOD_KINDS.has(x.kind))) {
    const s = spanAt(spans, m.start);
    const owner = periodOwners.get(`${s.start}|${m.period ?? m.text}`);
    ignore.push({
      comment: describeMention(m),
      fields: [
        ...quoteFields(text, m.text, m.start),
        { key: 'reason', value: owner ? guess(`the period of ${owner}, carried by its period`) : TODO },
      ],
    });
  }
  return { observations, ignore };
}

export function draftAnnotation(source: string, text: string, mentions: readonly Mention[], ctx: SuggestContext): DraftAnnotation {
  const { observations, ignore } = draftObservations(source, text, mentions, ctx);
  return { source, observations, entities: draftEntities(text, ctx), claims: [], ignore };
}
