import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { diskFS, readText } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { CHANGELOG } from '../release/changelog.js';
import { releaseCommit, requireRelease, versionOf } from '../release/previous.js';
import { recordedSha256 } from '../release/record.js';
import { releaseZipOf } from '../release/releaseZip.js';
import { printWarnings } from './report.js';

/**
 * `figures zip VERSION`: makes the release zip of VERSION again, from the repository alone (its
 * tag, else the commit that set the version; never a zip already in release/, which is what it
 * checks): the zip is deterministic, so its SHA-256 is the one the CHANGELOG records for that
 * release, and it says so, or warns when it is not.
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
      const pkg = requireRelease('.', version, true);
      const z = releaseZipOf(pkg);
      mkdirSync(dirname(z.path), { recursive: true });
      writeFileSync(z.path, z.zip);
      const commit = releaseCommit('.', version);
      const recorded = recordedSha256(readText(diskFS('.'), CHANGELOG) ?? '', version);
      process.stdout.write(
        `${z.path}\n  SHA-256 ${z.sha256}  (${z.zip.length} bytes)\n  from ${pkg.label}${commit ? `, release commit ${commit}` : ''}\n` +
          (recorded === z.sha256 ? `  matches the SHA-256 ${CHANGELOG} records for ${version}\n` : ''),
      );
      if (recorded !== undefined && recorded !== z.sha256) printWarnings([messages.releaseZipDiffers(version, recorded, z.sha256)]);
    });
}
