/**
 * Citation files of the data package (dist-relative paths): CITATION.cff and .zenodo.json,
 * both from raw/dataset.yaml (version, date, creators, licence) and the sources table.
 * The build calls this after publishing the data files.
 */
import type { FileTree } from '../core/fs.js';
import type { BuiltPackage } from '../model/index.js';
import { renderCff } from './cff.js';
import { renderZenodo } from './zenodo.js';

export function citationFiles(pkg: BuiltPackage): FileTree {
  const enc = new TextEncoder();
  return new Map([
    ['CITATION.cff', enc.encode(renderCff(pkg.meta, pkg.tables.sources))],
    ['.zenodo.json', enc.encode(renderZenodo(pkg.meta, pkg.tables.sources))],
  ]);
}
