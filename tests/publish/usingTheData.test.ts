/**
 * docs/using-the-data.md is run, not only read: its DuckDB statements and its JavaScript run against
 * a package built from raw/; it and the README's description of the Arrow and Parquet files name exactly the list
 * columns the schemas define, and the README's table of tables lists every published table.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { columnType } from '../../pipeline/model/columnTypes.js';
import { TABLES } from '../../pipeline/model/schemas.js';

const doc = readFileSync('docs/using-the-data.md', 'utf8');

/** `table.column` of every list column, as the schemas define them. */
const LIST_COLUMNS = TABLES.flatMap((t) =>
  Object.entries(t.schema.properties ?? {})
    .filter(([, s]) => columnType(s).kind === 'list')
    .map(([c]) => `${t.name}.${c}`),
).sort();
/** The `table.column` names a piece of text gives in backquotes. */
const namedColumns = (text: string) => [...new Set([...text.matchAll(/`([a-z_]+\.[a-z_]+)`/g)].map((m) => m[1]!))].sort();
const dir = mkdtempSync(join(tmpdir(), 'using-the-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The statements of the doc's SQL block, with `dist/` pointing at a freshly built package. */
function statements(): string[] {
  const block = /```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(block, 'docs/using-the-data.md has a SQL block').toBeDefined();
  return block!
    .split(';')
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter(Boolean)
    .map((s) => s.replaceAll("'dist/", `'${dir}/dist/`));
}

describe('docs/using-the-data.md', () => {
  it("runs its DuckDB statements on the package: the Parquet lists and the CSV's split fields agree, and a figure joins its source", async () => {
    mkdirSync(join(dir, 'dist', 'data'), { recursive: true });
    for (const [p, b] of build(diskFS('.'))) if (p.startsWith('data/')) writeFileSync(join(dir, 'dist', p), b);
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const results: unknown[][][] = [];
    for (const sql of statements()) results.push((await conn.runAndReadAll(sql)).getRows());
    expect(results).toHaveLength(3);
    const [fromParquet, fromCsv, figures] = results as [unknown[][], unknown[][], unknown[][]];
    expect(fromParquet.length).toBeGreaterThan(0);
    expect(fromCsv).toEqual(fromParquet);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((r) => typeof r[6] === 'string' && (r[6] as string).length > 0)).toBe(true);
  }, 120_000);
  it("runs its JavaScript on the package's Arrow file: the aliases it lists are those of the Parquet", async () => {
    const block = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block, 'docs/using-the-data.md has a JavaScript block').toBeDefined();
    // The block's own imports, given to it as arguments: it runs as written, on the built package.
    const body = block!.replace(/^import .*$/gm, '').replaceAll("'dist/", `'${dir}/dist/`);
    const run = new Function('readFileSync', 'tableFromIPC', `${body}\nreturn aliases;`);
    const aliases = run(readFileSync, tableFromIPC) as { entity_id: string; alias: string }[];
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const sql = `SELECT entity_id, unnest(aliases) AS alias FROM '${dir}/dist/data/entities.parquet' ORDER BY entity_id, alias`;
    // DuckDB orders the pairs; the JavaScript keeps the file's order: compared as sorted lines.
    const lines = (rows: unknown[][]) => rows.map((r) => r.join('\t')).sort();
    const expected = (await conn.runAndReadAll(sql)).getRows();
    expect(aliases.length).toBeGreaterThan(0);
    expect(lines(aliases.map((a) => [a.entity_id, a.alias]))).toEqual(lines(expected));
  }, 120_000);
  it('names every list column the schemas define, and no other', () => {
    const para = doc.split('\n\n').find((p) => p.startsWith('**List columns.**'));
    expect(namedColumns(para ?? '')).toEqual(LIST_COLUMNS);
  });
  it('shows pandas and R splitting the list columns, and reading codes as text', () => {
    expect(doc).toContain('.str.split("|")');
    expect(doc).toContain('strsplit(ent$aliases, "|", fixed = TRUE)');
    expect(doc).toContain('keep_default_na=False');
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('describes the Arrow and Parquet list columns and links the loading examples', () => {
    const arrowRow = readme.split('\n').find((l) => l.startsWith('| `dist/data/<table>.arrow`'));
    expect(arrowRow).toContain('List<Utf8>');
    expect(namedColumns(arrowRow ?? '')).toEqual(LIST_COLUMNS);
    expect(readme).toContain('(docs/using-the-data.md)');
  });
  it('lists every published table, in the order of the schemas', () => {
    const table = readme.split('| table | one row is |')[1]!.split('\n\n')[0]!;
    const rows = table.split('\n').filter((l) => /^\| `[a-z_]+` \| /.test(l));
    expect(rows.map((l) => /^\| `([a-z_]+)`/.exec(l)![1])).toEqual(TABLES.map((t) => t.name));
  });
});
