import type { Command } from 'commander';
import { diskFS, recoverInterruptedWrite, writeTreeAtomic } from '../core/fs.js';
import { build } from '../build.js';

/**
 * `figures build [--timings]`: builds the package in memory from raw/ and swaps it into dist/
 * atomically — a failed build leaves dist/ as it was. Warnings go to stderr; with --timings,
 * the time of each stage too.
 */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the data package from raw/ into dist/ (atomically: a failed build leaves dist/ untouched)')
    .option('--timings', 'print the time each stage took to stderr')
    .option('--out <dir>', 'output folder', 'dist')
    .action((opts: { timings?: boolean; out: string }) => {
      const t0 = performance.now();
      const stages: [string, number][] = [];
      const tree = build(diskFS('.'), { onStage: (stage, ms) => stages.push([stage, ms]) });
      recoverInterruptedWrite(opts.out);
      const w0 = performance.now();
      writeTreeAtomic(opts.out, tree);
      stages.push(['write', performance.now() - w0]);
      if (opts.timings) {
        for (const [stage, ms] of stages) process.stderr.write(`${stage.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms\n`);
        process.stderr.write(`${'total'.padEnd(10)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms\n`);
      }
      const bytes = [...tree.values()].reduce((n, b) => n + b.length, 0);
      process.stderr.write(`built ${opts.out}/: ${tree.size} files, ${bytes} bytes\n`);
    });
}
