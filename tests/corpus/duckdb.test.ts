/**
 * The hand-off promised in docs/scale.md: shards written by separate runs into DIR/<shard>/
 * are queried together by DuckDB with one glob, and equal a single unsharded run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { defaultOptions } from '../../pipeline/corpus/options.js';
import { diskOutputDir } from '../../pipeline/corpus/outputDir.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { FAKE_EXTRACTOR } from './fixtures/fakeExtractor.js';
import { jsonlCorpus } from './fixtures/corpus.js';

let dir: string;
let db: DuckDBConnection;

const query = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'figures-duckdb-'));
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, jsonlCorpus(300, { bad: true }));
  const run = (out: string, shard: { index: number; count: number } | null) =>
    runCorpus({ ...defaultOptions(corpus, out), extractor: FAKE_EXTRACTOR, workers: 1, partRows: 200, shard }, { out: diskOutputDir(out) });
  await run(join(dir, 'single'), null);
  // Hive-style folder names, so DuckDB and Spark also expose the shard as a column.
  await run(join(dir, 'sharded', 'source_shard=0'), { index: 0, count: 2 });
  await run(join(dir, 'sharded', 'source_shard=1'), { index: 1, count: 2 });
  db = await (await DuckDBInstance.create(':memory:')).connect();
});

afterAll(() => {
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('sharded parquet parts in DuckDB', () => {
  it("read_parquet('DIR/*/*.parquet') over two shard folders returns exactly the unsharded run", async () => {
    const single = `read_parquet('${dir}/single/*.parquet')`;
    // DuckDB would add the source_shard=… folder as a column by itself; compare the parts' own columns.
    const sharded = `read_parquet('${dir}/sharded/*/*.parquet', hive_partitioning = false)`;
    const [counts] = await query(`select (select count(*) from ${single}) as single, (select count(*) from ${sharded}) as sharded`);
    expect(Number(counts!.single)).toBeGreaterThan(400);
    expect(counts!.sharded).toEqual(counts!.single);
    const diff = await query(
      `(select * from ${single} except all select * from ${sharded}) union all (select * from ${sharded} except all select * from ${single})`,
    );
    expect(diff).toEqual([]);
  });

  it('gives each shard a share of the documents, and the shard as a column with hive_partitioning', async () => {
    const rows = await query(
      `select source_shard, count(distinct doc_id) as docs from read_parquet('${dir}/sharded/*/*.parquet', hive_partitioning = true) group by source_shard order by source_shard`,
    );
    expect(rows.map((r) => r.source_shard)).toEqual(['0', '1']);
    const total = rows.reduce((n, r) => n + Number(r.docs), 0);
    for (const r of rows) expect(Number(r.docs)).toBeGreaterThan(total * 0.35);
  });

  it('joins mentions to the documents table and its JSON metadata', async () => {
    const [r] = await query(
      `select count(*) as n from read_parquet('${dir}/sharded/*/*.parquet') m join read_parquet('${dir}/sharded/*/documents/*.parquet') d using (doc_id) where json_extract_string(d.metadata, '$.url') like 'https://example.org/%'`,
    );
    expect(Number(r!.n)).toBeGreaterThan(0);
    const [orphans] = await query(
      `select count(*) as n from read_parquet('${dir}/single/*.parquet') m anti join read_parquet('${dir}/single/documents/*.parquet') d using (doc_id)`,
    );
    expect(Number(orphans!.n)).toBe(0);
  });

  it('reads the columns with the types of the contract, SNAPPY-compressed, dictionary-encoded where values repeat', async () => {
    const cols = await query(`describe select * from read_parquet('${dir}/single/part-00000.parquet')`);
    expect(cols.map((c) => `${c.column_name}:${c.column_type}`)).toEqual([
      'doc_id:VARCHAR',
      'start:INTEGER',
      'end:INTEGER',
      'text:VARCHAR',
      'kind:VARCHAR',
      'value:DOUBLE',
      'unit:VARCHAR',
      'scale:DOUBLE',
      'hedge:VARCHAR',
      'value_low:DOUBLE',
      'value_high:DOUBLE',
      'period:VARCHAR',
      'sentence:INTEGER',
    ]);
    const codecs = await query(`select distinct compression from parquet_metadata('${dir}/single/*.parquet')`);
    expect(codecs.map((c) => c.compression)).toEqual(['SNAPPY']);
    const dict = await query(
      `select path_in_schema as col, bool_or(encodings like '%DICTIONARY%') as dict from parquet_metadata('${dir}/single/part-00000.parquet') group by 1 order by 1`,
    );
    expect(dict.filter((c) => c.dict).map((c) => c.col)).toEqual(['doc_id', 'hedge', 'kind', 'period', 'unit']);
  });
});
