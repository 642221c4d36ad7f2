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
import { draftEntities, partyEntities } from './entities.js';
import { goodsMatcher, nearestGoods } from './goods.js';
import { quoteFields, type DraftItem } from './items.js';
import { annotationPeriod } from './periods.js';
import { sentenceSpans, spanAt } from './sentences.js';
import { datelineDateSpan } from './sidecar.js';
import { slugify } from './slug.js';
import { TODO, carriedPeriodReason, guess, guessOf, guessOrTodo } from '../model/todo.js';
import { evidenceWords, type Evidence, type Reading, type ReadObservation } from '../read/index.js';
import { annotationProduct } from '../read/annotationTerms.js';
import { maskMarkdown } from '../read/markdown.js';
import { shownWords } from '../read/format.js';
import { textDigest, unreviewedBlock, type Proposal } from '../model/review.js';
import { bestOverlap } from '../review/match.js';
import { claimProposal, observationProposal, signedValue, textWords } from '../review/proposal.js';

export interface DraftAnnotation {
  source: string;
  observations: DraftItem[];
  entities: DraftItem[];
  claims: DraftItem[];
  ignore: DraftItem[];
}

/** Kinds that are periods, not quantities: observations carry them in `period`. */
const PERIOD_KINDS = new Set(['year', 'period']);
export const DATELINE_REASON = "the date of the dateline, carried by the sidecar's published date";
export const MARKUP_REASON = "a heading's or list's number, no figure of the text's words, not a supply figure";

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

const said = (e: Evidence | undefined): string | undefined =>
  e && e.text.trim() !== '' ? evidenceWords(e, undefined, (t) => clip(t, 60)) : undefined;

/**
 * The review block of a draft (docs/curation.md, "Review state"): unreviewed, with the reading it
 * drafts (null where the reader proposed nothing and the fields are suggest's own guesses).
 */
function reviewField(text: string, quote: string, proposal: Proposal | null): DraftItem['fields'][number] {
  return {
    key: 'review',
    value: unreviewedBlock(textDigest(text), quote, proposal),
    comment: "unreviewed: the build refuses this draft until 'npm run figures -- review' records a decision",
  };
}

/** The reader's proposal for an observation's fields, each a TODO(guess) with the words behind it. */
function readerFields(r: ReadObservation): DraftItem['fields'] {
  const withWhy = (key: string, value: string | null, e: Evidence | undefined, fallback: string) => {
    // A guess no words give ("no partner named: all partners") says its rule beside what the field takes.
    const why = said(e) ?? (e && value !== null ? `${fallback} (${e.rule})` : fallback);
    return { key, value: value === null && key === 'attributed_to' && !e ? guess('null') : guessOrTodo(value), comment: why };
  };
  return [
    // A count's noun ("nearly 11,000 containers"): the extractor reads the number without it,
    // and an observation needs it (observation-no-unit).
    ...(r.measure === 'count' && r.unit !== null && !isCurrencyUnit(r.unit)
      ? [
          {
            key: 'unit',
            value: guess(r.unit),
            comment: `the noun the text counts${said(r.evidence.measure) ? `: ${said(r.evidence.measure)}` : ''}`,
          },
        ]
      : []),
    withWhy('indicator', r.indicator, r.evidence.indicator, 'an id of raw/vocab/indicators.yaml'),
    withWhy('reporter', r.reporter, r.evidence.reporter, 'the reporting (for imports: importing) country'),
    withWhy('partner', r.partner, r.evidence.partner, 'WLD = all partners'),
    withWhy(
      'product',
      annotationProduct(r),
      r.evidence.product,
      r.product_label
        ? `"${r.product_label}": not in raw/vocab/goods.yaml`
        : r.product === null && annotationProduct(r) !== null
          ? 'no goods named: the whole of the trade'
          : 'an id of raw/vocab/goods.yaml',
    ),
    // "since September 2023" reads as 2023-09/.., which no annotation period may be: the end is
    // for the curator to give (the month of the statement), so no guess the schema refuses.
    r.period?.endsWith('/..')
      ? {
          key: 'period',
          value: TODO,
          comment: `${said(r.evidence.period) ?? 'an open end'}: write ${r.period.slice(0, -2)}YYYY-MM, up to the month the text was published`,
        }
      : withWhy('period', r.period, r.evidence.period, 'YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM'),
    withWhy('attributed_to', textWords(r.attributed_to), r.evidence.attributed_to, 'in the text’s words, or null'),
    ...fallOverride(r),
  ];
}

