/**
 * The dataset's scope (docs/curation.md, "Scope of observations"): figures on supplies TO Russia —
 * China's and Hong Kong's, other suppliers' (Iran, North Korea), Russia's imports from all
 * partners, a sanctioning or third country's own exports to Russia — and trade between Russia and
 * a partner. A statistic on goods FROM Russia is outside it: Russia's exports (its oil and gas
 * sold to the EU, India or China) and another country's imports from Russia, with Russia's share
 * of them ("Russia's share in extra-EU imports"). Curators delete such drafts (most of the
 * deleted drafts on the curated Eurostat pages were EU imports from Russia), so the reader
 * leaves them aside and says why. So too goods another country received in return for its
 * supplies ("In return, Pyongyang received around 1 million barrels of oil": Russia's oil), and
 * earnings and spending ("Russia's oil and gas revenues fell 24%"), which measure no goods at all.
 */
import type { ReadObservation } from './types.js';

/** "In return, Pyongyang received …": what a supplier of Russia is paid with. */
const IN_RETURN = /\bin (?:return|exchange)\b/i;

/** Stems of EARNINGS's nouns, in either case of their first letter. */
const EARNING_STEMS = ['evenue', 'arnings', 'ncome', 'roceeds', 'rofit', 'pending', 'udget', 'xpenditure', 'utlays'];

/** Earnings that are a flow's value: "export revenues", "revenue from its exports". */
const FLOW_EARNINGS = /\b(?:exports?|imports?|sales|shipments)\b/i;

type Sides = Pick<ReadObservation, 'flow' | 'reporter' | 'partner'>;

/** An amount earned or spent, not goods: the subject of the figure in its clause. */
const EARNINGS =
  /\b(revenues?|earnings|income|proceeds|profits?|(?:defen[cs]e|military)\s+(?:spending|budget|expenditures?|outlays))\b[^,;]{0,40}$/i;

/** Why a statistic read with these sides is out of the dataset's scope, or undefined when it is in. */
export function outOfScope(o: Sides): string | undefined {
  if (o.flow === 'export' && o.reporter === 'RUS')
    return `out of scope: Russia’s exports${o.partner && o.partner !== 'WLD' ? ` to ${o.partner}` : ''} (goods from Russia, not supplies to Russia)`;
  if ((o.flow === 'import' || o.flow === 'supply') && o.partner === 'RUS' && o.reporter !== 'RUS')
    return `out of scope: ${o.reporter ? `${o.reporter}’s ` : ''}imports from Russia (goods from Russia, not supplies to Russia)`;
  return undefined;
}

/**
 * Why a statistic is left aside as outside the scope: goods from Russia (outOfScope), goods
 * received in return, or an amount earned or spent that its clause names before it. `lead` is
 * its clause up to the figure, `sentenceLead` its sentence up to the figure.
 */
export function scopeReason(o: Sides, lead: string, sentenceLead: string): string | undefined {
  // Only a named receiver other than Russia: "In return, North Korea sent 5 million shells" (no receiver read) is a supply to Russia.
  if (
    (o.flow === 'supply' || o.flow === 'import') &&
    o.reporter !== null &&
    o.reporter !== 'RUS' &&
    o.partner !== o.reporter &&
    IN_RETURN.test(sentenceLead)
  )
    return 'out of scope: goods received in return for supplies to Russia, not supplies to it';
  // The noun sits within 40 characters of the figure: only the lead's end is searched, and only
  // where one of the nouns' stems is there (a few string searches cost less than the regex).
  const tail = lead.length > 80 ? lead.slice(-80) : lead;
  const earnings = EARNING_STEMS.some((w) => tail.includes(w)) ? EARNINGS.exec(tail) : null;
  // "export revenues", "revenue from exports to Russia": the value of a flow, read by its sides.
  if (earnings && !FLOW_EARNINGS.test(tail.slice(Math.max(0, earnings.index - 8))))
    return `not a supply or trade figure: ${earnings[1]!.toLowerCase()} (money earned or spent, not goods)`;
  return outOfScope(o);
}
