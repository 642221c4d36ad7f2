/**
 * Corpus reading (`extract --corpus --read`): the draft tables hold what the single-file
 * reader (`figures read`) gives for the same text, row for row, whatever the number of worker
 * threads; their columns are the draft schemas', which are the reader's fields.
 */
import { describe, expect, it } from 'vitest';
import { FiguresError } from '../../pipeline/core/errors.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { decodeUtf8, normalizeText } from '../../pipeline/core/text.js';
import { defaultOptions, type CorpusOptions } from '../../pipeline/corpus/options.js';
import { mergeShards, shardFolder, type ShardFolder } from '../../pipeline/corpus/mergeShards.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { processBatch } from '../../pipeline/corpus/processBatch.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { DRAFT_CLAIM_COLUMNS, DRAFT_OBSERVATION_COLUMNS } from '../../pipeline/corpus/tableSchema.js';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { memoryInput } from './fixtures/corpus.js';

const vocab = loadReaderVocab(diskFS('.'));
const lexicon = buildLexicon(vocab);

/** Texts written for this test: statistics and claims, a CRLF line end, a decomposed accent, a BOM, Markdown. */
const TEXTS: Record<string, string> = {
  'news-1':
    "Nearly 70% of Russia's approximately $900 million in machine tool imports in the last quarter of 2023 came from China, two senior officials said.",
  'news-2': "China's exports to Russia fell 2.3% in the first quarter of 2024,\r\nwhile exports of chips tripled.",
  'news-3':
    'Officials said North Korea has shipped more than 6,700 containers of munitions to Russia since August 2023. China denies supplying weapons to Russia.',
  'news-4':
    '\uFEFFThe State Department said China supplies Russia with most of the microelectronics it uses in missiles. Cafe\u0301 owners paid 12 roubles.',
  // Markdown: the reader reads its blanked words, where "over **12,000**" keeps its hedge.
  markdown:
    '## Drone parts\n\nRussia imported over **12,000** drone engines from China in 2024, according to [customs data compiled by analysts](https://example.org/data).',
  'no-drafts': 'Nothing here is about trade: 3 cats slept for 2 hours.',
};

const jsonl = Object.entries(TEXTS)
  .map(([id, text]) => JSON.stringify({ id, text, url: `https://example.org/${id}` }))
  .join('\n');

/** The single-file reading: what `figures read --json FILE` prints for the text as a file. */
function singleFile(text: string) {
  return readText(normalizeText(decodeUtf8(new TextEncoder().encode(text), 'x.txt')), lexicon);
}

const JSON_COLUMNS = new Set([...DRAFT_OBSERVATION_COLUMNS, ...DRAFT_CLAIM_COLUMNS].filter((c) => c.json).map((c) => c.name));

/** The rows of a table from JSONL parts, JSON columns parsed back. */
function tableRows(files: Map<string, Uint8Array>, parts: { path: string }[]) {
  return parts.flatMap((p) =>
    new TextDecoder()
      .decode(files.get(p.path))
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const row = JSON.parse(line) as Record<string, unknown>;
        for (const k of Object.keys(row)) if (JSON_COLUMNS.has(k)) row[k] = JSON.parse(row[k] as string);
        return row;
      }),
  );
}

async function run(over: Partial<CorpusOptions>) {
  const opts: CorpusOptions = { ...defaultOptions('corpus.jsonl', 'out'), format: 'jsonl', vocab, partRows: 4, ...over };
  const out = memoryOutputDir();
  const manifest = await runCorpus(opts, { out, input: memoryInput(jsonl, opts.batchBytes) });
  return { manifest, files: out.files };
}

