/**
 * The version sync step that `release` runs: package.json (and the root entries of
 * package-lock.json, which npm keeps equal to it) take the version of raw/dataset.yaml.
 * Both files are npm's own formatting (2-space JSON and a final newline), so parsing and
 * re-serializing changes nothing but the version.
 */
import { readText, type FileTree, type ReadFS } from '../core/fs.js';
import { DATASET_YAML, readDatasetMeta } from './datasetYaml.js';

function withVersion(text: string, version: string, lock: boolean): string {
  const json = JSON.parse(text) as { version?: string; packages?: Record<string, { version?: string }> };
  json.version = version;
  if (lock && json.packages?.['']) json.packages[''].version = version;
  return JSON.stringify(json, null, 2) + '\n';
}

/**
 * The files whose version must change to `version` (default: the one in raw/dataset.yaml),
 * with their new contents; empty when everything already agrees.
 */
export function syncVersion(fs: ReadFS, version?: string): FileTree {
  const target = version ?? readDatasetMeta(readText(fs, DATASET_YAML) ?? '').version;
  const out: FileTree = new Map();
  for (const [file, lock] of [['package.json', false], ['package-lock.json', true]] as const) {
    const text = readText(fs, file);
    if (text === undefined) continue;
    const next = withVersion(text, target, lock);
    if (next !== text) out.set(file, new TextEncoder().encode(next));
  }
  return out;
}
