/**
 * The parties of a receiving verb ("Russian factories bought chips from …", "relies on China
 * for …"): its subject receives; the supplier is who procures for Russia, the group or the
 * countries the goods come from, their maker, or who helps the recipient obtain them.
 */
import { FROM_GROUP } from './claimCues.js';
import { ev } from './evidence.js';
import type { ClaimFrame } from './claimFrame.js';
import { idsOf, nameToId } from './claimIds.js';
import type { Parties } from './claimParties.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { afterVerb } from './recipient.js';
import { splitSuppliers, supplierBefore, type SupplierPhrase } from './supplier.js';

/** "helped Russia acquire", "is helping Moscow obtain": group 1 ends where the helper does. */
const HELPER =
  /^(.*?\S)\s+(?:(?:has|have|had|is|are|was|were|also|reportedly|allegedly)\s+)*(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?)\s+(?:the\s+)?$/s;
const MADE_BY =
  /\b(?:manufactured|made|produced|built|supplied|sold|developed)\s+by\s+((?:[\p{L}-]+-based\s+|Chinese\s+|Russian\s+)?(?:companies|firms|entities)?\s*[\p{Lu}][^;.]*?)(?=[,;.]|\s+(?:and that|for|in|to)\s|$)/u;

/** "relies on", "depends on", "turned to": the one relied on is named right after the verb, before "for" and the goods. */
const RELY_ON = /^(?:rel|dep|tur|and)/i;

/** Between a country and the "turned to" whose subject it is: auxiliaries and adverbs. */
const TURNED_TO = /^\s+(?:(?:has|have|had|also|increasingly|\p{Ll}+ly)\s+)*turn(?:s|ed|ing)?\s+to\s/u;

/** "obtained … through intermediaries in China", "via traders in Hong Kong": the group the goods pass through supplies them. */
const VIA_GROUP =
  /\b(?:via|through)\s+(?:the\s+|a\s+|an\s+)?((?:(?:web|network|chain|string|series)\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:intermediaries|intermediary|middlemen|traders|firms|companies|suppliers|distributors|dealers|brokers|front companies|shell companies)(?:\s+(?:in|based in)\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)*)?)/u;

/** "on Chinese suppliers for": a group right after "relies on", before the goods. */
const ON_GROUP =
  /^\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}?(?:companies|firms|suppliers|manufacturers|producers|factories|plants|traders|distributors|vendors|exporters|intermediaries)(?:\s+(?:in|based in)\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?)\s+for\b/u;

/** "made in China", "assembled in the PRC": words that name where goods were made. */
const MADE_IN = /\b(?:made|manufactured|produced|assembled|built)\s+in\s+(?:the\s+)?$/i;
/** Between a receiving verb and a demonym that names the goods' origin: quantities and adjectives, no preposition but "of". */
const TO_ORIGIN =
  /^\s+(?:(?:the|these|those|its|their|some|more|new|further|additional|several|many|dozens|hundreds|thousands|large|significant|(?:number|numbers|quantities|batch|batches|shipments?|consignments?)|of|a|an)\s+)*$/i;

/**
 * The country the goods received are of, when nothing else names a supplier: "Russia has received
 * Iranian ballistic missiles", "is receiving military drones made in China". Not the recipient's own
 * country ("received Russian-made parts back" names no supplier).
 */
function goodsOrigin(text: string, f: ClaimFrame, p: Parties): CountryHit | undefined {
  if (p.goods.length === 0) return undefined;
  const goods = p.goods[0]!;
  for (const h of f.countries) {
    if (h.start < f.t.end || h.end > f.clauseEnd || h.entity === 'russia' || h.entity === p.recipient) continue;
    if (h.demonym && h.end <= goods.start && TO_ORIGIN.test(text.slice(f.t.end, h.start))) return h;
    if (!h.demonym && h.start >= goods.end && MADE_IN.test(text.slice(goods.end, h.start))) return h;
  }
  return undefined;
}

