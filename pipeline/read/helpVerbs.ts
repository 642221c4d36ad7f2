/**
 * Support stated with a verb of keeping something going: "China’s so-called “no limits”
 * partnership and large-scale support is propping up the Russian defense industrial base",
 * "the Chinese Communist Party continues actively fueling Putin’s war", "Beijing is sustaining
 * Russia’s war machine", "China is enabling Russia’s war effort", "Beijing is helping Moscow rebuild
 * its defense industrial base" (help with a rebuilding of Russia's war or defense, not any help). A claim with no goods, as "China’s support for Russia’s military" is
 * (triggers.ts, support): the country (or its ruling party) supplies, Russia receives.
 */
import { readClaimant } from './claimant.js';
import { supplyToRussia } from './claimClause.js';
import type { TextContext } from './context.js';
import { keyedMatches } from './keyedScan.js';
import type { ReadClaim } from './types.js';

/** The verb group and Russia's war, industry or forces as its object. */
const HELP = new RegExp(
  String.raw`\s+(?:is|are|was|were|has\s+been|have\s+been|continues?\s+(?:to\s+be\s+)?|keeps?)\s*(?:(?:actively|effectively|directly|now|still|also)\s+)?(?:(?:propping\s+up|prop\s+up|fuel(?:l)?ing|sustaining|sustain|underpinning|bankrolling|bolstering|enabling|enable)\s+(?:(?:the|war|criminal|dictator)\s+){0,3}(?:Russia[’']s|Russian|Putin[’']s|the\s+Kremlin[’']s|Kremlin[’']s|Moscow[’']s)|(?:helping|help)\s+(?:Russia|Moscow|the\s+Kremlin|Putin)\s+(?:to\s+)?(?:rebuild|build\s+up|expand|sustain|replenish|restore|arm)\s+(?:its|his|the)\s+(?:war|defen[cs]e|military|arms)\b)\s`,
  'gu',
);
/** The verbs every match holds. */
const HELP_KEY = /\b(?:propping|prop|fuel(?:l)?ing|sustaining|sustain|underpinning|bankrolling|bolstering|enabling|enable|helping|help)\b/g;
/** "China’s … support" (a possessive owner, up to eight words before "support"). */
const SUPPORT_NP = /(\p{Lu}[\p{L}.-]*)[’']s\s+(?:\S+\s+){0,8}?support$/u;
/** A ruling party or government named as the subject: "the Chinese Communist Party". */
const PARTY = /((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:Party|Government|regime))$/u;

export function helpVerbClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, HELP_KEY, HELP, 50, 60)) {
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    const head = text.slice(span.start, m.index);
    const countries = ctx.countries(s);
    const support = SUPPORT_NP.exec(head);
    let supplier: { id: string; name: string; start: number; end: number } | undefined;
    if (support) {
      const at = span.start + support.index;
      const owner = countries.find((h) => h.start === at);
      if (owner) supplier = { id: owner.entity, name: owner.text, start: owner.start, end: owner.end };
    } else {
      const subject = countries.find((h) => h.end === m.index);
      const party = subject ? undefined : PARTY.exec(head);
      if (subject) supplier = { id: subject.entity, name: subject.text, start: subject.start, end: subject.end };
      else if (party) {
        const at = span.start + party.index;
        supplier = { id: party[1]!, name: party[1]!, start: at, end: at + party[1]!.length };
      }
    }
    if (!supplier || supplier.id === 'russia') continue;
    const objectAt = m.index + m[0].search(/Russia|Putin|Kremlin|Moscow/);
    const clause = /[,;:]|\s+(?:and|but|while)\s/.exec(text.slice(m.index + m[0].length, span.end));
    const end = clause ? m.index + m[0].length + clause.index : span.end;
    const start = support ? span.start + support.index : supplier.start;
    if (claims.some((c) => c.start < end && start < c.end)) continue;
    const quote = text.slice(start, end).replace(/[.\s]+$/, '');
    const claimant = readClaimant(ctx, s, start);
    out.push(
      ...supplyToRussia(
        text,
        { quote, start, end: start + quote.length },
        { id: supplier.id, name: supplier.name, start: supplier.start, end: supplier.end, rule: 'who keeps Russia’s war going' },
        { start: objectAt, end: objectAt + 6, rule: 'the war or industry kept going' },
        claimant,
        0.5,
        [],
        '',
      ),
    );
  }
  return out;
}
