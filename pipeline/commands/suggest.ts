/** `figures suggest`: writes the planned drafts of pipeline/suggest to disk and says what is left to review. */
import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { requireCheckout } from './checkout.js';
import { UsageError } from '../core/errors.js';
import { diskFS } from '../core/fs.js';
import { readInputFile } from '../core/inputFile.js';
import { messages } from '../core/messages.js';
import { extractMentions } from '../extract/index.js';
import { planSuggest } from '../suggest/index.js';

/** `figures suggest FILE [--id ID] [--force]`: draft annotation and sidecar for a new text. */
export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description('draft raw/annotations/<id>.yaml and raw/sources/<id>.source.yaml for a new text (copied into raw/sources/)')
    .argument('[file]', 'the text file (UTF-8)')
    .option('--id <id>', 'source id (a slug); default: the file name without .txt')
    .option('--force', 'replace an existing annotation with a fresh draft (its edits are lost)')
    .action((file: string | undefined, opts: { id?: string; force?: boolean }) => {
      if (!file)
        throw new UsageError(messages.commandUsage('suggest', 'suggest needs a FILE: npm run figures -- suggest path/to/text.txt'));
      const bytes = readInputFile(file);
      requireCheckout('.', 'suggest');
      const plan = planSuggest(diskFS('.'), { file, bytes, id: opts.id, force: Boolean(opts.force) }, extractMentions);
      for (const w of plan.writes) {
        mkdirSync(dirname(w.path), { recursive: true });
        writeFileSync(w.path, w.bytes);
      }
      const lines = [
        ...plan.writes.map((w) => `wrote ${w.path}`),
        ...plan.kept.map((k) => `kept  ${k} (already there)`),
        `${plan.observations} draft observation(s), ${plan.claims} draft claim(s), ${plan.ignored} ignore entr${plan.ignored === 1 ? 'y' : 'ies'}, ${plan.entities} draft entit${plan.entities === 1 ? 'y' : 'ies'}; ${plan.todos} TODO(s) to review in the annotation.`,
        `Next: review raw/annotations/${plan.id}.yaml and the sidecar (docs/adding-a-source.md), then npm run build.`,
        `  Decide the drafts with 'npm run figures -- review ${plan.id}' (--accept N / --reject N), replace the TODOs left by hand, and run 'npm run figures -- validate' until it says "valid: no problems."`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}
