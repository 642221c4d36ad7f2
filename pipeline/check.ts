/**
 * The checking half of the build (pipeline/build.ts has the whole phase diagram):
 * snapshot → extract → normalize → validate, every problem collected, nothing published.
 * `figures validate` runs this alone; it loads none of the publishing, site or citation code.
 */
import type { Problem } from './core/errors.js';
import type { ReadFS } from './core/fs.js';
import { extractMentions, type Mention } from './extract/index.js';
import type { DatasetMeta, MentionsRow, SourceDoc, Tables } from './model/index.js';
import { normalize } from './normalize/index.js';
import type { DataPackage } from './release/diff/types.js';
import { mentionRows } from './normalize/mentionRows.js';
import { snapshot } from './snapshot/index.js';
import { validateTables } from './validate/index.js';
import { checkReviewState } from './validate/reviewState.js';

export interface BuildOptions {
  /** Called after each stage with its duration in ms (for --timings; never part of the output). */
  onStage?: (stage: string, ms: number) => void;
  /** The extractor; tests may pass a fixed one. Default: pipeline/extract. */
  extract?: (text: string) => Mention[];
  /** Called by a successful build with its warnings (none is an error), for the command to print. */
  onWarnings?: (warnings: Problem[]) => void;
  /**
   * The previous release's package (pipeline/release/previous.ts finds it; the commands pass it
   * in, so the build itself reads nothing but raw/): the source of each figure's history
   * (first_release, last_changed). Undefined for a first release. Only `build` uses it.
   */
  previous?: DataPackage;
}

export interface Checked {
  /** Every problem found, errors and warnings, in stage order. */
  problems: Problem[];
  meta?: DatasetMeta;
  tables: Tables;
  sources: SourceDoc[];
}

export function timed<T>(opts: BuildOptions, stage: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  opts.onStage?.(stage, performance.now() - t0);
  return out;
}

/** snapshot → extract → normalize → validate over the raw/ tree of `fs`; never throws on data problems. */
export function check(fs: ReadFS, opts: BuildOptions = {}): Checked {
  const problems: Problem[] = [];
  const snap = timed(opts, 'snapshot', () => snapshot(fs, problems));
  const extract = opts.extract ?? extractMentions;
  const mentions = timed(
    opts,
    'extract',
    () => new Map<string, MentionsRow[]>(snap.sources.map((s) => [s.id, mentionRows(s.id, extract(s.text))])),
  );
  const normalized = timed(opts, 'normalize', () => normalize(snap, mentions, problems));
  timed(opts, 'validate', () => {
    problems.push(...validateTables(normalized.tables, normalized.origins, normalized.texts, normalized.brokenReferences));
    problems.push(...checkReviewState(snap));
  });
  if (snap.dataset && !snap.dataset.valid) delete snap.dataset;
  return {
    problems,
    ...(snap.dataset ? { meta: snap.dataset.value } : {}),
    tables: normalized.tables,
    sources: snap.sources.map(({ id, text, file, publicDomain, shownWhole }) => ({ id, text, file, publicDomain, shownWhole })),
  };
}
