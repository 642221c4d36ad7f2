import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures validate` — placeholder until its issue lands. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'validate' is not implemented yet."));
    });
}
