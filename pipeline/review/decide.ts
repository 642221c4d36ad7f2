/**
 * `figures review ID --accept N / --reject N`: recording a curator's decision on a draft of
 * `suggest`. Accepting takes the draft's guess x for every field still TODO(x) (the reader's
 * proposal where a bare TODO is left) and records accepted, or edited with the fields that then
 * differ from the proposal (changed by the curator, or mapped by suggest); rejecting moves an
 * observation draft to `ignore` (with the reason given) and a claim draft to `rejected`, so the
 * reader's proposal is not drafted again. Only unreviewed drafts are decided here: the file was
 * written by suggest with the yaml library, and is written back the same way.
 */
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EXIT, FiguresError, type Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { editedFields, fieldsOf, itemLabel, readingFingerprint, type Proposal } from '../model/review.js';
import { carriedPeriodReason, guessOf, ignoredPeriodReason, isTodo } from '../model/todo.js';
import type { ReviewState } from '../types/tables.js';
import type { SourceReview } from './items.js';

export interface Decisions {
  accept?: readonly number[];
  reject?: readonly number[];
  /** Why rejected observation drafts are not observations (the ignore entry's reason). */
  reason?: string;
}

/** Fields whose value may be null: accepting a null proposal there writes null. */
const NULLABLE = new Set(['attributed_to', 'end_use', 'goods', 'share']);

const hasTodo = (v: unknown): boolean => isTodo(v) || (Array.isArray(v) && v.some(isTodo));

/** The value a draft shows: TODO(x) → x, item by item in a list; undefined where a bare TODO is left. */
function guessed(v: unknown): string | string[] | undefined {
  const one = (x: unknown): string | undefined => (isTodo(x) ? guessOf(x) : typeof x === 'string' ? x : undefined);
  if (!Array.isArray(v)) return one(v);
  const items = v.map(one);
  return items.every((x) => x !== undefined) ? (items as string[]) : undefined;
}

function blockNode(doc: Document, block: ReviewState): YAMLMap {
  const order = ['decision', 'edited', 'text', 'fingerprint', 'proposal', 'stamped'] as const;
  const map = doc.createNode(Object.fromEntries(order.filter((k) => block[k] !== undefined).map((k) => [k, block[k]]))) as YAMLMap;
  for (const pair of map.items as Pair[]) {
    if (isCollection(pair.value)) {
      pair.value.flow = true;
      if (isMap(pair.value)) for (const inner of pair.value.items as Pair[]) if (isSeq(inner.value)) inner.value.flow = true;
    }
  }
  return map;
}

/** Sets a field's value in place, so the comment beside it (the evidence) stays. */
function setField(doc: Document, item: YAMLMap, key: string, value: string | null | string[]): void {
  const node = item.get(key, true);
  if (Array.isArray(value)) {
    const seq = doc.createNode(value, { flow: true }) as YAMLSeq;
    if (isCollection(node) || isScalar(node)) seq.comment = node.comment;
    item.set(key, seq);
  } else if (isScalar(node)) {
    node.value = value;
    node.type = undefined; // the yaml library quotes what would read back as another type ("2023")
  } else item.set(key, value);
}

const isPlainMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A field left TODO with nothing to accept in its place. */
const stillTodo = (file: string, n: number, label: string, f: string, why: string): Problem =>
  messages.reviewDecision(
    file,
    n,
    `${label}: ${f} is still TODO and ${why}`,
    `Write the value the text gives for ${f}, then run --accept ${n} again.`,
  );

/** Accepts the TODO(x) guesses inside a mapping field in place; reports a bare TODO through `missing`. */
function acceptInner(
  doc: Document,
  node: unknown,
  value: Record<string, unknown>,
  missing: (key: string) => void,
): Record<string, unknown> {
  const out = { ...value };
  for (const [k, v] of Object.entries(value)) {
    if (!isTodo(v)) continue;
    const x = guessOf(v);
    if (x === undefined || !isMap(node)) missing(k);
    else {
      setField(doc, node, k, x);
      out[k] = x;
    }
  }
  return out;
}

/** Draft N is not in the review's numbering (`figures review ID --all` lists it). */
export const noSuchDraft = (file: string, n: number, review: SourceReview): Problem =>
  messages.reviewDecision(
    file,
    n,
    `there is no draft ${n} (the review lists ${review.order.length})`,
    `Run 'npm run figures -- review ${review.source} --all' for the numbers.`,
  );

/** The drafted reasons of the years a rejected observation draft carried no longer hold: they say it is ignored too. */
function periodReasonsOfRejected(doc: Document, quote: string): void {
  const ignore = doc.get('ignore', true);
  if (!isSeq(ignore)) return;
  for (const entry of ignore.items)
    if (isMap(entry) && entry.get('reason') === carriedPeriodReason(quote)) entry.set('reason', ignoredPeriodReason(quote));
}

