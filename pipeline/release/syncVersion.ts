/**
 * The version sync step that `release` runs (and `release --sync` alone): package.json, the
 * root entries of package-lock.json (npm keeps them equal to package.json) and the citation
 * blocks of README.md and docs/citing.md take the version and metadata of raw/dataset.yaml,
 * and the root CITATION.cff becomes a copy of dist/CITATION.cff (GitHub's "Cite this
 * repository" and Zenodo's GitHub integration read the root; the build writes the package's).
 * package.json and the lock are npm's own formatting (2-space JSON and a final newline), so
 * parsing and re-serializing changes nothing but the version.
 */
import { readText, type FileTree, type ReadFS } from '../core/fs.js';
import { CITATION_BLOCK_FILES, updateCitationBlock } from './citationBlock.js';
import { DATASET_YAML, readDatasetMeta } from './datasetYaml.js';

function withVersion(text: string, version: string, lock: boolean): string {
  const json = JSON.parse(text) as { version?: string; packages?: Record<string, { version?: string }> };
  json.version = version;
  if (lock && json.packages?.['']) json.packages[''].version = version;
  return JSON.stringify(json, null, 2) + '\n';
}

/** The files that must change to agree with raw/dataset.yaml, with their new contents; empty when all agree. */
/** The citation file at the repository root: a copy of dist/CITATION.cff. */
export const ROOT_CITATION = 'CITATION.cff';

export function syncVersion(fs: ReadFS): FileTree {
  const meta = readDatasetMeta(readText(fs, DATASET_YAML) ?? '');
  const out: FileTree = new Map();
  const enc = new TextEncoder();
  for (const [file, lock] of [
    ['package.json', false],
    ['package-lock.json', true],
  ] as const) {
    const text = readText(fs, file);
    if (text === undefined) continue;
    const next = withVersion(text, meta.version, lock);
    if (next !== text) out.set(file, enc.encode(next));
  }
  for (const file of CITATION_BLOCK_FILES) {
    const text = readText(fs, file);
    if (text === undefined) continue;
    const next = updateCitationBlock(text, meta);
    if (next !== text) out.set(file, enc.encode(next));
  }
  const cff = rootCitationUpdate(fs);
  if (cff) out.set(ROOT_CITATION, cff);
  return out;
}

/** dist/CITATION.cff when the root copy is missing or differs from it; undefined when it agrees (or there is no dist/). */
export function rootCitationUpdate(fs: ReadFS): Uint8Array | undefined {
  const cff = fs.read(`dist/${ROOT_CITATION}`);
  const root = fs.read(ROOT_CITATION);
  return cff && (!root || Buffer.compare(root, cff) !== 0) ? cff : undefined;
}
