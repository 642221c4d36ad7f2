import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** `figures build` — placeholder until its issue lands. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError(messages.usage("'build' is not implemented yet."));
    });
}
