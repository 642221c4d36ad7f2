/** `figures build`: the build run for a user — timed stages, warnings and a summary on stderr, the package swapped into place. */
import type { Command } from 'commander';
import { requireCheckout } from './checkout.js';
import { rootOption } from './rootOption.js';
import { join } from 'node:path';
import type { Problem } from '../core/errors.js';
import { diskFS } from '../core/fs.js';
import { printWarnings } from './report.js';
import { build } from '../build.js';
import { previousRelease } from '../release/previous.js';
import { prepareOut, writePackage } from './writePackage.js';
import { refreshRootCitation } from './rootCitation.js';

/**
 * `figures build [--timings] [--root DIR] [--out DIR]`: builds the package in memory from
 * DIR/raw and swaps it into the output folder atomically — a failed build leaves it untouched.
 * Warnings go to stderr; with --timings, the time of each stage too.
 */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the data package from raw/ into dist/ (atomically: a failed build leaves dist/ untouched)')
    .option('--timings', 'print the time each stage took to stderr')
    .addOption(rootOption())
    .option('--out <dir>', 'output folder (default: dist in the project folder)')
    .action((opts: { timings?: boolean; root: string; out?: string }) => {
      requireCheckout(opts.root, 'build');
      const out = opts.out ?? join(opts.root, 'dist');
      const t0 = performance.now();
      const stages: [string, number][] = [];
      prepareOut(opts.root, out); // before the build, so a wrong --out costs no waiting
      const warnings: Problem[] = [];
      // The previous release, for each figure's history (git tag, release zip or release commit).
      const previous = previousRelease(opts.root);
      const tree = build(diskFS(opts.root), {
        onStage: (stage, ms) => stages.push([stage, ms]),
        onWarnings: (w) => warnings.push(...w),
        ...(previous ? { previous } : {}),
      });
      const w0 = performance.now();
      writePackage(opts.root, out, tree);
      const citationRefreshed = refreshRootCitation(opts.root, out, tree);
      stages.push(['write', performance.now() - w0]);
      // After the write, so warnings never stand for a failure: the package is in place.
      printWarnings(warnings);
      if (opts.timings) {
        for (const [stage, ms] of stages) process.stderr.write(`${stage.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms\n`);
        process.stderr.write(`${'total'.padEnd(10)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms\n`);
      }
      const bytes = [...tree.values()].reduce((n, b) => n + b.length, 0);
      process.stderr.write(`built ${out}/: ${tree.size} files, ${bytes} bytes\n`);
      if (citationRefreshed)
        process.stderr.write(`updated ${join(opts.root, 'CITATION.cff')}, the copy of ${out}/CITATION.cff: commit it with dist/\n`);
    });
}