/**
 * A fall the reader signs ("fell by 61%" is -61; the extractor reads 61) is drafted as the
 * override curators write for it, its reason a TODO(guess) to confirm.
 */
function fallOverride(r: ReadObservation): DraftItem['fields'] {
  const value = signedValue(r);
  const e = r.evidence.value;
  if (value === undefined || !e) return [];
  const reason = `A fall: "${clip(e.text, 80)}", so the change is negative; the extractor reads the figure without its direction.`;
  return [{ key: 'override', value: { value, reason: guess(reason) }, comment: `the reader's value: ${said(e)}` }];
}

function draftObservations(source: string, text: string, mentions: readonly Mention[], ctx: SuggestContext, reading?: Reading) {
  const spans = sentenceSpans(text);
  const countries = countryMatcher(ctx.countries);
  const goods = goodsMatcher(ctx.goods);
  const observations: DraftItem[] = [];
  const ignore: DraftItem[] = [];
  const usedIds = new Set<string>();
  // "sentence start|period" → the quote of the observation that carries it. A reason names the
  // figure by its quote, which stays, not by its draft id, which the curator renames.
  const periodOwners = new Map<string, string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  // Quantities first, so that a year can say which observation's period it is.
  const quantities = mentions.filter((m) => !PERIOD_KINDS.has(m.kind));
  // The text as the reader reads it, Markdown blanked (no figure is found in a link's address:
  // pipeline/extract/addresses.ts).
  const masked = maskMarkdown(text);
  for (const m of quantities) {
    const s = spanAt(spans, m.start);
    // The reader's reading, where it gives one: a statistic with every field, or a reason to leave it.
    // Paired as review pairs them (overlap, same start first): in a text with Markdown the reader's
    // figure may start elsewhere ("over **12,000**" is its "over 12,000", the extractor's "12,000").
    const read = reading && bestOverlap(reading.observations, m);
    const aside = reading && bestOverlap(reading.ignored, m);
    // A figure of the Markdown the reader reads past (a heading's "#### 1."): the text's words
    // hold none there, so it is no statistic to draft.
    if (reading && !read && !aside && masked !== undefined) {
      ignore.push({
        comment: describeMention(m),
        fields: [...quoteFields(text, m.text, m.start), { key: 'reason', value: guess(MARKUP_REASON) }],
      });
      continue;
    }
    if (aside && !read) {
      ignore.push({
        comment: describeMention(m),
        fields: [...quoteFields(text, m.text, m.start), { key: 'reason', value: guess(aside.note) }],
      });
      continue;
    }
    if (read) {
      const id = uniqueId(`${source}-${slugify(m.text) || 'figure'}`);
      if (read.period !== null && !periodOwners.has(`${s.start}|${m.period}`)) periodOwners.set(`${s.start}|${m.period}`, m.text);
      observations.push({
        comment: [
          describeMention(m),
          `sentence: "${clip(text.slice(s.start, s.end))}"`,
          `the reader's confidence: ${read.confidence}`,
        ].join('\n'),
        fields: [
          { key: 'id', value: id, comment: 'rename: reporter-product-indicator-partner-period' },
          ...quoteFields(text, m.text, m.start),
          ...readerFields(read),
          reviewField(text, m.text, observationProposal(read)),
        ],
      });
      continue;
    }
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
    if (period !== null && !periodOwners.has(key)) periodOwners.set(key, m.text);
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
        reviewField(text, m.text, null),
      ],
    });
  }
  const dated = datelineDateSpan(text);
  for (const m of mentions.filter((x) => PERIOD_KINDS.has(x.kind))) {
    const s = spanAt(spans, m.start);
    const owner = periodOwners.get(`${s.start}|${m.period ?? m.text}`);
    // The dateline's date dates the text (the sidecar's published guess), not a figure.
    const ofDateline = dated !== undefined && m.start >= dated.start && m.end <= dated.end;
    const reason = owner ? carriedPeriodReason(owner) : ofDateline ? guess(DATELINE_REASON) : TODO;
    ignore.push({ comment: describeMention(m), fields: [...quoteFields(text, m.text, m.start), { key: 'reason', value: reason }] });
  }
  return { observations, ignore };
}

