import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from '../build.js';
import { diskFS, readText } from '../core/fs.js';
import { sha256 } from '../core/hash.js';
import { FiguresError, UsageError, type Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { DATASET_YAML } from '../release/datasetYaml.js';
import { planRelease, type BumpRequest, type ReleasePlan } from '../release/plan.js';
import { previousRelease, RELEASE_DIR } from '../release/previous.js';
import { CHANGELOG } from '../release/changelog.js';
import { recordReleases } from '../release/record.js';
import { recordOf } from '../release/recordOf.js';
import { syncVersion } from '../release/syncVersion.js';
import { uncommittedInputs } from '../release/uncommitted.js';
import { printWarnings } from './report.js';
import { prepareOut, writePackage } from './writePackage.js';

const BUMPS: readonly BumpRequest[] = ['auto', 'major', 'minor', 'patch'];

/** Writes through a temporary sibling and a rename, so a reader never sees half a file. */
function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

function report(plan: ReleasePlan, dryRun: boolean, inputs: readonly string[]): string {
  const what = `${plan.name} ${plan.version} (${plan.date})${plan.diff ? `, a ${plan.bump} release after ${plan.diff.old.version ?? plan.diff.old.label}` : ', the first release'}`;
  const lines = [
    dryRun ? `Dry run: would release ${what}. Nothing was written.` : `Released ${what}.`,
    ...(plan.diff?.reasons.map((r) => `  ${r.bump.padEnd(5)}  ${r.text}`) ?? []),
    '',
    `  ${plan.zipPath}`,
    `  SHA-256 ${plan.sha256}  (${plan.zip.length} bytes)`,
    '',
  ];
  if (dryRun)
    return [...lines, `Would update ${[...plan.files.keys()].join(', ')} and dist/. The changelog entry:`, '', plan.changelogEntry].join(
      '\n',
    );
  const toAdd = [...new Set([...plan.files.keys(), ...inputs])];
  lines.push(
    `Updated ${[...plan.files.keys()].join(', ')} and dist/.`,
    ...(inputs.length ? [`Built from inputs not yet committed, which the release commit must hold: ${inputs.join(', ')}.`] : []),
    'Nothing was committed, tagged or pushed. To publish:',
    `  git add ${toAdd.join(' ')} dist`,
    `  git commit -m "Release ${plan.version}"`,
    `  git tag -a v${plan.version} -m "${plan.name} ${plan.version} (zip SHA-256 ${plan.sha256})"`,
    `  git push origin HEAD v${plan.version}`,
    `and attach ${plan.zipPath} to the v${plan.version} release.`,
  );
  return lines.join('\n') + '\n';
}

/**
 * `figures release [--bump auto|major|minor|patch] [--date YYYY-MM-DD]`: diffs the working
 * tree's package with the previous release (see pipeline/release/previous.ts), sets the
 * version and date, writes the changelog entry, rebuilds dist/ and
 * writes a deterministic release/<name>-<version>.zip. Everything is computed in memory first;
 * only a complete release is written. It never commits, tags or pushes.
 */
export function registerRelease(program: Command): void {
  program
    .command('release')
    .description('set the next version, write the changelog entry, rebuild dist/ and write the release zip (never commits, tags or pushes)')
    .option('--bump <kind>', 'auto (from the diff with the previous release), major, minor or patch', 'auto')
    .option('--date <YYYY-MM-DD>', 'the release date (default: released in raw/dataset.yaml; no clock is read)')
    .option(
      '--sync',
      'only bring package.json, the citation blocks of README.md and docs/citing.md and the root CITATION.cff (a copy of dist/CITATION.cff) in line with raw/dataset.yaml; no release',
    )
    .option('--dry-run', 'print the version, the changelog entry and the zip SHA-256, and write nothing')
    .option('--record', 'after committing a release: write its commit and zip SHA-256 into its CHANGELOG entry')
    .action(async (opts: { bump: string; date?: string; sync?: boolean; dryRun?: boolean; record?: boolean }) => {
      if (opts.record) {
        const { text: out, recorded } = recordReleases(readText(diskFS('.'), CHANGELOG) ?? '', (v) => recordOf('.', v));
        const done = recorded.map(([v, r]) => `${v}: commit ${r.commit}, zip SHA-256 ${r.sha256}`);
        if (done.length === 0) throw new FiguresError([messages.nothingToRecord()]);
        // The zip `release` wrote is the one to attach, unless dist/ was rebuilt before the commit.
        const stale = recorded
          .map(([v, r]) => [v, `${RELEASE_DIR}/${r.zipName}`, r.sha256] as const)
          .filter(([, path, sha]) => existsSync(path) && sha256(new Uint8Array(readFileSync(path))) !== sha);
        printWarnings(stale.map(([v, path]) => messages.releaseZipStale(path, v)));
        writeFileAtomic(CHANGELOG, new TextEncoder().encode(out));
        process.stdout.write(
          `Recorded in ${CHANGELOG}:\n${done.map((d) => `  ${d}`).join('\n')}\nThen: npm run build && git add ${CHANGELOG} dist && git commit -m "Record the release"\n`,
        );
        return;
      }
      if (opts.sync) {
        const changed = syncVersion(diskFS('.'));
        for (const [path, bytes] of changed) writeFileAtomic(path, bytes);
        process.stdout.write(
          changed.size > 0
            ? `Synced with raw/dataset.yaml: ${[...changed.keys()].join(', ')}.\n`
            : 'Already in line with raw/dataset.yaml.\n',
        );
        return;
      }
      if (!BUMPS.includes(opts.bump as BumpRequest))
        throw new UsageError(messages.commandUsage('release', `--bump ${JSON.stringify(opts.bump)}: use one of ${BUMPS.join(', ')}.`));
      const fs = diskFS('.');
      if (readText(fs, DATASET_YAML) === undefined) throw new UsageError(messages.fileNotFound(DATASET_YAML));
      if (!opts.dryRun) prepareOut('.', 'dist'); // as `build` does: refuse a dist/ whose loss would cost something, before any work
      const previous = previousRelease('.');
      const inputs = uncommittedInputs('.'); // before the release writes raw/dataset.yaml
      let warnings: Problem[] = []; // of the last build, the one released
      const plan = await planRelease({
        fs,
        ...(previous ? { previous } : {}),
        bump: opts.bump as BumpRequest,
        ...(opts.date ? { date: opts.date } : {}),
        build: (f) => build(f, { onWarnings: (w) => (warnings = w), ...(previous ? { previous } : {}) }),
        record: (v) => recordOf('.', v),
      });
      printWarnings(warnings);
      if (opts.dryRun) {
        process.stdout.write(report(plan, true, inputs));
        return;
      }
      writePackage('.', 'dist', plan.dist);
      writeFileAtomic(plan.zipPath, plan.zip);
      for (const [path, bytes] of plan.files) writeFileAtomic(path, bytes);
      process.stdout.write(report(plan, false, inputs));
    });
}
