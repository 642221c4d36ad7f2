import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures diff` — placeholder until its issue lands. */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'diff' is not implemented yet."));
    });
}
