/**
 * Writing review blocks into a hand-curated YAML file without touching anything else in it:
 * the file is parsed only to find where each item ends, and the block is inserted (or the old
 * one replaced) as text, so comments, folded notes and blank lines stay as the curator wrote
 * them. Pure: text in, text out.
 */
import { Document, isMap, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { ReviewState } from '../types/tables.js';

export interface BlockEdit {
  section: string;
  index: number;
  /** undefined: remove the item's block. */
  block: ReviewState | undefined;
}

const ORDER = ['decision', 'edited', 'text', 'fingerprint', 'proposal', 'stamped'] as const;

/** The block as YAML lines at `indent`: one key a line, lists and the proposal in flow style. */
export function renderBlock(block: ReviewState, indent: string): string {
  const doc = new Document({ review: Object.fromEntries(ORDER.filter((k) => block[k] !== undefined).map((k) => [k, block[k]])) });
  const review = (doc.contents as YAMLMap).items[0]!.value as YAMLMap;
  for (const pair of review.items as Pair[]) {
    const v = pair.value as { flow?: boolean };
    if (isMap(v) || isSeq(v)) v.flow = true;
    if (isMap(v)) for (const inner of v.items as Pair[]) if (isSeq(inner.value)) (inner.value as { flow?: boolean }).flow = true;
  }
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return text
    .trimEnd()
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const nextLine = (text: string, at: number): number => {
  if (at > 0 && text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};

/** Applies the edits; items are found by section and index. Edits to items that are not block mappings are refused. */
export function applyBlocks(yaml: string, edits: readonly BlockEdit[]): string {
  const doc = parseDocument(yaml, { keepSourceTokens: false });
  const splices: { from: number; to: number; insert: string }[] = [];
  for (const e of edits) {
    const item = doc.getIn([e.section, e.index], true);
    if (!isMap(item) || !item.range || item.flow) throw new Error(`${e.section}[${e.index}] is not a block mapping`);
    const first = item.items[0] as Pair<{ range?: [number, number, number] }> | undefined;
    const keyStart = first?.key?.range?.[0] ?? item.range[0];
    const indent = ' '.repeat(keyStart - lineStart(yaml, keyStart));
    const old = (item.items as Pair<{ value?: unknown; range?: [number, number, number] }>[]).find(
      (p) => (p.key as { value?: unknown })?.value === 'review',
    );
    const block = e.block ? renderBlock(e.block, indent) + '\n' : '';
    if (old) {
      const from = lineStart(yaml, old.key!.range![0]);
      const to = nextLine(yaml, (old.value as { range: [number, number, number] }).range[1]);
      splices.push({ from, to, insert: block });
    } else if (block) {
      const at = nextLine(yaml, item.range[1]);
      splices.push({ from: at, to: at, insert: (at === yaml.length && !yaml.endsWith('\n') ? '\n' : '') + block });
    }
  }
  let out = yaml;
  for (const s of splices.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
  return out;
}
