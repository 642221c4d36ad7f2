import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UsageError } from '../../pipeline/core/errors.js';
import { defaultOptions } from '../../pipeline/corpus/options.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { MAX_DOCUMENT_BYTES } from '../../pipeline/corpus/processBatch.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import {
  DEFAULT_READ_WORKER_MEMORY_MB,
  maxDocumentBytes,
  MIN_WORKER_MEMORY_MB,
  parseWorkerMemory,
  workerMemoryMb,
} from '../../pipeline/corpus/workerMemory.js';
import { memoryInput } from './fixtures/corpus.js';
import { FAKE_EXTRACTOR } from './fixtures/fakeExtractor.js';

describe('parseWorkerMemory', () => {
  it('reads whole MB from the minimum, and 0 for no cap', () => {
    expect(parseWorkerMemory('0')).toBe(0);
    expect(parseWorkerMemory(String(MIN_WORKER_MEMORY_MB))).toBe(MIN_WORKER_MEMORY_MB);
    expect(parseWorkerMemory(' 512 ')).toBe(512);
  });

  it.each(['', '-1', '1.5', '256MB', 'lots', String(MIN_WORKER_MEMORY_MB - 1), '99999999'])(
    'refuses %j with a corpus-bad-worker-memory usage error',
    (value) => {
      try {
        parseWorkerMemory(value);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        expect((e as UsageError).problems[0]).toMatchObject({ code: 'corpus-bad-worker-memory', value });
      }
    },
  );
});

describe('workerMemoryMb', () => {
  it('caps --read runs by default and leaves mentions-only runs to V8', () => {
    expect(workerMemoryMb(null, true)).toBe(DEFAULT_READ_WORKER_MEMORY_MB);
    expect(workerMemoryMb(null, false)).toBeNull();
  });

  it('takes the cap given, 0 meaning none', () => {
    expect(workerMemoryMb(300, true)).toBe(300);
    expect(workerMemoryMb(300, false)).toBe(300);
    expect(workerMemoryMb(0, true)).toBeNull();
  });
});

describe('maxDocumentBytes', () => {
  it('is the 64 MiB of an uncapped run without a cap', () => {
    expect(maxDocumentBytes(null, true)).toBe(MAX_DOCUMENT_BYTES);
    expect(maxDocumentBytes(null, false)).toBe(MAX_DOCUMENT_BYTES);
  });

  it('grows with the cap, is smaller for the reader than for mentions alone, and never passes 64 MiB', () => {
    const read = maxDocumentBytes(DEFAULT_READ_WORKER_MEMORY_MB, true);
    expect(read).toBeGreaterThanOrEqual(2 ** 20);
    expect(read).toBeLessThan(maxDocumentBytes(DEFAULT_READ_WORKER_MEMORY_MB, false));
    expect(maxDocumentBytes(2 * DEFAULT_READ_WORKER_MEMORY_MB, true)).toBeGreaterThan(read);
    expect(maxDocumentBytes(1 << 20, true)).toBe(MAX_DOCUMENT_BYTES);
  });
});

describe('a run under a memory cap', () => {
  it('rejects a document longer than the cap admits as corpus-too-long, alike with and without worker threads', async () => {
    const limit = maxDocumentBytes(64, false);
    const line = (id: string, bytes: number) => {
      const head = `{"id": "${id}", "text": "`;
      // Words without figures: the length is what matters, not what the extractor finds.
      return head + 'Exports rose. '.repeat(Math.ceil(bytes / 14)).slice(0, bytes - head.length - 2) + '"}';
    };
    const jsonl = [line('fits', limit), line('too-long', limit + 1), line('small', 100)].join('\n') + '\n';
    const runs = await Promise.all(
      [0, 1].map(async (workers) => {
        const out = memoryOutputDir();
        const opts = {
          ...defaultOptions('corpus.jsonl', 'out'),
          extractor: FAKE_EXTRACTOR,
          format: 'jsonl' as const,
          workers,
          workerMemory: 64,
        };
        const manifest = await runCorpus(opts, { out, input: memoryInput(jsonl, 1 << 20, 1 << 16) });
        return { manifest, rejects: new TextDecoder().decode(out.files.get('rejects.jsonl')) };
      }),
    );
    for (const { manifest, rejects } of runs) {
      expect(manifest.documents).toBe(2);
      expect(manifest.rejected).toBe(1);
      expect(JSON.parse(rejects)).toMatchObject({ code: 'corpus-too-long', location: { line: 2 } });
    }
    expect(runs[1]!.rejects).toBe(runs[0]!.rejects);
  });
});

describe('the --worker-memory help', () => {
  it('gives the default that applies', () => {
    const source = readFileSync(new URL('../../pipeline/commands/extract.ts', import.meta.url), 'utf8');
    expect(source).toContain(`default with --read ${DEFAULT_READ_WORKER_MEMORY_MB},`);
  });
});
