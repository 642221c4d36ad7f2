import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures serve` — placeholder until its issue lands. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'serve' is not implemented yet."));
    });
}