export function decide(file: string, yaml: string, review: SourceReview, d: Decisions): string {
  const doc = parseDocument(yaml);
  const order = review.order;
  const problems: Problem[] = [];
  const wanted = [
    ...(d.accept ?? []).map((n) => ({ n, how: 'accept' as const })),
    ...(d.reject ?? []).map((n) => ({ n, how: 'reject' as const })),
  ];
  const removals: { section: string; index: number }[] = [];
  const additions: { section: 'ignore' | 'rejected'; entry: Record<string, unknown>; block: ReviewState }[] = [];
  for (const { n, how } of wanted) {
    const item = order[n - 1];
    if (!item) {
      problems.push(noSuchDraft(file, n, review));
      continue;
    }
    const block = item.block;
    const label = itemLabel(item.section, item.value);
    if (block?.decision !== 'unreviewed') {
      problems.push(
        messages.reviewDecision(
          file,
          n,
          `${label} is ${block ? `already ${block.decision}` : 'not a draft (no review block)'}`,
          'Only unreviewed drafts are decided with --accept and --reject; change a recorded decision by editing its review block (docs/curation.md).',
        ),
      );
      continue;
    }
    const node = doc.getIn([item.section, item.index], true) as YAMLMap;
    if (how === 'accept') {
      // The reading may have moved on since suggest drafted it (the sidecar finished since gives the
      // speaker its title names, the date closing "since X"): the decision is recorded against the
      // reader's proposal now, the one `review ID` shows (view.ts), so it is not stale at once.
      const now = item.draft !== undefined && item.proposal !== null ? item.proposal : null;
      const moved = now !== null && JSON.stringify(now) !== JSON.stringify(block.proposal ?? null);
      // A bare TODO is filled from the proposal the draft was written from.
      const drafted: Proposal | null = block.proposal ?? null;
      const proposal: Proposal | null = moved ? now : drafted;
      const next = { ...item.value };
      // The reader's fields, and any other the draft left as TODO(x) (an observation's unit).
      const fields = new Set([...fieldsOf(item.kind), ...Object.keys(item.value).filter((k) => k !== 'review')]);
      for (const f of fields) {
        const inner = item.value[f];
        // A drafted override ({value: -61, reason: TODO(A fall: …)}): its guesses are accepted key by key.
        if (isPlainMapping(inner)) {
          next[f] = acceptInner(doc, node.get(f, true), inner, (k) =>
            problems.push(stillTodo(file, n, label, `${f}.${k}`, 'the draft gives no guess for it')),
          );
          continue;
        }
        if (!hasTodo(inner)) continue;
        // TODO(x) is accepted as x, the value the draft shows; it differs from the reader's proposal
        // where suggest mapped a name to the id of an entity it drafted ("the Caspian Trade
        // Observatory" → caspian-trade-observatory, not the proposal's the-caspian-trade-observatory).
        const p = guessed(item.value[f]) ?? drafted?.[f];
        if (p === undefined || (p === null && !NULLABLE.has(f))) {
          problems.push(stillTodo(file, n, label, f, 'the reader proposed no value for it'));
          continue;
        }
        setField(doc, node, f, p);
        next[f] = p;
      }
      const edited = proposal ? editedFields(item.kind, proposal, next) : [];
      const decision = proposal === null ? 'added' : edited.length ? 'edited' : 'accepted';
      const reading = moved ? { fingerprint: readingFingerprint(review.digest, item.quote, now), proposal: now } : {};
      const nextBlock = { ...block, ...reading, decision, ...(decision === 'edited' ? { edited } : {}) } as ReviewState;
      node.set('review', blockNode(doc, nextBlock));
    } else {
      if (item.kind === 'observation' && !d.reason) {
        problems.push(
          messages.reviewDecision(
            file,
            n,
            `${label}: rejecting an observation draft moves it to ignore, which needs a reason`,
            `Add --reason "why it is not a supply statistic" (for example: "a count of listed entities").`,
          ),
        );
        continue;
      }
      removals.push({ section: item.section, index: item.index });
      const where = { quote: item.value.quote, ...(item.value.occurrence !== undefined ? { occurrence: item.value.occurrence } : {}) };
      const rejected = { ...block, decision: 'rejected' } as ReviewState;
      if (item.kind === 'observation') {
        additions.push({ section: 'ignore', entry: { ...where, reason: d.reason }, block: rejected });
        periodReasonsOfRejected(doc, String(item.value.quote));
      } else
        additions.push({
          section: 'rejected',
          entry: { kind: 'claim', ...where, ...(d.reason ? { reason: d.reason } : {}) },
          block: rejected,
        });
    }
  }
  if (problems.length > 0) throw new FiguresError(problems, EXIT.usage);
  for (const a of additions) {
    let seq = doc.get(a.section, true);
    if (!isSeq(seq)) {
      seq = doc.createNode([]) as YAMLSeq;
      doc.set(a.section, seq);
    }
    (seq as YAMLSeq).flow = false;
    const entry = doc.createNode(a.entry) as YAMLMap;
    entry.set('review', blockNode(doc, a.block));
    (seq as YAMLSeq).items.push(entry);
  }
  for (const r of removals.sort((a, b) => b.index - a.index)) {
    // The comments above the first item of a list (the draft's sentence and confidence) are the
    // list's to the YAML parser, not the item's: they go with the item, as those of the others do.
    const seq = doc.get(r.section, true);
    if (r.index === 0 && isSeq(seq)) seq.commentBefore = null;
    doc.deleteIn([r.section, r.index]);
    const left = doc.get(r.section, true);
    if (isSeq(left) && left.items.length === 0) left.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
