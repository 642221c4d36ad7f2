/**
 * `extract --corpus --read` reads each batch's texts as a group (readTexts, phase by phase):
 * the rows and rejects are those of reading the documents one by one, and a document the reader
 * fails on is rejected alone, in its place among the batch's other rejects.
 */
import { describe, expect, it } from 'vitest';
import { diskFS } from '../../pipeline/core/fs.js';
import { processBatch, type BatchContext, type Reader } from '../../pipeline/corpus/processBatch.js';
import { normalizeFast } from '../../pipeline/corpus/normalizeFast.js';
import { bindReader } from '../../pipeline/corpus/readerApi.js';
import { extractMentions, extractMentionsAndSentences, type Mention } from '../../pipeline/extract/index.js';
import * as readerApi from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';

const grouped = bindReader(readerApi, loadReaderVocab(diskFS('.')));

/** The same reader, reading a group text by text. */
const oneByOne = (r: Reader): Reader => ({ text: r.text, texts: (texts, ms) => texts.map((t, i) => r.text(t, ms[i]!)) });

/** A reader that fails on any text holding `word`, alone or in a group. */
function failingOn(word: string): Reader {
  const text: Reader['text'] = (t, m) => {
    if (t.includes(word)) throw new Error(`cannot read ${word}`);
    return grouped.text(t, m);
  };
  return {
    text,
    texts: (texts, ms) => {
      if (texts.some((t) => t.includes(word))) throw new Error(`cannot read ${word}`);
      return grouped.texts(texts, ms);
    },
  };
}

/** Invented news lines with statistics and claims, and lines that are rejected before reading. */
const LINES = [
  '{"id": "a", "text": "China\'s exports of machine tools to Russia rose 40% in 2023, customs data showed."}',
  '{not json',
  '{"id": "b", "text": "Officials said Chinese firms shipped drones to Russia; Beijing denies supplying weapons.", "src": "x"}',
  '',
  '{"id": "c", "text": "About 89% of the microchips Russia imported in the first half of 2024 came from China."}',
  '{"id": 7}',
  '{"id": "d", "text": "Cafe\u0301 owners in Kazan paid 12 roubles more for coffee, the paper said."}',
];
const batch = () => ({ kind: 'jsonl' as const, bytes: new TextEncoder().encode(LINES.join('\n')) });
const files = () => ({
  kind: 'files' as const,
  files: LINES.filter((l) => l.startsWith('{"id": "')).map((l, i) => {
    const { id, text } = JSON.parse(l) as { id: string; text: string };
    return { id, file: `t/${i}.txt`, bytes: new TextEncoder().encode(text) };
  }),
});
const ctx = (read: Reader, over: Partial<BatchContext> = {}): BatchContext => ({ extract: extractMentions, shard: null, read, ...over });

describe('reading a batch as a group', () => {
  it('gives the rows and rejects of reading its documents one by one (JSONL and a folder)', () => {
    const g = processBatch(batch(), ctx(grouped));
    expect(g.drafts!.observations.length).toBeGreaterThan(0);
    expect(g.drafts!.claims.length).toBeGreaterThan(0);
    expect(g).toEqual(processBatch(batch(), ctx(oneByOne(grouped))));
    expect(processBatch(files(), ctx(grouped))).toEqual(processBatch(files(), ctx(oneByOne(grouped))));
  });

  it('passes the extracted mentions, one list per text, in document order', () => {
    const seen: Mention[][] = [];
    const spy: Reader = { text: grouped.text, texts: (t, ms) => (seen.push(...ms), grouped.texts(t, ms)) };
    processBatch(batch(), ctx(spy));
    const texts = LINES.filter((l) => l.startsWith('{"id": "')).map((l) => normalizeFast((JSON.parse(l) as { text: string }).text));
    expect(seen).toEqual(texts.map((t) => extractMentions(t)));
  });

  it("passes each text's sentence starts from the extractor, so the reader splits no text a second time", () => {
    const seen: (number[] | undefined)[] = [];
    const spy: Reader = { text: grouped.text, texts: (t, ms, starts) => (seen.push(...starts!), grouped.texts(t, ms, starts)) };
    processBatch(batch(), ctx(spy));
    const texts = LINES.filter((l) => l.startsWith('{"id": "')).map((l) => normalizeFast((JSON.parse(l) as { text: string }).text));
    expect(seen).toEqual(texts.map((t) => extractMentionsAndSentences(t).starts));
  });

  it('reads as before with an extractor that gives no sentence starts (the reader finds its own)', () => {
    const mentionsOnly: BatchContext['extract'] = (text) => extractMentions(text);
    expect(processBatch(batch(), ctx(grouped, { extract: mentionsOnly }))).toEqual(processBatch(batch(), ctx(grouped)));
  });

  it('rejects only the document the reader fails on, in its place among the other rejects', () => {
    const r = processBatch(batch(), ctx(failingOn('drones')));
    expect(r.rejects.map((x) => [x.reason, x.line])).toEqual([
      ['invalid-json', 1],
      ['reader-error', 2],
      ['no-text', 5],
    ]);
    expect(r.rejects[1]).toMatchObject({ detail: 'cannot read drones', offset: LINES[0]!.length + LINES[1]!.length + 2 });
    expect(r.rejects[1]!.excerpt).toContain('"id": "b"');
    // The other documents' rows are the reading of the batch without that document.
    const without = LINES.map((l) => (l.includes('drones') ? '' : l)).join('\n');
    const expected = processBatch({ kind: 'jsonl', bytes: new TextEncoder().encode(without) }, ctx(grouped));
    expect(r.docs).toEqual(expected.docs);
    expect(r.mentions).toEqual(expected.mentions);
    expect(r.drafts).toEqual(expected.drafts);
  });

  it('reads a batch of many documents in several groups, one failing document rejected alone', () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      JSON.stringify({
        id: `n${i}`,
        text: i === 77 ? 'Chinese firms shipped drones to Russia.' : `China's exports to Russia rose ${i}% in 2023.`,
      }),
    ).join('\n');
    const bytes = () => ({ kind: 'jsonl' as const, bytes: new TextEncoder().encode(many) });
    expect(processBatch(bytes(), ctx(grouped))).toEqual(processBatch(bytes(), ctx(oneByOne(grouped))));
    const calls: number[] = [];
    const r = processBatch(bytes(), ctx(failingOn('drones'), { onDocument: (i) => calls.push(i) }));
    expect(r.rejects.map((x) => [x.reason, x.line])).toEqual([['reader-error', 77]]);
    expect(r.docs.length).toBe(129);
    expect(r.drafts!.observations.length).toBe(129);
    // Only the failing document's group is read again text by text.
    expect(calls.filter((i) => i >= 0).length).toBe(130 + 50);
  });

  it('names the file of a folder document the reader fails on', () => {
    const r = processBatch(files(), ctx(failingOn('microchips')));
    expect(r.rejects).toEqual([{ reason: 'reader-error', detail: 'cannot read microchips', file: 't/2.txt' }]);
    expect(r.docs.length).toBe(3);
  });

  it('tells the worker no one document is being read during the group, and each document when read alone', () => {
    const calls: number[] = [];
    processBatch(batch(), ctx(grouped, { onDocument: (i) => calls.push(i) }));
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6, -1]);
    calls.length = 0;
    processBatch(batch(), ctx(failingOn('drones'), { onDocument: (i) => calls.push(i) }));
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6, -1, 0, 2, 4, 6]);
  });
});
