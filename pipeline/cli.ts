#!/usr/bin/env node
/**
 * Thin CLI: `npm run figures -- <command>`. Parses arguments, dispatches to the library
 * (one module per command in pipeline/commands/), and maps errors to exit codes:
 * 0 ok, 1 data errors, 2 usage errors, 3 internal errors (see pipeline/core/errors.ts).
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { EXIT } from './core/errors.js';
import { reportFailure } from './commands/report.js';
import type { Command as CommandType } from 'commander';

type Register = (program: CommandType) => void;

// Compiled (bin/compile.js), stack traces point into build/; with --debug they name the
// TypeScript sources instead. Only modules loaded from here on are mapped: the commands.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that closes the pipe early (`figures extract FILE | head`) has all it wanted: stop
// quietly, as Unix tools do, instead of an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });

// Each command module is loaded only when its command runs (or for --help): the build, the
// site and the corpus tool pull in heavy libraries that `extract FILE` should not pay for.
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./commands/build.js')).registerBuild,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  read: async () => (await import('./commands/read.js')).registerRead,
  review: async () => (await import('./commands/review.js')).registerReview,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  release: async () => (await import('./commands/release.js')).registerRelease,
  verify: async () => (await import('./commands/verify.js')).registerVerify,
  suggest: async () => (await import('./commands/suggest.js')).registerSuggest,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  zip: async () => (await import('./commands/zip.js')).registerZip,
  'merge-shards': async () => (await import('./commands/mergeShards.js')).registerMergeShards,
};

/** The dataset's version: package.json follows raw/dataset.yaml (`figures release --sync`). */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown (no package.json beside the CLI)';
  }
}

const program = new Command('figures')
  .description('Build, check and release the China–Russia dual-use supply figures data package.')
  .version(packageVersion(), '-V, --version', "print the dataset's version")
  .option('--debug', 'show stack traces of internal errors')
  .exitOverride()
  .showHelpAfterError();

const named = process.argv.slice(2).find((a) => !a.startsWith('-'));
const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);

try {
  for (const name of wanted) (await COMMANDS[name]!())(program);
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Commander already printed its message; help and version are not failures.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = reportFailure(e, { debug: Boolean(program.opts().debug), json: process.argv.includes('--json') });
  }
}
