import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures verify` — placeholder until its issue lands. */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'verify' is not implemented yet."));
    });
}