/** The reader's claims as drafts: every field a TODO(guess) with the words behind it. */
function draftClaims(source: string, text: string, reading: Reading | undefined, entityId: (name: string) => string): DraftItem[] {
  const used = new Set<string>();
  return (reading?.claims ?? []).map((c) => {
    let id = `${source}-${slugify(`${c.supplier[0] ?? 'supplier'}-${c.goods ?? 'goods'}-${c.certainty}`)}`;
    for (let n = 2; used.has(id); n++)
      id = `${source}-${slugify(`${c.supplier[0] ?? 'supplier'}-${c.goods ?? 'goods'}-${c.certainty}`)}-${n}`;
    used.add(id);
    const field = (key: string, value: string | null, e: Evidence | undefined, fallback: string) => ({
      key,
      value: guessOrTodo(value),
      comment: said(e) ?? fallback,
    });
    return {
      comment: `the reader's confidence: ${c.confidence}`,
      fields: [
        { key: 'id', value: id },
        ...quoteFields(text, c.quote, c.start),
        { key: 'supplier', value: c.supplier.map((s) => guess(entityId(s) || s)), comment: said(c.evidence.supplier) ?? 'entity ids' },
        field('recipient', c.recipient === null ? null : entityId(c.recipient), c.evidence.recipient, 'an entity id'),
        field(
          'goods',
          c.goods,
          c.evidence.goods,
          c.goods_label ? `"${c.goods_label}": not in raw/vocab/goods.yaml` : 'an id of raw/vocab/goods.yaml, or null',
        ),
        field('end_use', textWords(c.end_use), c.evidence.end_use, 'in the text’s words, or null'),
        field('certainty', c.certainty, c.evidence.certainty, 'asserted, likely, determined or denied'),
        ...(c.share ? [field('share', c.share, c.evidence.share, 'minority … all')] : []),
        field('claimant', c.claimant === null ? null : entityId(c.claimant), c.evidence.claimant, 'an entity id'),
        reviewField(text, c.quote, claimProposal(c)),
      ],
    };
  });
}

export function draftAnnotation(
  source: string,
  text: string,
  mentions: readonly Mention[],
  ctx: SuggestContext,
  reading?: Reading,
): DraftAnnotation {
  const { observations, ignore } = draftObservations(source, text, mentions, ctx, reading);
  const entities = draftEntities(text, ctx);
  const entityId = entityIds(entities);
  const parties = (reading?.claims ?? []).flatMap((c) =>
    [...c.supplier, c.recipient, c.claimant].filter((w): w is string => w !== null).map((words) => ({ words, id: entityId(words) })),
  );
  const drafted = entities.map((e) => e.fields.find((f) => f.key === 'id')?.value).filter((v): v is string => typeof v === 'string');
  const known = new Set([...drafted.map((v) => guessOf(v) ?? v), ...ctx.known.map((k) => k.entity.id)]);
  return {
    source,
    observations,
    entities: [...entities, ...partyEntities(text, parties, known)],
    claims: draftClaims(source, text, reading, entityId),
    ignore,
  };
}

/**
 * A claim's party as the id of the entity the same draft proposes for those words (its name, an
 * alias or its quote, in any case, "the" dropped), else a slug: "The Department of State" is the
 * drafted us-department-of-state, not a the-department-of-state no entity has.
 */
function entityIds(entities: readonly DraftItem[]): (name: string) => string {
  const key = (s: string) =>
    shownWords(s)
      .toLowerCase()
      .replace(/^the\s+/, '');
  const ids = new Map<string, string>();
  for (const e of entities) {
    const get = (k: string) => e.fields.find((f) => f.key === k)?.value;
    const raw = get('id');
    const id = typeof raw === 'string' ? (guessOf(raw) ?? raw) : undefined;
    if (!id || id === TODO) continue;
    const aliases = get('aliases');
    for (const form of [get('name'), get('quote'), ...(Array.isArray(aliases) ? aliases : [])])
      if (typeof form === 'string' && !ids.has(key(form))) ids.set(key(form), id);
  }
  return (name) => ids.get(key(name)) ?? slugify(name);
}
