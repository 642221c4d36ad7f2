import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures release` — placeholder until its issue lands. */
export function registerRelease(program: Command): void {
  program
    .command('release')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'release' is not implemented yet."));
    });
}
