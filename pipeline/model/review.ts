/**
 * The review state of an annotated item (schemas/annotation.schema.json#/$defs/review): which
 * reading a review is about, as short hex: the source text's digest, and one fingerprint
 * of the text digest, the item's quote and the reader's proposal. The proposal is the proposed
 * field values only — no confidence, no evidence offsets — so a reader refactor that proposes
 * the same values leaves every review fresh, and any change of a proposed value makes it stale.
 */
import { sha256 } from '../core/hash.js';

/** The reader's proposal for one item, in the annotation's terms (ids, codes, periods). */
export type Proposal = Record<string, string | null | string[]>;

/** First 12 hex digits of the SHA-256 of the normalized text (the sidecar keeps all 64). */
export function textDigest(text: string): string {
  return sha256(text).slice(0, 12);
}

/** Key order fixed (sorted by code unit), so equal proposals have equal bytes. */
function canonical(p: Proposal | null): [string, string | null | string[]][] | null {
  if (p === null) return null;
  return Object.keys(p)
    .sort()
    .map((k) => [k, p[k]!]);
}

/** First 16 hex digits of the SHA-256 of [text digest, quote, proposal], as canonical JSON. */
export function readingFingerprint(digest: string, quote: string, proposal: Proposal | null): string {
  return sha256(JSON.stringify([digest, quote, canonical(proposal)])).slice(0, 16);
}

export const OBSERVATION_FIELDS = ['indicator', 'reporter', 'partner', 'product', 'period', 'attributed_to'] as const;
export const CLAIM_FIELDS = ['supplier', 'recipient', 'goods', 'end_use', 'certainty', 'share', 'claimant'] as const;

export type ItemKind = 'observation' | 'claim';

export const fieldsOf = (kind: ItemKind): readonly string[] => (kind === 'observation' ? OBSERVATION_FIELDS : CLAIM_FIELDS);

/** The fields to show for proposals of an item: its kind's, and `value` where one of them signs it. */
export const proposalFields = (kind: ItemKind, ...proposals: (Proposal | null | undefined)[]): readonly string[] =>
  proposals.some((p) => p?.value !== undefined) ? [...fieldsOf(kind), 'value'] : fieldsOf(kind);

/** An item's value where a proposal can give one: an observation's overridden value. */
export const itemField = (item: Record<string, unknown>, field: string): unknown =>
  field === 'value' ? (item.override as Record<string, unknown> | undefined)?.value : item[field];

/** A curated value in the proposal's shape: scalars as strings (an unquoted YAML year is a number), lists sorted. */
function curated(v: unknown): string | null | string[] {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map(String).sort();
  return String(v);
}

function same(a: string | null | string[], b: string | null | string[]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const sa = [...a].sort();
    return sa.length === b.length && [...b].sort().every((x, i) => x === sa[i]);
  }
  return a === b;
}

/**
 * Whether the item's value differs from the proposal's: a proposal gives a value only where the
 * reader corrects the extractor's (a fall's sign), which the item keeps as `override.value`;
 * without one, any overridden value is the curator's.
 */
function valueEdited(proposal: Proposal, override: Record<string, unknown> | undefined): boolean {
  const kept = override?.value === undefined ? undefined : curated(override.value);
  return proposal.value === undefined ? kept !== undefined : kept === undefined || !same(proposal.value, kept);
}

/**
 * The fields whose curated value differs from the proposal, in field order; for an observation
 * also the keys of its `override` (a corrected value, hedge or interval of the extractor's reading).
 */
export function editedFields(kind: ItemKind, proposal: Proposal, item: Record<string, unknown>): string[] {
  const out = fieldsOf(kind).filter((f) => !same(proposal[f] ?? null, curated(item[f])));
  if (kind !== 'observation') return out;
  const override = item.override as Record<string, unknown> | undefined;
  if (valueEdited(proposal, override)) out.push('value');
  if (override) out.push(...Object.keys(override).filter((k) => k !== 'reason' && k !== 'value' && !out.includes(k)));
  return out;
}

export type ReviewSection = 'observations' | 'claims' | 'ignore' | 'rejected';

export const REVIEW_SECTIONS: readonly { section: ReviewSection; kind: ItemKind }[] = [
  { section: 'observations', kind: 'observation' },
  { section: 'claims', kind: 'claim' },
  { section: 'ignore', kind: 'observation' },
  { section: 'rejected', kind: 'claim' },
];

/**
 * The numbering `figures review ID` shows and its --accept/--reject flags take: every
 * observation and claim, then the ignore entries and rejected drafts that carry a review block.
 */
export function reviewOrder(annotation: unknown): { section: ReviewSection; index: number; kind: ItemKind }[] {
  const out: { section: ReviewSection; index: number; kind: ItemKind }[] = [];
  for (const { section, kind } of REVIEW_SECTIONS) {
    const list = (annotation as Record<string, unknown> | null)?.[section];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const reviewed = item !== null && typeof item === 'object' && 'review' in item;
      if (section === 'observations' || section === 'claims' || reviewed) out.push({ section, index, kind });
    });
  }
  return out;
}

/** How messages name an item: its id, or for an ignore entry or rejected draft its quote. */
export function itemLabel(section: ReviewSection, item: Record<string, unknown>): string {
  const name = typeof item.id === 'string' ? item.id : typeof item.quote === 'string' ? item.quote : '?';
  const what = { observations: 'observation', claims: 'claim', ignore: 'ignore entry', rejected: 'rejected draft' }[section];
  return `${what} ${JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name)}`;
}

/** The block `suggest` writes on each draft: nobody has reviewed it yet, and the build refuses it until someone does. */
export function unreviewedBlock(
  digest: string,
  quote: string,
  proposal: Proposal | null,
): { decision: 'unreviewed'; text: string; fingerprint: string; proposal: Proposal | null } {
  return { decision: 'unreviewed', text: digest, fingerprint: readingFingerprint(digest, quote, proposal), proposal };
}
