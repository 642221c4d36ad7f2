import { tableFromIPC, DataType } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toArrowFile, toArrowTable } from '../../pipeline/publish/arrow.js';
import { toCsv } from '../../pipeline/publish/csv.js';
import { toParquet } from '../../pipeline/publish/parquet.js';
import type { TableSpec } from '../../pipeline/model/schemas.js';

/** A table exercising every column type, nulls, quoting and awkward numbers. */
const spec: TableSpec = {
  name: 'sources',
  title: 'Test',
  kind: 'data',
  primaryKey: ['id'],
  sortBy: ['id'],
  foreignKeys: [],
  schema: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      n: { type: ['number', 'null'] },
      i: { type: 'integer' },
      d: { type: ['string', 'null'], format: 'date' },
      b: { type: 'boolean' },
      l: { type: 'array', items: { type: 'string' } },
      e: { enum: ['x', 'y', null] },
    },
  },
};
const rows = [
  { id: 'a, "quoted"\nline', n: 1e21, i: 7, d: '2024-02-29', b: true, l: ['p', 'q'], e: 'x' },
  { id: 'b', n: null, i: -1, d: null, b: false, l: [], e: null },
  { id: 'ü 中', n: 0.1, i: 0, d: '1970-01-01', b: true, l: ['r'], e: 'y' },
];

describe('CSV', () => {
  const text = new TextDecoder().decode(toCsv(spec, rows));
  it('has a header, LF line ends, RFC 4180 quoting, plain numbers, empty = null', () => {
    expect(text).toBe(
      'id,n,i,d,b,l,e\n"a, ""quoted""\nline",1000000000000000000000,7,2024-02-29,true,p|q,x\nb,,-1,,false,,\nü 中,0.1,0,1970-01-01,true,r,y\n',
    );
  });
  it('reads back cell for cell with papaparse', () => {
    const back = Papa.parse<string[]>(text.trimEnd(), { header: false }).data;
    expect(back[1]).toEqual(['a, "quoted"\nline', '1000000000000000000000', '7', '2024-02-29', 'true', 'p|q', 'x']);
  });
});

describe('Arrow', () => {
  const table = tableFromIPC(toArrowFile(toArrowTable(spec, rows)));
  it('types each column from the JSON Schema, strings plain Utf8 (no dictionary)', () => {
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`)).toEqual([
      'id:Utf8:false',
      'n:Float64:true',
      'i:Int32:false',
      'd:Date32<DAY>:true',
      'b:Bool:false',
      'l:List<Utf8>:true',
      'e:Utf8:true',
    ]);
    expect(table.schema.fields.some((f) => DataType.isDictionary(f.type))).toBe(false);
  });
  it('keeps every value, dates at UTC midnight', () => {
    const r = table.toArray().map((x) => x.toJSON());
    expect(r[0]).toMatchObject({ id: rows[0]!.id, n: 1e21, i: 7, d: Date.UTC(2024, 1, 29), b: true, e: 'x' });
    expect([...r[0]!.l]).toEqual(['p', 'q']);
    // An empty list is null, as its empty CSV field reads (columnType).
    expect(r[1]).toMatchObject({ n: null, d: null, e: null, l: null });
  });
});

describe('Parquet', () => {
  const bytes = toParquet(spec, rows);
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  it('declares UTF8, DOUBLE, INT32, DATE, BOOLEAN and LIST, REQUIRED where no null is allowed (lists are OPTIONAL)', () => {
    const schema = parquetMetadata(buf)
      .schema.slice(1)
      .map((e) => [e.name, e.type ?? 'group', e.converted_type ?? '', e.repetition_type]);
    expect(schema).toEqual([
      ['id', 'BYTE_ARRAY', 'UTF8', 'REQUIRED'],
      ['n', 'DOUBLE', '', 'OPTIONAL'],
      ['i', 'INT32', '', 'REQUIRED'],
      ['d', 'INT32', 'DATE', 'OPTIONAL'],
      ['b', 'BOOLEAN', '', 'REQUIRED'],
      ['l', 'group', 'LIST', 'OPTIONAL'],
      ['list', 'group', '', 'REPEATED'],
      ['element', 'BYTE_ARRAY', 'UTF8', 'REQUIRED'],
      ['e', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
    ]);
  });
  it('reads back every value (hyparquet)', async () => {
    const back = await parquetReadObjects({ file: buf });
    const published = rows.map((r) => ({ ...r, l: r.l.length ? r.l : null }));
    // hyparquet reads a null list as undefined (polars and DuckDB as null: interop.test.ts).
    const read = back.map((r) => ({ ...r, l: r.l ?? null, d: r.d === null ? null : (r.d as Date).toISOString().slice(0, 10) }));
    expect(read).toEqual(published);
  });
  it('is byte-identical when written twice', () => {
    expect(Buffer.from(toParquet(spec, rows)).equals(Buffer.from(bytes))).toBe(true);
  });
});
