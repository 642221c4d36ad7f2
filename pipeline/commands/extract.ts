import type { Command } from 'commander';
import { Option } from 'commander';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { count } from '../core/count.js';
import { readInputFile } from '../core/inputFile.js';
import { messages } from '../core/messages.js';
import { decodeUtf8, normalizeText } from '../core/text.js';
import { shownPath } from '../core/userFolder.js';
import { FORMAT_NAMES, type FormatName } from '../corpus/formatNames.js';
import type { OnError } from '../corpus/options.js';

interface ExtractFlags {
  json?: boolean;
  corpus?: string;
  out?: string;
  workers?: string;
  format: FormatName;
  shard?: string;
  onError: OnError;
  partRows?: string;
  read?: boolean;
  workerMemory?: string;
}

/** The options that mean something only with --corpus: commander's key and the flag as typed. */
const CORPUS_OPTIONS: readonly (readonly [string, string])[] = [
  ['out', '--out'],
  ['workers', '--workers'],
  ['format', '--format'],
  ['shard', '--shard'],
  ['onError', '--on-error'],
  ['read', '--read'],
  ['workerMemory', '--worker-memory'],
  ['partRows', '--part-rows'],
];

/**
 * `figures extract FILE [--json]`: every numeric mention in one text file.
 * `figures extract --corpus PATH --out DIR …`: every mention in a corpus, as part files
 * (pipeline/corpus/, docs/scale.md).
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('find every numeric mention in a text file (UTF-8), or in a corpus with --corpus')
    .argument('[file]', 'a text file')
    .option('--json', 'print a JSON array, one object per mention (with --corpus: print the manifest)')
    .option('--corpus <path>', 'a JSONL file ({"id", "text", …} per line), a folder of .txt files, or - for JSONL on standard input')
    .option('--out <dir>', 'with --corpus: the folder for part-NNNNN.<format>, documents/, rejects.jsonl and manifest.json')
    .option('--workers <n>', 'with --corpus: worker threads (default: the number of cores; 0: none)')
    .addOption(new Option('--format <format>', 'with --corpus: format of the part files').choices(FORMAT_NAMES).default('parquet'))
    .option('--shard <K/N>', 'with --corpus: only the documents whose id hashes to shard K of N (K from 0)')
    .addOption(
      new Option('--on-error <mode>', 'with --corpus: skip bad lines (counted, in rejects.jsonl) or fail with exit 1')
        .choices(['skip', 'fail'])
        .default('skip'),
    )
    .option('--read', "with --corpus: also write the reader's draft observations and claims (draft_observations/, draft_claims/)")
    .option(
      '--worker-memory <mb>',
      'with --corpus: MB of heap (old generation) per worker thread; the longest document follows it (default with --read 256, without: no cap; 0: no cap)',
    )
    .option('--part-rows <n>', 'with --corpus: rows per part file, at most (default 65536; a part also closes at 16 MB of Arrow data)')
    .action(async (file: string | undefined, opts: ExtractFlags, cmd: Command) => {
      if (opts.corpus !== undefined) {
        await extractCorpus(file, opts);
        return;
      }
      // Silently ignoring them would let `extract FILE --out DIR` look like it wrote DIR.
      const corpusOnly = CORPUS_OPTIONS.filter(([key]) => cmd.getOptionValueSource(key) === 'cli').map(([, flag]) => flag);
      if (corpusOnly.length > 0) throw new UsageError(messages.corpusOptionWithoutCorpus(corpusOnly));
      if (!file) throw new UsageError(messages.commandUsage('extract', 'extract needs a FILE, or --corpus PATH --out DIR.'));
      const bytes = readInputFile(file);
      // Loaded here: a corpus run needs the extractor only in its worker threads.
      const [{ extractMentions }, { formatMentionTable }] = await Promise.all([
        import('../extract/index.js'),
        import('../extract/formatTable.js'),
      ]);
      const text = normalizeText(decodeUtf8(bytes, file));
      const mentions = extractMentions(text);
      process.stdout.write(opts.json ? JSON.stringify(mentions, null, 2) + '\n' : formatMentionTable(mentions));
    });
}

async function extractCorpus(file: string | undefined, flags: ExtractFlags): Promise<void> {
  // Loaded here, not at the top: Arrow and the Parquet writer cost every other command
  // ~0.5 s of start-up otherwise.
  const [{ defaultOptions, parseShard, parseWorkers }, { parseWorkerMemory }, { diskOutputDir }, { runCorpus }] = await Promise.all([
    import('../corpus/options.js'),
    import('../corpus/workerMemory.js'),
    import('../corpus/outputDir.js'),
    import('../corpus/runCorpus.js'),
  ]);
  if (file !== undefined)
    throw new UsageError(messages.commandUsage('extract', `extract takes a FILE or --corpus, not both (got ${file}).`));
  if (!flags.out) throw new UsageError(messages.commandUsage('extract', 'extract --corpus needs --out DIR.'));
  const opts = defaultOptions(flags.corpus!, flags.out);
  if (flags.workers !== undefined) opts.workers = parseWorkers(flags.workers);
  if (flags.shard !== undefined) opts.shard = parseShard(flags.shard);
  if (flags.workerMemory !== undefined) opts.workerMemory = parseWorkerMemory(flags.workerMemory);
  if (flags.partRows !== undefined) {
    const n = Number(flags.partRows);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(
        messages.commandUsage('extract', `--part-rows ${JSON.stringify(flags.partRows)} is not a positive whole number.`),
      );
    opts.partRows = n;
  }
  opts.format = flags.format;
  opts.onError = flags.onError;
  if (flags.read) {
    // The reader's vocabularies, as `figures read` loads them: raw/vocab/ of the CLI's own checkout.
    const [{ loadReaderVocab }, { diskFS }, { ownRoot }] = await Promise.all([
      import('../read/loadVocab.js'),
      import('../core/fs.js'),
      import('../core/ownRoot.js'),
    ]);
    const root = ownRoot();
    opts.vocab = loadReaderVocab(diskFS(root), root);
  }
  const manifest = await runCorpus(opts, { out: diskOutputDir(opts.out) });
  if (flags.json) process.stdout.write(JSON.stringify(manifest, null, 2) + '\n');
  else {
    const shard = manifest.shard
      ? ` (shard ${manifest.shard.index}/${manifest.shard.count}; ${manifest.documents_other_shards} in other shards)`
      : '';
    const rejected = manifest.rejected ? `, ${manifest.rejected} rejected (see ${shownPath(join(opts.out, manifest.rejects.path))})` : '';
    const { draft_observations: obs, draft_claims: claims } = manifest.tables;
    const drafts = obs && claims ? `, ${count(obs.rows, 'draft observation')}, ${count(claims.rows, 'draft claim')}` : '';
    process.stdout.write(
      `${count(manifest.documents, 'document')}${shard}, ${count(manifest.mentions, 'mention')}${drafts}${rejected} → ${shownPath(opts.out)}\n`,
    );
  }
}
