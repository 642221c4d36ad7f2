/**
 * The reading as text for a terminal: each observation and claim with its fields and the words
 * that decided them, then the mentions left aside with their reasons.
 */
import type { Evidence, Reading } from './types.js';

/**
 * Words of the text as a curator reads them: the reader reads Markdown blanked to spaces of the
 * same length (markdown.ts), so a link's words keep the blanks of its brackets and address; they
 * are shown as one space, as is a line break. The offsets and the JSON keep the text's own.
 */
export const shownWords = (words: string): string => words.replace(/\s{2,}|\n/g, ' ');

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : Array.isArray(v) ? (v.length ? v.map(shown).join(', ') : '—') : shown(v);
const shown = (v: unknown): string => (typeof v === 'string' ? shownWords(v) : String(v));
const because = (e: Evidence | undefined): string => (e ? `  ← ${evidenceWords(e, e.start)}` : '');

/**
 * A field's evidence for a curator: its words in quotes and the rule. A value no words of the
 * sentence give (all partners where none is named, a continuation of a lead) shows its rule alone,
 * not an empty quotation.
 */
export function evidenceWords(e: Evidence, at?: number, clip: (s: string) => string = (s) => s): string {
  const words = e.text.trim();
  if (words === '') return `(${e.rule}; no words of its own)`;
  // Words a rule took with the space before them (" a year earlier") are shown, and placed, without it.
  const lead = e.text.length - e.text.trimStart().length;
  return `"${clip(shownWords(words))}"${at === undefined ? '' : ` @${at + lead}`} (${e.rule})`;
}

export function formatReading(r: Reading): string {
  const out: string[] = [];
  out.push(`${r.observations.length} observation(s), ${r.claims.length} claim(s), ${r.ignored.length} mention(s) left aside`);
  r.observations.forEach((o, i) => {
    out.push('', `observation ${i + 1}: "${shownWords(o.quote)}" @${o.start}-${o.end}  confidence ${o.confidence}`);
    out.push(`  value ${show(o.value)} ${show(o.unit)} (${o.hedge}; ${show(o.value_low)}..${show(o.value_high)})`);
    const fields: [string, unknown, Evidence | undefined][] = [
      ['indicator', o.indicator, o.evidence.indicator],
      ['measure', o.measure, o.evidence.measure],
      ['flow', o.flow, o.evidence.flow],
      ['reporter', o.reporter, o.evidence.reporter],
      ['partner', o.partner, o.evidence.partner],
      ['product', o.product ? `${o.product} ("${o.product_label}"; HS ${show(o.hs_codes)})` : o.product_label, o.evidence.product],
      ['period', o.period, o.evidence.period],
      ['attributed_to', o.attributed_to, o.evidence.attributed_to],
    ];
    for (const [k, v, e] of fields) out.push(`  ${k.padEnd(13)} ${show(v)}${because(e)}`);
  });
  r.claims.forEach((c, i) => {
    out.push('', `claim ${i + 1}: "${shownWords(c.quote)}" @${c.start}-${c.end}  confidence ${c.confidence}`);
    const fields: [string, unknown, Evidence | undefined][] = [
      ['supplier', c.supplier, c.evidence.supplier],
      ['recipient', c.recipient, c.evidence.recipient],
      ['goods', c.goods ?? (c.goods_label ? `("${c.goods_label}")` : null), c.evidence.goods],
      ['end_use', c.end_use, c.evidence.end_use],
      ['certainty', c.certainty, c.evidence.certainty],
      ['share', c.share, c.evidence.share],
      ['claimant', c.claimant, c.evidence.claimant],
    ];
    for (const [k, v, e] of fields) out.push(`  ${k.padEnd(13)} ${show(v)}${because(e)}`);
  });
  if (r.ignored.length > 0) {
    out.push('', 'left aside:');
    for (const g of r.ignored) out.push(`  "${shownWords(g.quote)}" @${g.start}  ${g.reason}: ${shownWords(g.note)}`);
  }
  return out.join('\n') + '\n';
}
