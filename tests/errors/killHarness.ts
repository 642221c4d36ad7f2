/**
 * The write half of `figures build`, as a process the kill test can SIGKILL at any instant:
 * reads a built package from TREE (a folder), says "ready", then calls writePackage — the very
 * function the build command calls with the tree it built — and says "done <ms>".
 *
 *   node --import tsx tests/errors/killHarness.ts ROOT TREE
 */
import { join } from 'node:path';
import { writePackage } from '../../pipeline/commands/writePackage.js';
import { readTree } from './fixtures.js';

const [root, treeDir] = process.argv.slice(2) as [string, string];
const tree = readTree(treeDir);
process.stdout.write('ready\n');
const t0 = performance.now();
writePackage(root, join(root, 'dist'), tree);
process.stdout.write(`done ${(performance.now() - t0).toFixed(1)}\n`);
