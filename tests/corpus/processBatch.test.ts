import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, processBatch, type BatchContext } from '../../pipeline/corpus/processBatch.js';
import { shardOf } from '../../pipeline/corpus/shardHash.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';
import { DOCUMENT_COLUMNS, MENTION_COLUMNS } from '../../pipeline/corpus/tableSchema.js';
import { extractMentions } from './fixtures/fakeExtractor.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ctx: BatchContext = { extract: extractMentions, shard: null };
const jsonl = (s: string | Uint8Array) => ({ kind: 'jsonl' as const, bytes: typeof s === 'string' ? utf8(s) : s });
const rowsOf = (cols: typeof MENTION_COLUMNS, set: Parameters<typeof toRecordBatch>[2]) =>
  toRecordBatch(arrowSchema(cols), cols, set)
    .toArray()
    .map((r) => r.toJSON());

describe('processBatch (JSONL)', () => {
  it('extracts each document and tags its mentions with doc_id', () => {
    const r = processBatch(jsonl('{"id":"a","text":"Up 18% in 2023."}\n{"id":"b","text":"none"}\n'), ctx);
    expect(r.lines).toBe(2);
    expect(r.documents).toBe(2);
    expect(rowsOf(MENTION_COLUMNS, r.mentions).map((m) => [m.doc_id, m.text, m.kind, m.value, m.unit, m.period])).toEqual([
      ['a', '18%', 'percent', 18, 'percent', null],
      ['a', '2023', 'year', 2023, null, '2023'],
    ]);
  });

  it('keeps the other fields of a line as the document metadata, and lines relative to the batch', () => {
    const r = processBatch(jsonl('\n{"id":"a","url":"https://x","date":"2024-04-12","text":"1"}\n{"id":2,"text":""}'), ctx);
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs)).toEqual([
      { doc_id: 'a', line: 1, file: null, chars: 1, mentions: 1, metadata: '{"url":"https://x","date":"2024-04-12"}' },
      { doc_id: '2', line: 2, file: null, chars: 0, mentions: 0, metadata: null },
    ]);
    expect(r.lines).toBe(3);
  });

  it('normalizes each text (CRLF, NFC) before extracting, as the single-file extract does', () => {
    const r = processBatch(jsonl(JSON.stringify({ id: 'x', text: 'cafe\u0301\r\n42' }) + '\n'), ctx);
    expect(rowsOf(MENTION_COLUMNS, r.mentions)[0]).toMatchObject({ start: 5, end: 7, text: '42' });
  });

  it('rejects bad lines with their reason, line and byte offset, and goes on', () => {
    const input = [
      '{"id":"ok","text":"1"}',
      'not json',
      '[1,2]',
      '{"text":"no id"}',
      '{"id":"t","text":5}',
      '{"id":"e","text":"EXPLODE"}',
      '   ',
      '{"id":"ok2","text":"2"}',
    ].join('\n');
    const r = processBatch(jsonl(input), ctx);
    expect(r.rejects.map((x) => [x.reason, x.line])).toEqual([
      ['invalid-json', 1],
      ['not-object', 2],
      ['no-id', 3],
      ['no-text', 4],
      ['extractor-error', 5],
    ]);
    expect(r.rejects[0]!.offset).toBe('{"id":"ok","text":"1"}\n'.length);
    expect(r.rejects[0]!.excerpt).toBe('not json');
    expect(r.rejects[4]!.detail).toBe('fake extractor exploded');
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs).map((d) => d.doc_id)).toEqual(['ok', 'ok2']);
    expect(r.lines).toBe(8);
  });

  it('rejects a line that is not UTF-8 with the offset of the bad byte, keeping the other lines', () => {
    const good = utf8('{"id":"a","text":"1"}\n');
    const bad = new Uint8Array([...utf8('{"id":"b","text":"caf'), 0xe9, ...utf8('"}\n')]);
    const r = processBatch(jsonl(new Uint8Array([...good, ...bad, ...good])), ctx);
    expect(r.rejects).toEqual([{ reason: 'invalid-utf8', line: 1, offset: good.length + '{"id":"b","text":"caf'.length }]);
    expect(r.documents).toBe(2);
    expect(r.lines).toBe(3);
  });

  it('counts lines as split("\\n") does and reads CRLF line ends', () => {
    expect(processBatch(jsonl(''), ctx).lines).toBe(1);
    expect(processBatch(jsonl('\n'), ctx).lines).toBe(1);
    const r = processBatch(jsonl('{"id":"a","text":"1"}\r\n\r\n{"id":"b","text":"2"}\r\n'), ctx);
    expect([r.lines, r.documents, r.rejects.length]).toEqual([3, 2, 0]);
  });

  it('processes only the documents of its shard, counting the others', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `doc-${i}`);
    const input = ids.map((id) => JSON.stringify({ id, text: '7' })).join('\n');
    const kept = ids.filter((id) => shardOf(id, 3) === 1);
    const r = processBatch(jsonl(input), { extract: extractMentions, shard: { index: 1, count: 3 } });
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs).map((d) => d.doc_id)).toEqual(kept);
    expect(r.otherShard).toBe(ids.length - kept.length);
    expect(r.documents).toBe(ids.length);
  });
});

