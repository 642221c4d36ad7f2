import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { releaseCommit, requireRelease, versionOf } from '../release/previous.js';
import { releaseZipOf } from '../release/releaseZip.js';

/**
 * `figures zip VERSION`: makes the release zip of VERSION again, from the repository alone (its
 * tag, else the commit that set the version): the zip is deterministic, so its SHA-256 is the one
 * the CHANGELOG records for that release.
 */
export function registerZip(program: Command): void {
  program
    .command('zip')
    .description('make the exact release zip of a version again from the repository (its tag or release commit) and print its SHA-256')
    .argument('<version>', 'the release, e.g. 1.0.0')
    .action((spec: string) => {
      const version = versionOf(spec);
      if (version === undefined)
        throw new UsageError(messages.commandUsage('zip', `${JSON.stringify(spec)} is not a version; give one such as 1.0.0.`));
      const pkg = requireRelease('.', version);
      const z = releaseZipOf(pkg);
      mkdirSync(dirname(z.path), { recursive: true });
      writeFileSync(z.path, z.zip);
      const commit = releaseCommit('.', version);
      process.stdout.write(
        `${z.path}\n  SHA-256 ${z.sha256}  (${z.zip.length} bytes)\n  from ${pkg.label}${commit ? `, release commit ${commit}` : ''}\n`,
      );
    });
}
