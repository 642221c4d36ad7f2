/**
 * Draft annotations and sidecars as YAML text, written with the `yaml` package's document API
 * so that comments sit next to the values they explain. Deterministic: the same draft gives the
 * same bytes (fixed key order, no line folding, LF).
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isCollection } from 'yaml';
import type { DraftAnnotation } from './draft.js';
import type { DraftItem, Field } from './items.js';

const comment = (text: string): string =>
  text
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');

/** A mapping value (the review block) in block style, with its own collections in flow style. */
function mappingNode(doc: Document, value: object): YAMLMap {
  const map = doc.createNode(value) as YAMLMap;
  for (const pair of map.items) if (isCollection(pair.value)) pair.value.flow = true;
  return map;
}

function fieldPair(doc: Document, f: Field): Pair {
  const value = Array.isArray(f.value)
    ? doc.createNode(f.value, { flow: true })
    : f.value !== null && typeof f.value === 'object'
      ? mappingNode(doc, f.value)
      : new Scalar(f.value);
  if (f.comment) {
    if (isCollection(value) && !value.flow) value.commentBefore = comment(f.comment);
    else (value as Scalar | YAMLSeq).comment = comment(f.comment);
  }
  return new Pair(new Scalar(f.key), value);
}

function itemMap(doc: Document, item: DraftItem): YAMLMap {
  const map = new YAMLMap();
  if (item.comment) map.commentBefore = comment(item.comment);
  for (const f of item.fields) map.items.push(fieldPair(doc, f));
  return map;
}

function section(doc: Document, key: string, items: readonly DraftItem[], note: string): Pair {
  const k = new Scalar(key);
  k.commentBefore = comment(note);
  const seq = new YAMLSeq();
  for (const item of items) seq.items.push(itemMap(doc, item));
  if (items.length === 0) seq.flow = true;
  return new Pair(k, seq);
}

/** A YAML mapping with a header comment: for the sidecar draft. */
export function renderMapping(header: string, fields: readonly Field[]): string {
  const doc = new Document(new YAMLMap());
  doc.commentBefore = comment(header);
  for (const f of fields) (doc.contents as YAMLMap).items.push(fieldPair(doc, f));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function renderAnnotation(draft: DraftAnnotation, header: string): string {
  const doc = new Document(new YAMLMap());
  doc.commentBefore = comment(header);
  const root = doc.contents as YAMLMap;
  root.items.push(new Pair(new Scalar('source'), new Scalar(draft.source)));
  root.items.push(
    section(
      doc,
      'observations',
      draft.observations,
      'Observations: one per figure. Quote, occurrence and the comment above each come from the extractor;\nTODO(x) is a guess to confirm (write x), TODO a value to supply.',
    ),
  );
  root.items.push(
    section(
      doc,
      'entities',
      draft.entities,
      'Entities: capitalized names found in the text, and entities other sources already define.\nKeep those that supply, receive or claim something, or are named in a claim.',
    ),
  );
  root.items.push(
    section(
      doc,
      'claims',
      draft.claims,
      'Claims: the reader’s drafts, if it found any; add those it missed. One per statement that something is (likely, determinedly) supplied or denied:\n- id, quote, supplier: [entity ids], recipient: entity id, goods: goods id or null, end_use, certainty\n  (asserted | likely | determined | denied), share (only for words like "the overwhelming majority"), claimant: entity id',
    ),
  );
  root.items.push(section(doc, 'ignore', draft.ignore, 'Mentions that are not observations, each with the reason.'));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
