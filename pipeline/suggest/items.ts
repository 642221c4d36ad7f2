/**
 * What a draft is made of, for the annotation and the sidecar alike: YAML keys and list items
 * with the comments a curator reads beside them, and the quote fields that pin an item to its words.
 */
import { occurrenceAt } from '../normalize/resolveQuote.js';

/** One key of a YAML mapping, with an optional end-of-line comment. */
export interface Field {
  key: string;
  value: unknown;
  comment?: string;
}

/** One list item (a mapping), with an optional comment above it. */
export interface DraftItem {
  comment?: string;
  fields: Field[];
}

/** The quote fields of a pinned row: the words, and `occurrence` only when they repeat. */
export function quoteFields(text: string, quote: string, start: number): Field[] {
  const { occurrence, total } = occurrenceAt(text, quote, start);
  return [{ key: 'quote', value: quote }, ...(total > 1 ? [{ key: 'occurrence', value: occurrence, comment: `of ${total}` }] : [])];
}