describe('extract --corpus --read', () => {
  const expected = Object.entries(TEXTS).map(([id, text]) => ({ id, reading: singleFile(text) }));
  const observations = expected.flatMap(({ id, reading }) => reading.observations.map((o) => ({ doc_id: id, ...o })));
  const claims = expected.flatMap(({ id, reading }) => reading.claims.map((c) => ({ doc_id: id, ...c })));

  it('has texts that give both kinds of draft', () => {
    expect(observations.length).toBeGreaterThan(3);
    expect(claims.length).toBeGreaterThan(1);
  });

  for (const workers of [0, 2]) {
    it(`writes the drafts the single-file reader gives, in document order (${workers} worker threads)`, async () => {
      const { manifest, files } = await run({ workers, batchBytes: 200 });
      const t = manifest.tables;
      expect(Object.keys(t)).toEqual(['mentions', 'documents', 'draft_observations', 'draft_claims']);
      expect(t.draft_observations!.parts.length).toBeGreaterThan(1); // 4 rows a part
      expect(tableRows(files, t.draft_observations!.parts)).toEqual(observations);
      expect(tableRows(files, t.draft_claims!.parts)).toEqual(claims);
      expect(t.draft_observations!.rows).toBe(observations.length);
      expect(t.draft_observations!.columns.map((c) => c.name)).toEqual(DRAFT_OBSERVATION_COLUMNS.map((c) => c.name));
    });
  }

  it('writes the same mentions and documents with and without --read', async () => {
    const a = await run({ workers: 0 });
    const b = await run({ workers: 0, vocab: null });
    expect(Object.keys(b.manifest.tables)).toEqual(['mentions', 'documents']);
    for (const k of [...b.files.keys()].filter((k) => k !== 'manifest.json')) expect(a.files.get(k), k).toEqual(b.files.get(k));
  });

  it('keeps the draft schemas to the fields of read --json, doc_id first', () => {
    const names = (cols: readonly { name: string }[]) => cols.map((c) => c.name);
    expect(names(DRAFT_OBSERVATION_COLUMNS)[0]).toBe('doc_id');
    expect(names(DRAFT_CLAIM_COLUMNS)[0]).toBe('doc_id');
    for (const o of observations) expect(Object.keys(o).sort()).toEqual(names(DRAFT_OBSERVATION_COLUMNS).sort());
    for (const c of claims) expect(Object.keys(c).sort()).toEqual(names(DRAFT_CLAIM_COLUMNS).sort());
  });
});

describe('a document the reader fails on', () => {
  it('is rejected whole (no mentions, no drafts) as reader-error, and the batch goes on', () => {
    const bytes = new TextEncoder().encode(jsonl);
    const one = (text: string, mentions: ReturnType<typeof extractMentions>) => {
      if (text.includes('North Korea')) throw new Error('boom');
      return readText(text, lexicon, mentions);
    };
    const read = { text: one, texts: (texts: string[], ms: ReturnType<typeof extractMentions>[]) => texts.map((t, i) => one(t, ms[i]!)) };
    const r = processBatch({ kind: 'jsonl', bytes }, { extract: extractMentions, shard: null, read });
    expect(r.rejects).toEqual([expect.objectContaining({ reason: 'reader-error', line: 2, detail: 'boom' })]);
    expect(r.docs.length).toBe(Object.keys(TEXTS).length - 1);
    expect(r.drafts!.observations.length).toBe(
      Object.entries(TEXTS)
        .filter(([id]) => id !== 'news-3')
        .reduce((n, [, t]) => n + singleFile(t).observations.length, 0),
    );
  });
});

describe('merge-shards with --read', () => {
  async function shards(read: (k: number) => boolean) {
    const files = new Map<string, Uint8Array>();
    const folders: ShardFolder[] = [];
    for (let k = 0; k < 2; k++) {
      const { files: f } = await run({ workers: 0, shard: { index: k, count: 2 }, vocab: read(k) ? vocab : null });
      for (const [path, bytes] of f) files.set(`${shardFolder(k)}/${path}`, bytes);
      folders.push({ name: shardFolder(k), manifest: new TextDecoder().decode(f.get('manifest.json')) });
    }
    return { dir: 'out', folders, size: (rel: string) => files.get(rel)?.length ?? null };
  }

  it('merges the draft tables of every shard into the rows of one process', async () => {
    const single = (await run({ workers: 0 })).manifest;
    const merged = mergeShards(await shards(() => true));
    expect(Object.keys(merged.tables)).toEqual(['mentions', 'documents', 'draft_observations', 'draft_claims']);
    expect(merged.tables.draft_observations!.rows).toBe(single.tables.draft_observations!.rows);
    expect(merged.tables.draft_claims!.rows).toBe(single.tables.draft_claims!.rows);
    expect(merged.tables.draft_claims!.parts.every((p) => /^source_shard=[01]\/draft_claims\/part-\d{5}\.jsonl$/.test(p.path))).toBe(true);
  });

  it('refuses shards run with and without --read, naming the tables', async () => {
    const input = await shards((k) => k === 0);
    try {
      mergeShards(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FiguresError);
      const [p] = (e as FiguresError).problems;
      expect(p).toMatchObject({ code: 'merge-shard-mismatch' });
      expect(p!.message).toContain('tables');
    }
  });
});
