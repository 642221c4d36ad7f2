/**
 * Integrity checks across rows and tables, after every row passed its schema: primary keys
 * unique, foreign keys resolve (vocabulary tables reported as unknown-vocabulary with the
 * nearest id), quotes equal the text at their offsets, intervals and periods ordered, units
 * fit their indicator, list items free of the CSV list delimiter.
 */
import { closest } from 'fastest-levenshtein';
import type { Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { TableName, Tables } from '../model/index.js';
import { isCountNoun, isCurrencyUnit } from '../model/units.js';
import type { Origins } from '../model/origins.js';
import type { BrokenReferences } from '../normalize/vocab.js';
import { TABLES, tableSpec, type TableSpec } from '../model/schemas.js';

type Row = Record<string, unknown>;

const VOCABULARY_FILE: Partial<Record<TableName, string>> = { goods: 'goods', indicators: 'indicators', countries: 'countries' };

export function checkIntegrity(
  tables: Tables,
  origins: Origins,
  texts: ReadonlyMap<string, string>,
  brokenReferences: BrokenReferences = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const spec of TABLES) {
    const rows = tables[spec.name] as unknown as Row[];
    const loc = (i: number, field?: string) => origins.locate(rows[i]!, field, spec.name, i + 1);
    primaryKeys(spec, rows, loc, problems);
    foreignKeys(spec, rows, tables, loc, problems, brokenReferences);
    rows.forEach((row, i) => {
      quoteAtOffsets(row, texts, (f) => loc(i, f), problems);
      intervals(row, (f) => loc(i, f), problems);
      dates(row, (f) => loc(i, f), problems);
      listItems(spec, row, (f) => loc(i, f), problems);
    });
  }
  units(tables, origins, problems);
  return problems;
}

type Loc = (i: number, field?: string) => ReturnType<Origins['locate']>;

function primaryKeys(spec: TableSpec, rows: Row[], loc: Loc, problems: Problem[]): void {
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = spec.primaryKey.map((k) => String(row[k])).join('\u0000');
    const prev = first.get(key);
    if (prev === undefined) first.set(key, i);
    else
      problems.push(
        messages.duplicateId(loc(i, spec.primaryKey[0]), spec.name, key.replace(/\u0000/g, ', '), loc(prev, spec.primaryKey[0])),
      );
  });
}

function foreignKeys(
  spec: TableSpec,
  rows: Row[],
  tables: Tables,
  loc: Loc,
  problems: Problem[],
  brokenReferences: BrokenReferences,
): void {
  for (const fk of spec.foreignKeys) {
    const target = tables[fk.reference.resource] as unknown as Row[];
    const targetField = fk.reference.fields[0]!;
    const ids = target.map((r) => String(r[targetField]));
    const known = new Set(ids);
    const field = fk.fields[0]!;
    const vocab = VOCABULARY_FILE[fk.reference.resource];
    // An id whose vocabulary entry (or file) failed to load: its root error is already reported.
    const broken = brokenReferences[fk.reference.resource as keyof BrokenReferences];
    // The nearest id is sought among the defined ones too that failed their own checks (a draft
    // entity still holding a TODO): a misspelling of the id beside it is what the curator meant.
    const candidates = broken instanceof Set ? [...new Set([...ids, ...broken])] : ids;
    rows.forEach((row, i) => {
      const v = row[field];
      const values = v === null || v === undefined ? [] : fk.list ? (v as unknown[]) : [v];
      for (const item of values) {
        const s = String(item);
        if (known.has(s) || broken === 'all' || broken?.has(s)) continue;
        const nearest = candidates.length ? closest(s, candidates) : undefined;
        problems.push(
          vocab
            ? messages.unknownVocabulary(loc(i, field), vocab, s, nearest)
            : messages.foreignKey(loc(i, field), field, s, tableSpec(fk.reference.resource).name, nearest),
        );
      }
    });
  }
}

function quoteAtOffsets(
  row: Row,
  texts: ReadonlyMap<string, string>,
  loc: (f: string) => ReturnType<Origins['locate']>,
  problems: Problem[],
): void {
  const field = 'quote' in row ? 'quote' : 'text' in row && 'start' in row ? 'text' : undefined;
  if (!field || row[field] === null || typeof row.start !== 'number' || typeof row.end !== 'number') return;
  const text = texts.get(String(row.source_id));
  if (text === undefined) return;
  const actual = text.slice(row.start, row.end);
  if (actual !== row[field] || row.end < row.start) problems.push(messages.quoteMismatch(loc(field), String(row[field]), actual));
}

function intervals(row: Row, loc: (f: string) => ReturnType<Origins['locate']>, problems: Problem[]): void {
  if (!('value_low' in row)) return;
  const low = row.value_low as number | null;
  const high = row.value_high as number | null;
  const value = row.value as number | null;
  const bad =
    (low !== null && high !== null && low > high) ||
    (value !== null && low !== null && value < low) ||
    (value !== null && high !== null && value > high);
  if (bad) problems.push(messages.intervalOrder(loc('value_low'), low, value, high));
}

/** Calendar validity of dates is a schema check (format: date); here only their order. */
function dates(row: Row, loc: (f: string) => ReturnType<Origins['locate']>, problems: Problem[]): void {
  if (typeof row.period_start === 'string' && typeof row.period_end === 'string' && row.period_start > row.period_end) {
    problems.push(messages.periodOrder(loc('period_start'), row.period_start, row.period_end));
  }
}

function listItems(spec: TableSpec, row: Row, loc: (f: string) => ReturnType<Origins['locate']>, problems: Problem[]): void {
  for (const [field, s] of Object.entries(spec.schema.properties ?? {})) {
    if (s.type !== 'array' || !Array.isArray(row[field])) continue;
    for (const item of row[field] as unknown[])
      if (String(item).includes('|')) problems.push(messages.listDelimiter(loc(field), String(item)));
  }
}

/**
 * An observation's unit must be its indicator's; 'currency' admits any ISO 4217 code, and 'count'
 * and 'quantity' any noun the text counts or measures (drones, artillery-shells; tonnes), so one
 * count indicator serves every noun.
 */
function units(tables: Tables, origins: Origins, problems: Problem[]): void {
  const byId = new Map(tables.indicators.map((i) => [i.indicator_id, i.unit] as const));
  tables.observations.forEach((o, i) => {
    const expected = byId.get(o.indicator);
    if (expected === undefined) return; // reported as unknown-vocabulary
    const ok =
      expected === 'currency'
        ? isCurrencyUnit(o.unit)
        : expected === 'count' || expected === 'quantity'
          ? isCountNoun(o.unit)
          : o.unit === expected;
    if (!ok) problems.push(messages.unitMismatch(origins.locate(o, 'unit', 'observations', i + 1), String(o.unit), o.indicator, expected));
  });
}
