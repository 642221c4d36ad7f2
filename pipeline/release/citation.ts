/**
 * Citation files (CITATION.cff, .zenodo.json). PLACEHOLDER until the releases issue lands:
 * the build calls this after publishing; paths are dist-relative.
 */
import type { FileTree } from '../core/fs.js';
import type { BuiltPackage } from '../model.js';

export function citationFiles(pkg: BuiltPackage): FileTree {
  void pkg;
  return new Map();
}
