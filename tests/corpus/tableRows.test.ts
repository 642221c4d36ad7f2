import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Utf8Builder } from '../../pipeline/corpus/columns.js';
import { DocumentRows, MentionRows } from '../../pipeline/corpus/tableRows.js';
import { DOCUMENT_COLUMNS, MENTION_COLUMNS, MENTION_FIELDS } from '../../pipeline/corpus/tableSchema.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';
import type { Mention } from '../../pipeline/extract/mention.js';

/** A value of the field's type that no other field has, so a swapped column shows. */
function sample(i: number, type: string, nullable: boolean, asNull: boolean): unknown {
  if (asNull && nullable) return null;
  return type === 'utf8' ? `field-${i}` : type === 'int32' ? 100 + i : 0.5 + i;
}

const mentionOf = (asNull: boolean) =>
  Object.fromEntries(MENTION_FIELDS.map((f, i) => [f.name, sample(i, f.type, f.nullable, asNull)])) as unknown as Mention;

describe('MentionRows', () => {
  it('writes every field of the extractor contract, in the order of MENTION_COLUMNS, with doc_id first', () => {
    const rows = new MentionRows();
    const full = mentionOf(false);
    const sparse = mentionOf(true);
    rows.add('doc-1', [full, sparse]);
    rows.add('doc-2', []);
    const out = toRecordBatch(arrowSchema(MENTION_COLUMNS), MENTION_COLUMNS, rows.finish())
      .toArray()
      .map((r) => r.toJSON());
    expect(out).toEqual([
      { doc_id: 'doc-1', ...full },
      { doc_id: 'doc-1', ...sparse },
    ]);
  });
});

describe('DocumentRows', () => {
  it('writes the columns of DOCUMENT_COLUMNS in order', () => {
    const rows = new DocumentRows();
    rows.add('d', 3, null, 120, 4, '{"url":"x"}');
    const out = toRecordBatch(arrowSchema(DOCUMENT_COLUMNS), DOCUMENT_COLUMNS, rows.finish())
      .toArray()
      .map((r) => r.toJSON());
    expect(out).toEqual([{ doc_id: 'd', line: 3, file: null, chars: 120, mentions: 4, metadata: '{"url":"x"}' }]);
  });
});

describe('Utf8Builder.pushRepeated', () => {
  it('gives the same column as pushing the string that many times', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.nat(20)), { maxLength: 20 }), (runs) => {
        const a = new Utf8Builder();
        const b = new Utf8Builder();
        for (const [s, n] of runs) {
          a.pushRepeated(s, n);
          for (let i = 0; i < n; i++) b.push(s);
        }
        expect(a.finish()).toEqual(b.finish());
      }),
      { numRuns: 200 },
    );
  });
});
