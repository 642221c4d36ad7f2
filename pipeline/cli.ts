#!/usr/bin/env node
/**
 * Thin CLI: `npm run figures -- <command>`. Parses arguments, dispatches to the library
 * (one module per command in pipeline/commands/), and maps errors to exit codes:
 * 0 ok, 1 data errors, 2 usage errors, 3 internal errors (see pipeline/core/errors.ts).
 */
import { Command, CommanderError } from 'commander';
import { EXIT } from './core/errors.js';
import { reportFailure } from './commands/report.js';
import { registerBuild } from './commands/build.js';
import { registerExtract } from './commands/extract.js';
import { registerValidate } from './commands/validate.js';
import { registerDiff } from './commands/diff.js';
import { registerRelease } from './commands/release.js';
import { registerVerify } from './commands/verify.js';
import { registerSuggest } from './commands/suggest.js';
import { registerServe } from './commands/serve.js';

const program = new Command('figures')
  .description('Build, check and release the China–Russia dual-use supply figures data package.')
  .option('--debug', 'show stack traces of internal errors')
  .exitOverride()
  .showHelpAfterError();

for (const register of [registerBuild, registerExtract, registerValidate, registerDiff, registerRelease, registerVerify, registerSuggest, registerServe]) {
  register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Commander already printed its message; help and version are not failures.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = reportFailure(e, { debug: Boolean(program.opts().debug), json: process.argv.includes('--json') });
  }
}
