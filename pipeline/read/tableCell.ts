/**
 * One cell of a table written in text (tables.ts) as a statistic: the caption's flow, sides, goods,
 * period and source, the row's label as the partner, reporter or product, the column as the
 * measure. The words of each field are the caption's, the label's or the header's.
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { indicatorId } from './indicator.js';
import { FALL_VALUE_RULE } from './measure.js';
import { rememberWords } from './carriedWords.js';
import { ev } from './evidence.js';
import { attributionEvidence } from './attribution.js';
import { sourceLineAfter } from './listIntro.js';
import { paragraphSource } from './paragraphSource.js';
import { statementSpeaker } from './speaker.js';
import { signedAuthor } from './signedAuthor.js';
import { isOwnFigureSource } from './ownFigures.js';
import { textReporterAfter } from './direction.js';
import { cellFalls, type TableCell } from './tables.js';
import { ignore, type ObservationResult } from './observationResult.js';
import type { Measure, ReadObservation } from './types.js';

const MEASURE: Record<TableCell['column'], Measure> = { value: 'level', share: 'share', change: 'growth' };

export function readTableCell(ctx: TextContext, m: Mention, cell: TableCell, before: Frame | undefined): ObservationResult | undefined {
  const { text } = ctx;
  const { head } = cell;
  const measure = MEASURE[cell.column];
  // "All countries | 9,160 | 100% | -4%": the total's share of itself is no statistic.
  if (cell.total && measure === 'share') return ignore(m, 'narrative', 'the total’s share of itself');
  const labelRule = (rule: string) => ({ ...cell.label, rule });
  const evidence: ReadObservation['evidence'] = {
    value: ev(text, m.start, m.end, 'the extractor'),
    hedge: ev(text, m.start, m.end, 'the extractor'),
    measure: cell.columnWords
      ? { ...cell.columnWords, rule: `${cell.column} column` }
      : ev(text, m.start, m.end, `a ${cell.column} cell of a table`),
    flow: head.flowWords,
  };
  let reporter = head.reporter?.code ?? null;
  let partner = head.partner?.code ?? null;
  if (head.reporter) evidence.reporter = head.reporter.words;
  if (head.partner) evidence.partner = head.partner.words;
  const rowCountry = cell.total ? 'WLD' : (cell.country?.code ?? null);
  if (head.rowSide === 'partner') {
    partner = rowCountry;
    if (rowCountry) evidence.partner = labelRule('the row’s label');
  } else if (head.rowSide === 'reporter') {
    reporter = cell.total ? null : rowCountry;
    if (reporter) evidence.reporter = labelRule('the row’s label');
  }
  let product = head.product?.id ?? null;
  let productLabel = head.product?.text ?? null;
  if (head.product) evidence.product = ev(text, head.product.start, head.product.end, 'the heading of a table');
  if (head.rowSide === 'product') {
    product = cell.goods?.id ?? null;
    productLabel = cell.goods?.text ?? cell.label.text;
    evidence.product = cell.goods ? ev(text, cell.goods.start, cell.goods.end, 'the row’s label') : labelRule('the row’s label');
  }
  const period = cell.columnPeriod ?? head.period;
  if (period) evidence.period = period.words;

  // The value: a bare number in a value column takes the caption's unit ("USD million").
  let { value, value_low: low, value_high: high } = m;
  let unit = m.unit;
  let figure: 'money' | 'percent' | 'ratio' | 'quantity' | 'items' =
    m.kind === 'money' ? 'money' : m.kind === 'percent' ? 'percent' : m.kind === 'ratio' ? 'ratio' : 'items';
  if (measure === 'level' && m.kind !== 'money' && m.kind !== 'percent' && head.unit) {
    const scale = (x: number | null) => (x === null ? null : x * head.unit!.scale);
    [value, low, high, unit] = [scale(value), scale(low), scale(high), head.unit.unit];
    figure = head.unit.quantity ? 'quantity' : head.unit.unit === 'units' ? 'items' : 'money';
    evidence.value = { ...head.unit.words, rule: 'the unit of a table’s column' };
  }
  if (measure === 'growth' && m.kind === 'percent' && value !== null && value > 0 && cellFalls(text, cell)) {
    [value, low, high] = [-value, high === null ? null : -high, low === null ? null : -low];
    evidence.value = ev(text, cell.start, cell.end, FALL_VALUE_RULE);
  }
  // A percent under a value header is no value: the sentence rules read it.
  if (measure === 'level' && figure === 'percent') return undefined;
  const productShare = measure === 'share' && head.productShare;
  const id = indicatorId({ measure, flow: head.flow, figure, productShare });
  const indicator = ctx.lexicon.indicators.has(id) ? id : null;
  evidence.indicator = { ...evidence.measure!, rule: `${measure} of ${head.flow}${productShare ? ' (product share)' : ''}` };

  const s = ctx.sentenceOf(m.start);
  const below = sourceLineAfter(text, ctx.spans, cell.lastRow);
  const found =
    ctx.attribution(head.sentence) ??
    (below && { phrase: below.phrase, start: below.start, end: below.end, cue: 'a source line below' }) ??
    paragraphSource(ctx, head.sentence) ??
    statementSpeaker(ctx) ??
    signedAuthor(ctx);
  const source = found && isOwnFigureSource(ctx, s, found) ? undefined : found;
  if (source) evidence.attributed_to = attributionEvidence(source);

  let confidence = 0.85;
  if (!reporter || !partner) confidence -= 0.2;
  if (!indicator) confidence -= 0.2;
  const observation: ReadObservation = {
    quote: m.text,
    start: m.start,
    end: m.end,
    value,
    unit,
    hedge: m.hedge,
    value_low: low,
    value_high: high,
    indicator,
    measure,
    flow: head.flow,
    reporter,
    partner,
    product,
    product_label: productLabel,
    hs_codes: product ? [...(ctx.lexicon.hsCodes.get(product) ?? [])] : [],
    period: period?.value ?? null,
    attributed_to: evidence.attributed_to?.text ?? null,
    confidence: Math.round(confidence * 100) / 100,
    evidence,
  };
  const frame: Frame = {
    indicator,
    flow: head.flow,
    reporter,
    partner,
    product,
    product_label: productLabel,
    period: period?.value ?? null,
    account: undefined,
    productShare,
    measure,
    sentence: s,
    end: m.end,
    textReporter: textReporterAfter(before?.textReporter, head.flow, reporter),
    textProduct: before?.textProduct === undefined || before.textProduct === product ? product : null,
  };
  rememberWords(frame, evidence);
  return { observation, frame };
}
