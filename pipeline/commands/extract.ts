import type { Command } from 'commander';
import { readFileSync, existsSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { decodeUtf8, normalizeText } from '../core/text.js';
import { extractMentions } from '../extract/index.js';
import { formatMentionTable } from '../extract/formatTable.js';

/** `figures extract FILE [--json]`: every numeric mention in one text file. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('find every numeric mention in a text file (UTF-8)')
    .argument('[file]', 'a text file')
    .option('--json', 'print a JSON array, one object per mention')
    .action((file: string | undefined, opts: { json?: boolean }) => {
      if (!file) throw new UsageError(messages.usage('extract needs a FILE.'));
      if (!existsSync(file)) throw new UsageError(messages.fileNotFound(file));
      const text = normalizeText(decodeUtf8(new Uint8Array(readFileSync(file)), file));
      const mentions = extractMentions(text);
      process.stdout.write(opts.json ? JSON.stringify(mentions, null, 2) + '\n' : formatMentionTable(mentions));
    });
}
