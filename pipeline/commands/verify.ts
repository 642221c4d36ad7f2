import type { Command } from 'commander';
import { build } from '../build.js';
import { diskFS, readText } from '../core/fs.js';
import { FiguresError } from '../core/errors.js';
import { DATASET_YAML, readDatasetMeta } from '../release/datasetYaml.js';
import { previousRelease } from '../release/previous.js';
import { verifyDist } from '../release/verify.js';
import { requireCheckout } from './checkout.js';
import { printWarnings } from './report.js';

/**
 * `figures verify`: rebuilds the package in memory and compares every byte with dist/, and
 * checks that every file stating the version agrees with raw/dataset.yaml. Exit 1 naming each
 * differing, missing or extra file; `.ci/run` runs it after the tests.
 */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('rebuild in memory and compare every byte with dist/; exit 1 on any difference')
    .action(async () => {
      requireCheckout('.', 'verify');
      const fs = diskFS('.');
      const previous = previousRelease('.');
      const { built, problems } = await verifyDist(fs, (f) => build(f, { onWarnings: printWarnings, ...(previous ? { previous } : {}) }));
      if (problems.length > 0) throw new FiguresError(problems);
      const version = readDatasetMeta(readText(fs, DATASET_YAML) ?? '').version;
      process.stdout.write(
        `dist/ verified: its ${built} files are byte for byte what a fresh build makes; every file states version ${version}.\n`,
      );
    });
}
