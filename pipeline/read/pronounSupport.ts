/**
 * Support owned by a pronoun: "hold China accountable for its support of Putin’s war", "China
 * … for its military support to Russia". "its" is the country named last before it in the
 * sentence; a claim with no goods, as "China’s support for Russia’s military" is (triggers.ts).
 */
import { readClaimant } from './claimant.js';
import { supplyToRussia } from './claimClause.js';
import type { TextContext } from './context.js';
import { keyedMatches } from './keyedScan.js';
import type { ReadClaim } from './types.js';

const ITS_SUPPORT =
  /\bits\s+(?:(?:continued|ongoing|military|material|growing|direct)\s+){0,2}support\s+(?:of|for|to)\s+(?:(?:the|war|criminal)\s+){0,2}(?:Russia[’']s|Russia\b|Russian\b|Putin[’']s|Putin\b|the\s+Kremlin|Kremlin[’']s|Moscow)/giu;
const SUPPORT_KEY = /\bsupport\b/g;
/** Support that is not supply (docs/reading.md: political, diplomatic or indirect support). */
const NOT_SUPPLY = /\b(?:political|diplomatic|moral|indirect|rhetorical)\s+$/i;

export function pronounSupportClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, SUPPORT_KEY, ITS_SUPPORT, 40, 40)) {
    if (NOT_SUPPLY.test(m[0].slice(0, m[0].search(/support/i)))) continue;
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    const owners = ctx.countries(s).filter((h) => h.end <= m.index && h.entity !== 'russia');
    const owner = owners[owners.length - 1];
    if (!owner || /[.;]/.test(text.slice(owner.end, m.index))) continue;
    const end = m.index + m[0].length;
    if (claims.some((c) => c.start < end && m.index < c.end)) continue;
    const recipientAt = m.index + m[0].search(/Russia|Putin|Kremlin|Moscow/);
    const claimant = readClaimant(ctx, s, span.start);
    out.push(
      ...supplyToRussia(
        text,
        { quote: text.slice(owner.start, end), start: owner.start, end },
        { id: owner.entity, name: owner.text, start: owner.start, end: owner.end, rule: 'the country “its” stands for' },
        { start: recipientAt, end: recipientAt + 6, rule: 'supported' },
        claimant,
        0.45,
        [],
        '',
      ),
    );
  }
  return out;
}
