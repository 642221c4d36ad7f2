/** Turns any thrown value into a report on stderr (or JSON on stdout) and an exit code. */
import { EXIT, FiguresError, type ExitCode, type Problem } from '../core/errors.js';
import { formatProblems, internalErrorText } from '../core/messages.js';

export function reportFailure(e: unknown, opts: { debug: boolean; json: boolean }): ExitCode {
  if (e instanceof FiguresError) {
    if (opts.json) process.stdout.write(JSON.stringify({ ok: false, exitCode: e.exitCode, problems: e.problems }, null, 2) + '\n');
    else process.stderr.write(formatProblems(e.problems) + '\n');
    if (opts.debug) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const detail = e instanceof Error ? e.message : String(e);
  process.stderr.write(internalErrorText(detail));
  if (opts.debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return EXIT.internal;
}

/** Warnings of a build that succeeded, on stderr; nothing when there are none. */
export function printWarnings(warnings: Problem[]): void {
  if (warnings.length > 0) process.stderr.write(formatProblems(warnings) + '\n');
}
