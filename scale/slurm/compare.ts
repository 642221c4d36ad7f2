/**
 * Row-for-row comparison, in DuckDB, of the merged shards of a corpus run with one
 * unsharded run: for every table the merged manifest lists, the same columns (names and
 * types) and the same multiset of rows (EXCEPT ALL both ways), as DuckDB reads the parts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

interface Table {
  rows: number;
  parts: { path: string }[];
}

export interface Listing {
  dir: string;
  tables: Record<string, Table>;
}

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const scan = (l: Listing, table: string): string =>
  `read_parquet([${l.tables[table]!.parts.map((p) => sqlString(join(l.dir, p.path))).join(', ')}], hive_partitioning = false)`;

/** The differences found, one line each; empty when the two runs are equal. */
export async function compareRuns(merged: Listing, single: Listing): Promise<string[]> {
  const differences: string[] = [];
  const names = Object.keys(merged.tables);
  if (names.join() !== Object.keys(single.tables).join())
    differences.push(`tables: merged ${names.join(', ')}; one process ${Object.keys(single.tables).join(', ')}`);
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
  try {
    for (const table of names.filter((t) => t in single.tables)) {
      const [a, b] = [scan(merged, table), scan(single, table)];
      const describe = async (s: string) =>
        JSON.stringify((await rows(`DESCRIBE SELECT * FROM ${s}`)).map((r) => [r.column_name, r.column_type]));
      const [ca, cb] = [await describe(a), await describe(b)];
      if (ca !== cb) {
        differences.push(`${table}: columns differ: merged ${ca}; one process ${cb}`);
        continue;
      }
      const [counts] = await rows(`SELECT (SELECT count(*) FROM ${a}) AS merged, (SELECT count(*) FROM ${b}) AS single`);
      const [onlyA] = await rows(`SELECT count(*) AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`);
      const [onlyB] = await rows(`SELECT count(*) AS n FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a})`);
      const [m, s, x, y] = [counts!.merged, counts!.single, onlyA!.n, onlyB!.n].map(Number) as [number, number, number, number];
      if (m !== s || x !== 0 || y !== 0)
        differences.push(`${table}: ${m} rows merged, ${s} in one process; ${x} only in the shards, ${y} only in one process`);
      if (m !== merged.tables[table]!.rows)
        differences.push(`${table}: DuckDB reads ${m} rows, the merged manifest says ${merged.tables[table]!.rows}`);
    }
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  return differences;
}
