import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FiguresError } from '../../pipeline/core/errors.js';
import { defaultOptions, type CorpusOptions } from '../../pipeline/corpus/options.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { openInput } from '../../pipeline/corpus/input.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { FAKE_EXTRACTOR } from './fixtures/fakeExtractor.js';
import { jsonlCorpus, memoryInput } from './fixtures/corpus.js';

const options = (over: Partial<CorpusOptions> = {}): CorpusOptions => ({
  ...defaultOptions('corpus.jsonl', 'out'),
  extractor: FAKE_EXTRACTOR,
  workers: 0,
  partRows: 50,
  batchBytes: 700,
  ...over,
});

async function run(jsonl: string, over: Partial<CorpusOptions> = {}) {
  const out = memoryOutputDir();
  const opts = options(over);
  const manifest = await runCorpus(opts, { out, input: memoryInput(jsonl, opts.batchBytes) });
  return { manifest, files: out.files };
}

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const jsonLines = (b: Uint8Array | undefined) =>
  text(b)
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('runCorpus', () => {
  const corpus = jsonlCorpus(120, { bad: true });

  it('writes byte-identical files with 0, 1 and 3 worker threads', async () => {
    const a = await run(corpus, { workers: 0 });
    const b = await run(corpus, { workers: 1 });
    const c = await run(corpus, { workers: 3 });
    expect(a.manifest.tables.mentions.parts.length).toBeGreaterThan(3);
    for (const other of [b, c]) {
      expect([...other.files.keys()].sort()).toEqual([...a.files.keys()].sort());
      for (const [k, v] of a.files) expect(sha(other.files.get(k)!), k).toBe(sha(v));
    }
  });

  it('writes the same files whatever the batch size', async () => {
    const a = await run(corpus, { format: 'jsonl', batchBytes: 64 });
    const b = await run(corpus, { format: 'jsonl', batchBytes: 1 << 20 });
    expect(b.files).toEqual(a.files);
  });

  it('lists counts, bytes read and every file with its SHA-256 in the manifest', async () => {
    const { manifest, files } = await run(corpus, { format: 'jsonl' });
    expect(JSON.parse(text(files.get('manifest.json')))).toEqual(manifest);
    expect(manifest.bytes_read).toBe(Buffer.byteLength(corpus));
    expect(manifest.input).toEqual({ kind: 'jsonl', name: 'corpus.jsonl', lines: corpus.split('\n').length - 1 });
    expect(manifest.documents).toBe(120);
    expect(manifest.rejected).toBe(12);
    const mentions = [...files.entries()].filter(([k]) => /^part-/.test(k)).flatMap(([, v]) => jsonLines(v));
    expect(manifest.mentions).toBe(mentions.length);
    for (const p of [...manifest.tables.mentions.parts, ...manifest.tables.documents.parts]) {
      expect(sha(files.get(p.path)!)).toBe(p.sha256);
      expect(files.get(p.path)!.length).toBe(p.bytes);
    }
    expect(sha(files.get('rejects.jsonl')!)).toBe(manifest.rejects.sha256);
    expect(manifest.tables.mentions.columns.map((c) => c.name)).toEqual([
      'doc_id',
      'start',
      'end',
      'text',
      'kind',
      'value',
      'unit',
      'scale',
      'hedge',
      'value_low',
      'value_high',
      'period',
      'sentence',
    ]);
  });

  it('reports bad lines in rejects.jsonl with their line in the whole input, in order', async () => {
    const { files } = await run(corpus, { format: 'jsonl', batchBytes: 200 });
    const rejects = jsonLines(files.get('rejects.jsonl'));
    const badLines = corpus.split('\n').flatMap((l, i) => (l.startsWith('{"id": "broken"') ? [i + 1] : []));
    expect(rejects.map((r) => r.location.line)).toEqual(badLines);
    expect(rejects[0]).toMatchObject({
      code: 'corpus-invalid-json',
      severity: 'error',
      location: {
        file: 'corpus.jsonl',
        line: badLines[0],
        offset: Buffer.byteLength(
          corpus
            .split('\n')
            .slice(0, badLines[0]! - 1)
            .join('\n') + '\n',
        ),
      },
    });
    expect(rejects[0].message).toMatch(new RegExp(`^corpus\\.jsonl:${badLines[0]}:1: not valid JSON`));
  });

  it('gives every document its line in the input', async () => {
    const { files } = await run(corpus, { format: 'jsonl', batchBytes: 150 });
    const docs = jsonLines(files.get('documents/part-00000.jsonl'));
    const lines = corpus.split('\n');
    for (const d of docs) expect(JSON.parse(lines[d.line - 1]!).id).toBe(d.doc_id);
  });

  it('with --on-error fail, stops at the first bad line (exit 1) and leaves no parts and no manifest', async () => {
    const out = memoryOutputDir();
    const opts = options({ onError: 'fail', partRows: 5 });
    const err = await runCorpus(opts, { out, input: memoryInput(corpus, 200) }).catch((e) => e);
    expect(err).toBeInstanceOf(FiguresError);
    expect((err as FiguresError).exitCode).toBe(1);
    expect((err as FiguresError).problems.map((p) => p.code)).toEqual(['corpus-invalid-json']);
    expect([...out.files.keys()]).toEqual([]);
  });

  it('splits documents between shards so that their union is the unsharded run', async () => {
    const whole = await run(corpus, { format: 'jsonl' });
    const shards = await Promise.all([0, 1, 2].map((index) => run(corpus, { format: 'jsonl', shard: { index, count: 3 } })));
    const rows = (files: Map<string, Uint8Array>, prefix: string) =>
      [...files.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, v]) => jsonLines(v));
    const key = (m: { doc_id: string; start: number }) => `${m.doc_id}@${m.start}`;
    const union = shards
      .flatMap((s) => rows(s.files, 'part-'))
      .map(key)
      .sort();
    expect(union).toEqual(rows(whole.files, 'part-').map(key).sort());
    expect(shards.reduce((n, s) => n + s.manifest.documents, 0)).toBe(whole.manifest.documents);
    for (const s of shards) {
      expect(s.manifest.documents).toBeGreaterThan(20);
      expect(s.manifest.documents + s.manifest.documents_other_shards).toBe(120);
      expect(s.manifest.shard?.hash).toBe('fmix32(fnv1a32(utf8(id))) mod N');
    }
  });

  it('fails, leaving no manifest, when the worker threads cannot start', async () => {
    const out = memoryOutputDir();
    const opts = options({ workers: 1, extractor: 'file:///nonexistent/extractor.ts' });
    await expect(runCorpus(opts, { out, input: memoryInput(corpus, 700) })).rejects.toThrow();
    expect(out.files.has('manifest.json')).toBe(false);
  });
});

