/**
 * The relations of the FtM export: each claim as an UnknownLink from each supplier to the
 * recipient, and each document's link to every entity it names (Documentation).
 */
import type { ClaimsRow, GoodsRow, SourcesRow, Tables } from '../../model/index.js';
import { QUALITATIVE_SHARES } from '../../normalize/corroborate.js';
import { claimLinkId, documentationId, entityId, sourceId } from './ids.js';
import { sourceDate } from './things.js';
import type { FtmEntity } from './types.js';

/** The certainty of a claim in words (the claims schema defines the four). */
export const CERTAINTY_WORDS: Record<ClaimsRow['certainty'], string> = {
  asserted: 'asserted (stated as fact)',
  likely: 'likely (hedged as likely)',
  determined: 'determined (a formal finding)',
  denied: 'denied (the supplier side denies it)',
};

/**
 * The claim's source document, by title and FtM id: the model the export is checked against
 * (@alephdata/followthemoney 3.8.4, Aleph's) gives an UnknownLink no property that references a
 * Document (`proof`, "Source document", is a Thing's; FtM 4 adds it to Interval), so the link
 * names its document in words, as an entity's `proof` names its own (docs/ftm.md).
 */
export const sourceDocumentWords = (s: SourcesRow): string => `Source document: ${s.title} (${sourceId(s.source_id)}).`;

function claimDescription(c: ClaimsRow, goods: GoodsRow | undefined, claimant: string, source: SourcesRow): string {
  const share = QUALITATIVE_SHARES.find((s) => s.share === c.share);
  return [
    `Certainty: ${CERTAINTY_WORDS[c.certainty]}.`,
    `Claimed by: ${claimant}.`,
    sourceDocumentWords(source),
    goods ? `Goods: ${goods.label}.` : 'Goods: none named (a service or unspecified support).',
    c.end_use ? `End use: ${c.end_use}.` : null,
    share ? `Share of the recipient's supply: ${share.words}.` : null,
    c.note ? `Note: ${c.note}` : null,
  ]
    .filter((x) => x !== null)
    .join(' ');
}

export function claimLinks(tables: Tables): FtmEntity[] {
  const goods = new Map(tables.goods.map((g) => [g.goods_id, g]));
  const names = new Map(tables.entities.map((e) => [e.entity_id, e.name]));
  const sources = new Map(tables.sources.map((s) => [s.source_id, s]));
  return tables.claims.flatMap((c) => {
    const g = c.goods === null ? undefined : goods.get(c.goods);
    const source = sources.get(c.source_id)!;
    const date = sourceDate(source);
    const role = `supplier${c.certainty === 'denied' ? ', denied' : ''} (${g ? g.label : 'no goods named'})`;
    return c.supplier.map((supplier): FtmEntity => ({
      id: claimLinkId(c.claim_id, supplier),
      schema: 'UnknownLink',
      properties: {
        subject: [entityId(supplier)],
        object: [entityId(c.recipient)],
        role: [role],
        status: [c.certainty],
        summary: [c.quote],
        description: [claimDescription(c, g, names.get(c.claimant) ?? c.claimant, source)],
        date: date ? [date] : [],
        publisher: source.publisher ? [source.publisher] : [],
        sourceUrl: source.url ? [source.url] : [],
        recordId: [c.claim_id],
      },
    }));
  });
}

/** What a document does with an entity, in a fixed order. */
const ROLES = ['named in the text', 'supplier in a claim', 'recipient in a claim', 'claimant'] as const;
type Role = (typeof ROLES)[number];

export function documentations(tables: Tables): FtmEntity[] {
  const pairs = new Map<string, { source: SourcesRow['source_id']; entity: string; roles: Set<Role> }>();
  const add = (source: string, entity: string, role: Role) => {
    const key = JSON.stringify([source, entity]);
    const pair = pairs.get(key) ?? { source, entity, roles: new Set<Role>() };
    pair.roles.add(role);
    pairs.set(key, pair);
  };
  for (const e of tables.entities) add(e.source_id, e.entity_id, 'named in the text');
  for (const m of tables.entity_mentions) add(m.source_id, m.entity_id, 'named in the text');
  for (const c of tables.claims) {
    for (const s of c.supplier) add(c.source_id, s, 'supplier in a claim');
    add(c.source_id, c.recipient, 'recipient in a claim');
    add(c.source_id, c.claimant, 'claimant');
  }
  const order = (a: { source: string; entity: string }, b: { source: string; entity: string }) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0;
  return [...pairs.values()].sort(order).map((p) => ({
    id: documentationId(p.source, p.entity),
    schema: 'Documentation',
    properties: {
      document: [sourceId(p.source)],
      entity: [entityId(p.entity)],
      role: ROLES.filter((r) => p.roles.has(r)),
    },
  }));
}
