/**
 * `figures read FILE [--json]`: the reader's drafts for one text (pipeline/read/,
 * docs/reading.md) — observations, claims and the mentions it leaves aside, each with its
 * evidence — without curation.
 */
import type { Command } from 'commander';
import { basename, dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { diskFS } from '../core/fs.js';
import { readInputFile } from '../core/inputFile.js';
import { messages } from '../core/messages.js';
import { ownRoot } from '../core/ownRoot.js';
import { decodeUtf8, normalizeText } from '../core/text.js';

export function registerRead(program: Command): void {
  program
    .command('read')
    .description('draft the observations and claims of a text file (UTF-8), with the evidence for every field')
    .argument('[file]', 'a text file')
    .option('--json', 'print {observations, claims, ignored} as JSON')
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      if (!file) throw new UsageError(messages.commandUsage('read', 'read needs a FILE: npm run figures -- read path/to/text.txt'));
      const bytes = readInputFile(file);
      const [{ buildLexicon, readText }, { loadReaderVocab }, { formatReading }] = await Promise.all([
        import('../read/index.js'),
        import('../read/loadVocab.js'),
        import('../read/format.js'),
      ]);
      const text = normalizeText(decodeUtf8(bytes, file));
      // X.source.yaml beside X.txt, if any, as suggest finds a source's sidecar.
      const { sidecarContext } = await import('../review/sidecarContext.js');
      const root = ownRoot();
      const reading = readText(
        text,
        buildLexicon(loadReaderVocab(diskFS(root), root)),
        undefined,
        sidecarContext(diskFS(dirname(file)), basename(file)),
      );
      process.stdout.write(opts.json ? JSON.stringify(reading, null, 2) + '\n' : formatReading(reading));
    });
}
