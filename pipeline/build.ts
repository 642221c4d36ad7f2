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
 *   │ publish     data/<table>.csv|.arrow|.parquet, datapackage.json
 *   ▼
 *   │ release     citationFiles(pkg): CITATION.cff, .zenodo.json
 *   │ site        buildSite(pkg): site/
 *   ▼
 *   │ checksums   SHA256SUMS over every file
 *   ▼
 *  FileTree (dist-relative path → bytes)
 * ```
 */
import { FiguresError, type Problem } from './core/errors.js';
import type { FileTree, ReadFS } from './core/fs.js';
import { extractMentions, type Mention } from './extract/index.js';
import type { BuiltPackage, DatasetMeta, MentionsRow, SourceDoc, Tables } from './model.js';
import { mentionRows } from './normalize/mentionRows.js';
import { normalize } from './normalize/index.js';
import { publish } from './publish/index.js';
import { SHA256SUMS, sha256sums } from './publish/sha256sums.js';
import { citationFiles } from './release/citation.js';
import { buildSite } from './site/index.js';
import { snapshot } from './snapshot/index.js';
import { validateTables } from './validate/index.js';

export interface BuildOptions {
  /** Called after each stage with its duration in ms (for --timings; never part of the output). */
  onStage?: (stage: string, ms: number) => void;
  /** The extractor; tests may pass a fixed one. Default: pipeline/extract. */
  extract?: (text: string) => Mention[];
}

export interface Checked {
  /** Every problem found, errors and warnings, in stage order. */
  problems: Problem[];
  meta?: DatasetMeta;
  tables: Tables;
  sources: SourceDoc[];
}

function timed<T>(opts: BuildOptions, stage: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  opts.onStage?.(stage, performance.now() - t0);
  return out;
}

/** snapshot → extract → normalize → validate, collecting problems; publishes nothing. */
export function check(fs: ReadFS, opts: BuildOptions = {}): Checked {
  const problems: Problem[] = [];
  const snap = timed(opts, 'snapshot', () => snapshot(fs, problems));
  const extract = opts.extract ?? extractMentions;
  const mentions = timed(opts, 'extract', () => new Map<string, MentionsRow[]>(snap.sources.map((s) => [s.id, mentionRows(s.id, extract(s.text))])));
  const normalized = timed(opts, 'normalize', () => normalize(snap, mentions, problems));
  timed(opts, 'validate', () => problems.push(...validateTables(normalized.tables, normalized.origins, normalized.texts)));
  if (snap.dataset && !snap.dataset.valid) delete snap.dataset;
  return {
    problems,
    ...(snap.dataset ? { meta: snap.dataset.value } : {}),
    tables: normalized.tables,
    sources: snap.sources.map(({ id, text, file, publicDomain }) => ({ id, text, file, publicDomain })),
  };
}

function merge(into: FileTree, from: FileTree, stage: string): void {
  for (const [path, bytes] of from) {
    if (into.has(path)) throw new Error(`${stage} wrote ${path}, which an earlier stage already wrote`);
    into.set(path, bytes);
  }
}

/** The whole data package in memory; throws a FiguresError with every problem if any is an error. */
export function build(fs: ReadFS, opts: BuildOptions = {}): FileTree {
  const checked = check(fs, opts);
  if (checked.problems.some((p) => p.severity === 'error') || !checked.meta) throw new FiguresError(checked.problems);
  const meta = checked.meta;
  const tree = timed(opts, 'publish', () => publish(meta, checked.tables));
  const pkg: BuiltPackage = { meta, tables: checked.tables, sources: checked.sources, files: new Map(tree) };
  timed(opts, 'release', () => merge(tree, citationFiles(pkg), 'citationFiles'));
  timed(opts, 'site', () => merge(tree, buildSite(pkg), 'buildSite'));
  timed(opts, 'checksums', () => tree.set(SHA256SUMS, sha256sums(tree)));
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
