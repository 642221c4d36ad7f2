import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { formatProblems, messages } from '../core/messages.js';
import { existsSync } from 'node:fs';
import { diffPackages, loadPackage } from '../release/diff/index.js';
import type { DataPackage } from '../release/diff/types.js';
import { requireRelease, versionOf } from '../release/previous.js';
import { formatDiff } from '../release/diff/format.js';

/** A folder or zip as given; a version (1.0.0, v1.0.0) through its tag, zip or release commit; else a git ref. */
function resolvePackage(spec: string): DataPackage {
  const version = versionOf(spec);
  if (version === undefined || existsSync(spec)) return loadPackage(spec);
  return requireRelease('.', version);
}

/**
 * `figures diff OLD NEW [--json]`: compares two releases row by row and classifies the bump.
 * OLD and NEW are versions (1.0.0: found from the repository alone), package folders, release zips or git refs. Exit 0 whatever the difference
 * (like `git diff`); warnings (files that contradict their datapackage.json) go to stderr,
 * or into the JSON.
 */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('compare two releases (a dist/ folder, a release zip or a git ref) row by row and classify the version bump')
    .argument(
      '[old]',
      'the earlier package: a version (1.0.0), a folder holding datapackage.json, a release zip, or a git ref (its committed dist/)',
    )
    .argument('[new]', 'the later package, the same kinds')
    .option('--json', 'print {"bump", "tables", …} as JSON')
    .action((oldSpec: string | undefined, newSpec: string | undefined, opts: { json?: boolean }) => {
      if (!oldSpec || !newSpec)
        throw new UsageError(messages.commandUsage('diff', 'diff needs OLD and NEW, e.g. npm run figures -- diff 1.0.0 dist'));
      const d = diffPackages(resolvePackage(oldSpec), resolvePackage(newSpec));
      if (opts.json) {
        const { bump, old, new: next, reasons, tables, resources, metadata, files, warnings } = d;
        process.stdout.write(
          JSON.stringify({ bump, old, new: next, reasons, tables, resources, metadata, files, warnings }, null, 2) + '\n',
        );
        return;
      }
      process.stdout.write(formatDiff({ ...d, warnings: [] }));
      if (d.warnings.length > 0) process.stderr.write(formatProblems(d.warnings) + '\n');
    });
}