describe('runCorpus inputs', () => {
  it('reads a folder of .txt files (ids from paths) and JSONL from standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-corpus-'));
    try {
      mkdirSync(join(dir, 'texts', '2024'), { recursive: true });
      writeFileSync(join(dir, 'texts', '2024', 'a.txt'), 'In 2023, 90%.');
      writeFileSync(join(dir, 'texts', 'b.txt'), new Uint8Array([0x31, 0xc3]));
      const out = memoryOutputDir();
      const m = await runCorpus(options({ format: 'jsonl', workers: 1 }), { out, input: openInput(join(dir, 'texts'), 1000) });
      expect(m.input).toEqual({ kind: 'folder', name: 'texts', lines: null });
      expect(m.bytes_read).toBe(15);
      expect(jsonLines(out.files.get('documents/part-00000.jsonl'))).toEqual([
        { doc_id: '2024/a', line: null, file: '2024/a.txt', chars: 13, mentions: 2, metadata: null },
      ]);
      expect(jsonLines(out.files.get('rejects.jsonl'))[0]).toMatchObject({
        code: 'invalid-utf8',
        location: { file: 'texts/b.txt', offset: 1 },
      });

      async function* stdin() {
        yield new TextEncoder().encode('{"id":"s","text":"42"}\n');
      }
      const out2 = memoryOutputDir();
      const m2 = await runCorpus(options({ format: 'jsonl' }), { out: out2, input: openInput('-', 1000, stdin()) });
      expect(m2.input).toEqual({ kind: 'stdin', name: '<stdin>', lines: 1 });
      expect(m2.mentions).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
