/**
 * FollowTheMoney entity ids: our curated ids under a fixed namespace and a kind, so an id is
 * the same in every release that has the row and never depends on row order. Parts are joined
 * with `--`, as mention ids are. FtM caps ids at 200 characters; a longer one (none today)
 * becomes the namespace plus the SHA-1 of the readable id, still derived from our ids alone.
 * No dots: Aleph signs ids with a `.`-separated suffix.
 */
import { createHash } from 'node:crypto';

export const FTM_NAMESPACE = 'cn-ru-dual-use';
const MAX_ID = 200;

function ftmId(kind: string, ...parts: string[]): string {
  const id = `${FTM_NAMESPACE}-${kind}-${parts.join('--')}`;
  return id.length <= MAX_ID ? id : `${FTM_NAMESPACE}-${kind}-${createHash('sha1').update(id).digest('hex')}`;
}

export const entityId = (entityId: string): string => ftmId('entity', entityId);
export const sourceId = (sourceId: string): string => ftmId('source', sourceId);
/** One UnknownLink per supplier of a claim (a claim may name several). */
export const claimLinkId = (claimId: string, supplier: string): string => ftmId('claim', claimId, supplier);
export const documentationId = (sourceId: string, entityId: string): string => ftmId('doc', sourceId, entityId);