/** "for end users in", "for a customer based in": a buyer, before the country it is in. */
const FOR_PARTY_IN =
  /\bfor\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:end[ -]users?|buyers?|customers?|clients?|compan(?:y|ies)|firms?|manufacturers?|plants?|factor(?:y|ies)|recipients?|consignees?)\s+(?:(?:based|located|registered)\s+)?in\s+$/u;

/** "on behalf of a sanctioned ", before a demonym naming the buyer. */
const ON_BEHALF_OF_BUYER = /\bon\s+behalf\s+of\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** What may follow the last country of a list that runs past its clause's end: punctuation or a preposition, not a verb. */
const LIST_END = /^\s*(?:[.,;:!?)”"]|$|(?:for|to|in|into|since|through|via|over|during|last|this|as)\b)/;

/** Between two countries of a "from" list: a comma or "and", an aside of lower-case words, "from" again. */
const LIST_JOIN = /^\s*(?:,|,?\s+and)(?:,?\s+\p{Ll}[\p{Ll} ]{1,30},)?\s+(?:from\s+)?(?:the\s+)?$/u;

/** "from Iran and the DPRK": the country right after "from" and every country listed with it. */
export function fromCountries(text: string, f: ClaimFrame, first: CountryHit, p: Parties): void {
  const more: CountryHit[] = [];
  let last = first;
  for (const h of f.countries) {
    // Read to the sentence's end: a list closing on ", and" ("from China, North Korea, and Iran") ends no clause.
    if (h.start <= last.end || h.end > f.span.end || h.demonym) continue;
    if (h.end > f.clauseEnd && !LIST_END.test(text.slice(h.end, h.end + 12))) break;
    // "from DPRK, from Iran and, most decisively, from China": "from" repeated, an aside between commas.
    if (!LIST_JOIN.test(text.slice(last.end, h.start))) break;
    more.push(h);
    last = h;
  }
  p.supplierIds = [first.entity, ...more.map((h) => h.entity)];
  p.supplierNames = [first.text, ...more.map((h) => h.text)];
  p.evidence.supplier = ev(text, first.start, first.end, 'from X');
}

/** Fills `p` with the parties of the receiving verb of frame `f`, whose subject is `subject`. */
export function receiveParties(ctx: TextContext, f: ClaimFrame, subject: SupplierPhrase | undefined, p: Parties): void {
  const { text } = ctx;
  const { t, span, clauseEnd, headStart, countries } = f;
  const { evidence } = p;
  // "relies on China for": the country right after the verb supplies.
  const fromCountry =
    countries.find((h) => afterVerb(text, h, t, clauseEnd, /\bfrom\s+(?:the\s+)?$/i)) ??
    (RELY_ON.test(text.slice(t.start, t.start + 3))
      ? // "turned to Iran for drones, and to the DPRK for shells": the second conjunct's "to" follows the trigger "and".
        countries.find((h) => !h.demonym && h.start >= t.end && /^\s*(?:to\s+)?(?:the\s+)?$/.test(text.slice(t.end, h.start)))
      : undefined);
  if (subject) {
    // "Russian factories bought": the country of the subject's words receives.
    const own = countries.find((h) => h.start >= subject.start && h.end <= subject.end);
    p.recipient = own ? own.entity : nameToId(ctx, subject.text);
    evidence.recipient = ev(text, subject.start, subject.end, 'the subject of a receiving verb');
  }
  // "Russia has turned to Iran for drones, and to the DPRK for shells": the second conjunct's
  // recipient is the first's subject, the country right before "turned to".
  if (!subject && /^and$/i.test(text.slice(t.start, t.end))) {
    const first = countries.find((h) => !h.demonym && h.end <= t.start && TURNED_TO.test(text.slice(h.end, h.end + 60)));
    if (first) {
      p.recipient = first.entity;
      evidence.recipient = ev(text, first.start, first.end, 'the subject of the first conjunct (turned to X …, and to Y)');
    }
  }
  // "Russia's drone programme relies on … for engines": with no subject read, the country owning the
  // subject receives the goods named (with none, "depends on China for the components it cannot make", no claim).
  if (!subject && p.goods.length > 0) {
    const owner = countries.find(
      (h) => !h.demonym && h.start >= headStart && h.end <= t.start && /^[’']s\s/.test(text.slice(h.end, h.end + 3)),
    );
    if (owner) {
      p.recipient = owner.entity;
      evidence.recipient = ev(text, owner.start, owner.end, 'the owner of the subject of a receiving verb');
    }
  }
  const by = MADE_BY.exec(text.slice(t.end, span.end));
  let origin: CountryHit | undefined;
  // "relies on Chinese suppliers for engines": the group relied on, like the group goods come from.
  const fromGroup =
    FROM_GROUP.exec(text.slice(t.end, clauseEnd)) ??
    VIA_GROUP.exec(text.slice(t.end, clauseEnd)) ??
    (RELY_ON.test(text.slice(t.start, t.start + 3)) ? ON_GROUP.exec(text.slice(t.end, clauseEnd)) : null);
  // "procured drone engines for Russian factories": who procures for a country supplies it.
  // Read for Russia only: procurement for another country's programme is no supply to Russia's war.
  const forWhom = subject
    ? countries.find(
        (h) =>
          h.entity === 'russia' &&
          h.start > t.end &&
          h.end <= clauseEnd &&
          (/\b(?:for|on behalf of)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(Math.max(0, h.start - 16), h.start)) ||
            // "procure integrated circuits for end users in Russia": the buyers there, named before the country.
            FOR_PARTY_IN.test(text.slice(Math.max(0, h.start - 60), h.start)) ||
            // "on behalf of a sanctioned Russian tank manufacturer": a Russian buyer, its description before it.
            (h.demonym && ON_BEHALF_OF_BUYER.test(text.slice(Math.max(0, h.start - 48), h.start)))),
      )
    : undefined;
  // "which procured machine tools from China on behalf of a … Russian tank manufacturer": who buys on
  // a Russian buyer's behalf supplies it, wherever the goods came from.
  const onBehalf = forWhom ? /on behalf of/i.test(text.slice(t.end, forWhom.start)) : false;
  if (forWhom && subject && ((!fromCountry && !fromGroup) || onBehalf)) {
    const names = splitSuppliers(subject.text.replace(/[’']s$/, ''));
    p.supplierNames = names;
    p.supplierIds = idsOf(ctx, names);
    evidence.supplier = ev(text, subject.start, subject.end, 'who procures for another');
    p.recipient = forWhom.entity;
    evidence.recipient = ev(text, forWhom.start, forWhom.end, 'for X');
  } else if (fromGroup) {
    // "bought ball bearings from suppliers in Türkiye": the group the goods come from.
    const at = t.end + fromGroup.index + fromGroup[0].indexOf(fromGroup[1]!);
    p.supplierNames = [fromGroup[1]!];
    p.supplierIds = [fromGroup[1]!];
    evidence.supplier = ev(text, at, at + fromGroup[1]!.length, 'from X');
  } else if (fromCountry) {
    fromCountries(text, f, fromCountry, p);
  } else if (by) {
    const names = splitSuppliers(by[1]!.trim());
    p.supplierNames = names;
    p.supplierIds = idsOf(ctx, names);
    const at = t.end + by.index + by[0].indexOf(by[1]!);
    evidence.supplier = ev(text, at, at + by[1]!.trim().length, 'made by X');
  } else if ((origin = goodsOrigin(text, f, p))) {
    p.supplierIds = [origin.entity];
    p.supplierNames = [origin.text];
    evidence.supplier = ev(text, origin.start, origin.end, 'the country the goods received are of');
  } else if (subject) {
    // "Chinese firms helped Russia acquire chips": who helps supplies.
    const help = HELPER.exec(text.slice(headStart, subject.start));
    const helper = help ? supplierBefore(text, headStart, headStart + help.index + help[1]!.length) : undefined;
    if (helper) {
      const names = splitSuppliers(helper.text.replace(/[’']s$/, ''));
      p.supplierNames = names;
      p.supplierIds = idsOf(ctx, names);
      evidence.supplier = ev(text, helper.start, helper.end, 'who helps the recipient obtain it');
    }
  }
}