describe('processBatch (files)', () => {
  it('extracts each file and rejects one that is not UTF-8', () => {
    const r = processBatch(
      {
        kind: 'files',
        files: [
          { id: 'a', file: 'a.txt', bytes: utf8('In 2023, 90%.') },
          { id: 'b', file: 'b.txt', bytes: new Uint8Array([0x31, 0xff]) },
        ],
      },
      ctx,
    );
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs)).toEqual([{ doc_id: 'a', line: null, file: 'a.txt', chars: 13, mentions: 2, metadata: null }]);
    expect(r.rejects).toEqual([{ reason: 'invalid-utf8', file: 'b.txt', offset: 1 }]);
    expect(r.bytes).toBe(15);
  });
});

describe('processBatch (hostile lines)', () => {
  it('rejects a line whose metadata is nested too deep to serialize, and keeps the next line', () => {
    const deep = `{"id":"deep","text":"1","meta":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const r = processBatch(jsonl(`${deep}\n{"id":"b","text":"2"}\n`), ctx);
    expect(r.rejects.map((x) => [x.reason, x.line])).toEqual([['document-error', 0]]);
    expect(r.rejects[0]!.detail).toMatch(/^RangeError/);
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs).map((d) => d.doc_id)).toEqual(['b']);
  });
});

describe('processBatch (number ids, issue 14 findings 10 and 14)', () => {
  it('rejects a number id a double cannot hold exactly, naming it as written, and keeps safe ones', () => {
    const r = processBatch(
      jsonl(
        '{"id":1234567890123456789,"text":"1"}\n{"id":1234567890123456788,"text":"2"}\n{"id":1e400,"text":"3"}\n{"id":42,"text":"4"}\n',
      ),
      ctx,
    );
    expect(r.rejects.map((x) => [x.reason, x.line])).toEqual([
      ['no-id', 0],
      ['no-id', 1],
      ['no-id', 2],
    ]);
    expect(r.rejects[0]!.detail).toContain('1234567890123456789');
    expect(r.rejects[2]!.detail).toContain('1e400');
    expect(rowsOf(DOCUMENT_COLUMNS, r.docs).map((d) => d.doc_id)).toEqual(['42']);
  });
});

describe('processBatch (documents past the size cap, issue 14 findings 11 and 12)', () => {
  it('rejects a line or a file longer than the cap as too-long, not as invalid UTF-8, and keeps the rest', () => {
    const small: BatchContext = { ...ctx, maxDocumentBytes: 40 };
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(100) });
    const r = processBatch(jsonl(`{"id":"a","text":"1"}\n${long}\n`), small);
    expect(r.rejects.map((x) => [x.reason, x.line, x.detail])).toEqual([['too-long', 1, `${long.length} bytes, more than 40`]]);
    const f = processBatch({ kind: 'files', files: [{ id: 'big', file: 'big.txt', bytes: utf8('y'.repeat(41)) }] }, small);
    expect(f.rejects.map((x) => [x.reason, x.file])).toEqual([['too-long', 'big.txt']]);
  });
  it('has a default cap far below the longest string V8 holds', () => {
    expect(MAX_DOCUMENT_BYTES).toBeLessThan(2 ** 28);
  });
});
