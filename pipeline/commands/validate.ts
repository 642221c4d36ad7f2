/** `figures validate`: the build's checks alone, so a curator can test an edit without touching dist/. */
import type { Command } from 'commander';
import { requireCheckout } from './checkout.js';
import { rootOption } from './rootOption.js';
import { EXIT } from '../core/errors.js';
import { diskFS } from '../core/fs.js';
import { formatProblems } from '../core/messages.js';
import { check } from '../check.js';
import { allStaleReviews } from '../review/load.js';

/**
 * `figures validate [--json] [--root DIR]`: every check of the build (snapshot, extract,
 * normalize, validate) and the review-stale check, which runs the reader; nothing written. Exit 0 when valid, 1 on data errors.
 */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check raw/ as the build would, without writing anything')
    .option('--json', 'print the report as JSON on stdout')
    .addOption(rootOption())
    .action((opts: { json?: boolean; root: string }) => {
      requireCheckout(opts.root, 'validate');
      const fs = diskFS(opts.root);
      const { problems, tables } = check(fs);
      // Beyond the build: the reader reads every source again, and a review of an older proposal is reported.
      problems.push(...allStaleReviews(fs));
      const errors = problems.filter((p) => p.severity === 'error').length;
      const ok = errors === 0;
      if (opts.json) {
        const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, (v as unknown[]).length]));
        process.stdout.write(JSON.stringify({ ok, exitCode: ok ? EXIT.ok : EXIT.data, rows: counts, problems }, null, 2) + '\n');
      } else if (problems.length > 0) process.stderr.write(formatProblems(problems) + '\n');
      else process.stderr.write('valid: no problems.\n');
      process.exitCode = ok ? EXIT.ok : EXIT.data;
    });
}
