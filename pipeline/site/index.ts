/**
 * The documentation site (dist/site/). PLACEHOLDER until the site issue lands: the build
 * calls this after publishing the data files; it returns site-relative paths under "site/".
 */
import type { FileTree } from '../core/fs.js';
import type { BuiltPackage } from '../model.js';

export function buildSite(pkg: BuiltPackage): FileTree {
  void pkg;
  return new Map();
}
