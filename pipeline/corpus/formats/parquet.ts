/**
 * Parquet through parquet-wasm (the Rust parquet crate): SNAPPY-compressed, one row group
 * per part, dictionary encoding only for the repetitive columns (doc_id, kind, unit, hedge,
 * period), min/max statistics per column chunk (so DuckDB and Spark skip parts on a filter)
 * except for free text.
 *
 * The writer runs in the one main thread, so its time is what limits a many-core machine;
 * the output is small beside the corpus either way. On 131,072 mention rows
 * (docs/performance.md), dictionary-encoding every column with page statistics and ZSTD gave
 * 1.8 MB in ~195 ms of CPU; these settings give 3.3 MB in well under half that. parquet-wasm rather than hyparquet-writer:
 * it takes the Arrow buffers as they are, while hyparquet-writer wants JavaScript arrays
 * (3-4 times the CPU in all). SNAPPY is also read by hyparquet without extra codecs.
 */
import type { Table } from 'apache-arrow';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { arrow } from '../arrow.js';
import type { ColumnSpec } from '../tableSchema.js';

/**
 * V8 runs a WebAssembly function first as Liftoff's quick code and recompiles it with TurboFan
 * once it has run through a budget (roughly bytes of code executed; 1.8 M by default in Node 20).
 * parquet-wasm is 5 MB of code, and at the default budget V8 optimized hundreds of its functions
 * that a part runs a few times each, compiling on V8's background threads over a run's first
 * parts while the workers need every core. At 80 M
 * only the hot loops (compression, encoding) are optimized, as early in the run, and a part is
 * encoded no slower (docs/performance.md, session 17). Set before the module is compiled; the
 * budget is a process-wide flag, and parquet-wasm is the only WebAssembly a corpus run executes.
 * A budget given to node on its command line stands.
 */
export const WASM_TIERING_BUDGET = 80_000_000;
if (!process.execArgv.some((a) => a.startsWith('--wasm-tiering-budget')))
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);

/**
 * Loaded with `require`, like Arrow (arrow.ts): its Node build is CommonJS, and an ES `import`
 * has Node's cjs-module-lexer scan its 100 KB of glue code for export names — a scan hot
 * enough that V8 optimized the lexer, ~0.4 CPU-s of compiling in every run (docs/performance.md).
 */
const pw = createRequire(import.meta.url)('parquet-wasm/node') as typeof import('parquet-wasm/node');

export function encodeParquet(table: Table, columns: readonly ColumnSpec[]): Uint8Array {
  let props = new pw.WriterPropertiesBuilder()
    .setCompression(pw.Compression.SNAPPY)
    .setDictionaryEnabled(false)
    .setStatisticsEnabled(pw.EnabledStatistics.Chunk)
    .setWriteBatchSize(8192)
    .setMaxRowGroupSize(Math.max(1, table.numRows));
  for (const c of columns) {
    if (c.repetitive) props = props.setColumnDictionaryEnabled(c.name, true);
    if (c.freeText) props = props.setColumnStatisticsEnabled(c.name, pw.EnabledStatistics.None);
  }
  // writeParquet takes ownership of both wasm objects and frees them.
  return pw.writeParquet(pw.Table.fromIPCStream(arrow.tableToIPC(table, 'stream')), props.build());
}
