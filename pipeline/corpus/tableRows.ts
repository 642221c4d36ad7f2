/**
 * The rows of the two tables, built column by column in a worker. Written out field by field
 * rather than looped over the schema, so that each call site sees one builder class and the
 * code reads as the table it makes; tests/corpus/tableRows.test.ts fails if these fall out of
 * step with MENTION_COLUMNS / DOCUMENT_COLUMNS, which follow the extractor's schema.
 */
import type { Mention } from '../extract/mention.js';
import { columnBuilder, Float64Builder, Int32Builder, Utf8Builder, type ColumnBuilder, type ColumnSet } from './columns.js';
import { Utf8Writer } from './utf8Writer.js';
import type { ColumnSpec } from './tableSchema.js';

export class MentionRows {
  length = 0;
  private readonly docId = new Utf8Builder();
  private readonly start = new Int32Builder();
  private readonly end = new Int32Builder();
  private readonly text = new Utf8Writer();
  private readonly kind = new Utf8Builder();
  private readonly value = new Float64Builder();
  private readonly unit = new Utf8Builder();
  private readonly scale = new Float64Builder();
  private readonly hedge = new Utf8Builder();
  private readonly valueLow = new Float64Builder();
  private readonly valueHigh = new Float64Builder();
  private readonly period = new Utf8Writer();
  private readonly sentence = new Int32Builder();

  /** The mentions of one document. */
  add(docId: string, mentions: Mention[]): void {
    const n = mentions.length;
    this.docId.pushRepeated(docId, n);
    // an index loop: for-of allocated an iterator per document, and is more for V8 to compile
    for (let i = 0; i < n; i++) {
      const m = mentions[i]!;
      this.start.push(m.start);
      this.end.push(m.end);
      this.text.push(m.text);
      this.kind.push(m.kind);
      this.value.push(m.value);
      this.unit.push(m.unit);
      this.scale.push(m.scale);
      this.hedge.push(m.hedge);
      this.valueLow.push(m.value_low);
      this.valueHigh.push(m.value_high);
      this.period.push(m.period);
      this.sentence.push(m.sentence);
    }
    this.length += n;
  }

  /** Columns in the order of MENTION_COLUMNS. */
  finish(): ColumnSet {
    const cols = [
      this.docId,
      this.start,
      this.end,
      this.text,
      this.kind,
      this.value,
      this.unit,
      this.scale,
      this.hedge,
      this.valueLow,
      this.valueHigh,
      this.period,
      this.sentence,
    ];
    return { length: this.length, columns: cols.map((c) => c.finish()) };
  }
}

export class DocumentRows {
  length = 0;
  private readonly docId = new Utf8Builder();
  private readonly line = new Int32Builder();
  private readonly file = new Utf8Builder();
  private readonly chars = new Int32Builder();
  private readonly mentions = new Int32Builder();
  private readonly metadata = new Utf8Builder();

  add(docId: string, line: number | null, file: string | null, chars: number, mentions: number, metadata: string | null): void {
    this.docId.push(docId);
    this.line.push(line);
    this.file.push(file);
    this.chars.push(chars);
    this.mentions.push(mentions);
    this.metadata.push(metadata);
    this.length++;
  }

  /** Columns in the order of DOCUMENT_COLUMNS. */
  finish(): ColumnSet {
    const cols = [this.docId, this.line, this.file, this.chars, this.mentions, this.metadata];
    return { length: this.length, columns: cols.map((c) => c.finish()) };
  }
}

/**
 * Rows of a table whose columns come straight from a schema (the reader's drafts): each
 * object's fields are read by column name, and a `json` column holds the field's JSON text.
 * Looped over the columns rather than written out: drafts are a few per document, so the
 * generic loop costs nothing that shows.
 */
export class SchemaRows {
  length = 0;
  private readonly builders: ColumnBuilder[];
  /** Columns after doc_id (the first), with how each is read from an object. */
  private readonly fields: { name: string; json: boolean }[];

  constructor(columns: readonly ColumnSpec[]) {
    if (columns[0]?.name !== 'doc_id') throw new Error('SchemaRows: the first column must be doc_id');
    this.builders = columns.map((c) => columnBuilder(c.type));
    this.fields = columns.slice(1).map((c) => ({ name: c.name, json: c.json === true }));
  }

  /** The rows of one document. */
  add(docId: string, rows: readonly object[]): void {
    const [docIds, ...rest] = this.builders;
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      docIds!.push(docId);
      for (let i = 0; i < rest.length; i++) {
        const f = this.fields[i]!;
        const v = r[f.name];
        rest[i]!.push(f.json ? JSON.stringify(v) : v);
      }
    }
    this.length += rows.length;
  }

  finish(): ColumnSet {
    return { length: this.length, columns: this.builders.map((b) => b.finish()) };
  }
}
