/**
 * Claims out of the dataset's scope, as observations are (scope.ts): the dataset records supplies
 * to Russia's war. A supply to another country ("Russia, in turn, supplied Kazakhstan with fuel",
 * "Beijing Lianhe sold guidance systems to Iran", "continues to supply Kyiv with missiles") is no
 * claim of it; only Russia's own supplies to the partners that arm it (North Korea, Iran, Belarus)
 * are kept, as the curators record the support Russia gives in return (docs/curation.md).
 */
import type { TextContext } from './context.js';
import type { ReadClaim } from './types.js';

const RUSSIA_PARTNERS: ReadonlySet<string> = new Set(['north-korea', 'iran', 'belarus']);

/** Whether recipient id `r` is a country's entity id ("kazakhstan"), not a name as written. */
function isCountry(ctx: TextContext, r: string): boolean {
  return /^[a-z-]+$/.test(r) && ctx.lexicon.countries.lookup(r.replace(/-/g, ' '))?.entity === r;
}

/** Whether claim `c` is a supply to a country other than Russia, which the dataset does not record. */
export function suppliesElsewhere(ctx: TextContext, c: ReadClaim): boolean {
  const r = c.recipient;
  if (r === null || r === 'russia') return false;
  if (r === 'ukraine') return true;
  if (!isCountry(ctx, r)) return false;
  return !(c.supplier.includes('russia') && RUSSIA_PARTNERS.has(r));
}
