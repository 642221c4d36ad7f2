/**
 * The version sync step that `release` runs (and `release --sync` alone): package.json, the
 * root entries of package-lock.json (npm keeps them equal to package.json) and the citation
 * blocks of README.md and docs/citing.md take the version and metadata of raw/dataset.yaml.
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
export function syncVersion(fs: ReadFS): FileTree {
  const meta = readDatasetMeta(readText(fs, DATASET_YAML) ?? '');
  const out: FileTree = new Map();
  const enc = new TextEncoder();
  for (const [file, lock] of [['package.json', false], ['package-lock.json', true]] as const) {
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
  return out;
}
