/**
 * Reads and edits raw/dataset.yaml, the one place that holds the version and release date.
 * The `yaml` Document API finds the two scalar nodes and their source ranges; only those
 * characters are replaced, in the node's own quoting style, so comments, folding, flow lists
 * and every other byte stay as the maintainer wrote them (re-serializing the whole document
 * would reformat, e.g. `[a]` → `[ a ]`, and refold long lines).
 */
import { isScalar, parseDocument, Scalar } from 'yaml';
import type { DatasetMeta } from '../model/index.js';

export const DATASET_YAML = 'raw/dataset.yaml';

/** The metadata as plain values (validation against schemas/dataset.schema.json is the build's job). */
export function readDatasetMeta(text: string): DatasetMeta {
  return parseDocument(text).toJS() as DatasetMeta;
}

function source(node: Scalar, value: string): string {
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return value; // versions and ISO dates are plain strings in YAML 1.2
}

/** Returns the file with `version` and `released` replaced and everything else untouched. */
export function setDatasetVersion(text: string, version: string, released: string): string {
  const doc = parseDocument(text);
  const edits = (
    [
      ['version', version],
      ['released', released],
    ] as const
  ).map(([key, value]) => {
    const node = doc.get(key, true);
    if (!isScalar(node) || !node.range) throw new Error(`${DATASET_YAML}: ${key} is not a scalar`);
    return { start: node.range[0], end: node.range[1], replacement: source(node, value) };
  });
  // Splice from the end so earlier offsets stay valid.
  return edits.sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.replacement + t.slice(e.end), text);
}
