import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures suggest` — placeholder until its issue lands. */
export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'suggest' is not implemented yet."));
    });
}
