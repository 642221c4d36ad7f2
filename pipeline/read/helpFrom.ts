/**
 * Goods Russia gets with another country's help: "Russia procures these drones thanks to its
 * partnership with Iran", "Russia is circumventing sanctions by accessing technologies with help
 * from China". The helper supplies, Russia (the subject) receives; the receiving verbs the
 * triggers read with "from" (triggers.ts, receive) are left to them.
 */
import { readClaimant } from './claimant.js';
import { supplyToRussia } from './claimClause.js';
import type { TextContext } from './context.js';
import { keyedMatches } from './keyedScan.js';
import type { ReadClaim } from './types.js';

const HELPED =
  /\b(?:procur(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|access(?:es|ed|ing)?|gets?|getting|got)\b([^.;]{0,80}?)\s+(?:with\s+(?:the\s+)?help\s+(?:from|of)|thanks\s+to\s+(?:its|their)\s+(?:partnership|cooperation|ties|alliance)\s+with|thanks\s+to\s+(?:help|support)\s+from)\s+/giu;

/** The words of help every match holds. */
const HELP_KEY = /\b(?:help\s+(?:from|of)|thanks\s+to)\b/g;

export function helpFromClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, HELP_KEY, HELPED, 110, 40)) {
    const after = m.index + m[0].length;
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    const countries = ctx.countries(s);
    const helper = countries.find((h) => h.start === after);
    const russia = countries.find((h) => h.entity === 'russia' && h.end <= m.index);
    if (!helper || !russia || helper.entity === 'russia') continue;
    if (claims.some((c) => c.start < helper.end && russia.start < c.end)) continue;
    const goods = ctx.goods(s).filter((g) => g.id && g.start >= m.index && g.end <= after);
    const claimant = readClaimant(ctx, s, span.start);
    out.push(
      ...supplyToRussia(
        text,
        { quote: text.slice(russia.start, helper.end), start: russia.start, end: helper.end },
        { id: helper.entity, name: helper.text, start: helper.start, end: helper.end, rule: 'the country whose help Russia has' },
        { start: russia.start, end: russia.end, rule: 'who gets the goods with help' },
        claimant,
        goods.length > 0 ? 0.65 : 0.5,
        goods,
        'the goods got',
      ),
    );
  }
  return out;
}
