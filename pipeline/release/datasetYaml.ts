/**
 * Reads and edits raw/dataset.yaml, the one place that holds the version and release date.
 * Edits go through the `yaml` Document API so comments, key order and quoting survive.
 */
import { parseDocument, Scalar } from 'yaml';
import type { DatasetMeta } from '../model.js';

export const DATASET_YAML = 'raw/dataset.yaml';

/** The metadata as plain values (validation against schemas/dataset.schema.json is the build's job). */
export function readDatasetMeta(text: string): DatasetMeta {
  return parseDocument(text).toJS() as DatasetMeta;
}

/** Returns the file with `version` and `released` replaced and everything else untouched. */
export function setDatasetVersion(text: string, version: string, released: string): string {
  const doc = parseDocument(text);
  for (const [key, value] of [['version', version], ['released', released]] as const) {
    const node = doc.get(key, true);
    if (node instanceof Scalar) node.value = value; // keeps the node's quoting style and comments
    else doc.set(key, value);
  }
  return doc.toString();
}
