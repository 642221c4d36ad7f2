/**
 * What the reader's benchmarks read: news-like documents from bench/genCorpus.ts (seed 7, the
 * same for every run) and the reader's vocabularies of this checkout.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskFS } from '../pipeline/core/fs.js';
import { loadReaderVocab } from '../pipeline/read/loadVocab.js';
import type { ReaderVocab } from '../pipeline/read/index.js';
import { generateCorpus } from './genCorpus.js';

/** About `sizeMb` MB of news-like documents, and their size in UTF-8 bytes. */
export function newsDocuments(sizeMb: number): { docs: string[]; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-read-'));
  const file = join(dir, 'news.jsonl');
  generateCorpus(file, sizeMb * 1e6, 7, 'news');
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  rmSync(dir, { recursive: true, force: true });
  return { docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d), 0) };
}

/** raw/vocab/ of this checkout, as `figures read` loads it. */
export const benchVocab = (): ReaderVocab => loadReaderVocab(diskFS(fileURLToPath(new URL('..', import.meta.url))));
