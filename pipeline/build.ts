/**
 * The build: raw/ in, the data package out, as a FileTree in memory (pure; writing it is the
 * command's job, pipeline/commands/build.ts, which swaps it into dist/ atomically).
 *
 * ```
 *  raw/ (ReadFS)
 *   │ snapshot    texts + sidecars (UTF-8, LF, NFC, SHA-256), annotations, vocabularies,
 *   │             dataset.yaml — parsed with locations, schema-checked, missing/extra files named
 *   ▼
 *   │ extract     extractMentions(text) per source → mentions rows with stable ids
 *   ▼
 *   │ normalize   quotes → offsets; observations joined with their mention; periods;
 *   │             derived figures by interval arithmetic; entities (+ every mention),
 *   │             claims; coverage of every statistic-like mention; rows sorted
 *   ▼
 *   │ validate    ajv (draft 2020-12) on every row; keys, foreign keys, vocabularies,
 *   │             quotes at offsets, intervals, periods, dates, units
 *   ▼             ── any error: throw every problem collected so far (FiguresError, exit 1)
 *   │ history     first_release / last_changed of observations and claims, from the diff
 *   │             with the previous release's package (opts.previous, found by the command)
 *   ▼
 *   │ publish     data/<table>.csv|.arrow|.parquet, datapackage.json
 *   ▼
 *   │ release     citationFiles(pkg): CITATION.cff, .zenodo.json
 *   │ conformance datapackage.json against the Data Package v2.0 profile, CITATION.cff
 *   │             against the CFF 1.2.0 schema (schemas/vendor/) ── any departure: throw
 *   │ site        buildSite(pkg): site/
 *   ▼
 *   │ checksums   SHA256SUMS over every file
 *   ▼
 *  FileTree (dist-relative path → bytes)
 * ```
 */
import { check, timed, type BuildOptions } from './check.js';
import { FiguresError } from './core/errors.js';
import type { FileTree, ReadFS } from './core/fs.js';
import { byCodeUnit } from './core/order.js';
import type { BuiltPackage } from './model/index.js';
import { publish } from './publish/index.js';
import { SHA256SUMS, sha256sums } from './publish/sha256sums.js';
import { citationFiles } from './release/citation.js';
import { conformanceProblems } from './release/conformance.js';
import { withHistory } from './release/history.js';
import { buildSite, loadSiteInputs } from './site/index.js';

export { check, type BuildOptions, type Checked } from './check.js';

function merge(into: FileTree, from: FileTree, stage: string): void {
  for (const [path, bytes] of from) {
    if (into.has(path)) throw new Error(`${stage} wrote ${path}, which an earlier stage already wrote`);
    into.set(path, bytes);
  }
}

/**
 * The whole data package in memory; throws a FiguresError with every problem if any is an error,
 * and hands the warnings of a successful build to `opts.onWarnings`.
 */
export function build(fs: ReadFS, opts: BuildOptions = {}): FileTree {
  const checked = check(fs, opts);
  if (checked.problems.some((p) => p.severity === 'error') || !checked.meta) throw new FiguresError(checked.problems);
  const meta = checked.meta;
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  const tables = timed(opts, 'history', () => withHistory(checked.tables, meta.version, opts.previous, warnings));
  const tree = timed(opts, 'publish', () => publish(meta, tables));
  const pkg: BuiltPackage = { meta, tables, sources: checked.sources, files: new Map(tree) };
  timed(opts, 'release', () => merge(tree, citationFiles(pkg), 'citationFiles'));
  const nonconforming = timed(opts, 'conformance', () => conformanceProblems(tree));
  if (nonconforming.length > 0) throw new FiguresError(nonconforming);
  // The site lists every file written so far (citation files too) and reads docs/ through the same fs.
  timed(opts, 'site', () => merge(tree, buildSite({ ...pkg, files: new Map(tree), ...loadSiteInputs(fs) }), 'buildSite'));
  timed(opts, 'checksums', () => tree.set(SHA256SUMS, sha256sums(tree)));
  opts.onWarnings?.(warnings);
  return new Map([...tree].sort(([a], [b]) => byCodeUnit(a, b)));
}
