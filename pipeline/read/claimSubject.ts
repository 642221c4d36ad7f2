/**
 * The third phase of reading a claim: the subject before the verb — the phrase that supplies
 * ("Chinese companies have shipped"), the name an apposition describes ("Shenzhen Blue Hat, a
 * China-based supplier of …"), the object of a listing ("designates Chinese companies for
 * providing …"), or the country of the clause when a participle or an elided verb has none of
 * its own.
 */
import { calledOnSupporter } from './calledOn.js';
import { copulaName } from './copulaName.js';
import { listedObject } from './listedObject.js';
import { passiveOrigin } from './passiveOrigin.js';
import { placedGroup } from './placedGroup.js';
import { schemeSubjectEnd } from './schemeTo.js';
import { ELIDED, INVOLVED, LISTED } from './claimClause.js';
import { WE_DENY } from './claimCues.js';
import type { ClaimFrame } from './claimFrame.js';
import type { ClaimObject } from './claimObject.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { statesNoClaim } from './noClaim.js';
import { pronounAt } from './claimParties.js';
import { supplierBefore, type SupplierPhrase } from './supplier.js';
import { GROUP_NOUNS } from './groupNouns.js';
import { endsWithIng, lastWordBeforeSpace, mayEndWithList } from './textEnds.js';

const AUX_ONLY =
  /^(?:\s+(?:has|have|had|is|are|was|were|been|be|also|likely|probably|reportedly|allegedly|still|never|not|n[’']t|does|do|did|denies|denied|continued|continues|continuing|began|begun|started|starts|resumed|tried|tries|trying|conspired|attempted|attempts|attempting|managed|manages|to|very|highly|most|quite|(?:believed|thought|said|alleged|suspected|known|understood|reported|determined|found|assessed|judged|considered|appears?|appeared|seems?|seemed)(?=\s+to\s)|(?!potentially\b|hypothetically\b|eventually\b)[a-z]{2,}ly))*\s+$/i;
/**
 * The subject of a reported clause ("said the group …", "found that at least nine such companies
 * …"): a group noun with its article or its number, or a name.
 */
const REPORTED_SUBJECT = new RegExp(
  String.raw`\b(?:said|says|added|insisted|stated|maintained|determined|found|established|concluded|assessed)\s+(?:(?:last|this|on)\s+\p{L}+\s+)?(?:that\s+)?((?:the|its|their|(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many)(?:\s+(?:such|other))?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${GROUP_NOUNS})(?:\s+in\s+\p{Lu}[\p{L}’'-]*(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}’'-]*)*)?|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?:(?:\s+[\p{Ll}-]+){0,2}?\s+(?:${GROUP_NOUNS}))?)(?=\s)`,
  'u',
);

/**
 * "Trading companies in Shenzhen and Hong Kong bought the chips … and resold them", "Kyrgyz traders
 * buy machine tools in China and ship them": the group noun phrase that opens the clause, its verb,
 * and no comma or other clause up to the "and" before the supply verb.
 */
const OPENING_GROUP = new RegExp(
  String.raw`^\s*((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS})(?:\s+(?:in|from|based\s+in|registered\s+in)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:,\s+|\s+and\s+|\s+or\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)?)\s+(?:(?:have|has|had|also|then|\p{Ll}+ly)\s+)*\p{Ll}+\b[^,;:“”"]*` +
    ELIDED.source,
  'u',
);

/** "the country" as a verb's subject, before its auxiliaries. */
const THE_COUNTRY = /\bthe\s+(?:country|state|regime)\s+(?:(?:has|have|had|is|are|was|were|does|do|did|not|never|also|still|n[’']t)\s+)*$/i;
const APPOSITION = /,\s+(?:a|an|the|one of the|another)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const REPORTED_BY =
  /\s+(?:determined|found|assessed|judged|believed|thought|known|reported|alleged)\s+by\s+[^,;]{1,80}?\s+to\s+(?:have\s+)?$/;

/**
 * "accused X of supplying", "X is suspected of having exported": " of " right before the verb or its
 * "having" (the short test, first), after a verb of accusing in its clause.
 */
function ofBefore(text: string, headStart: number, verbStart: number): RegExpExecArray | null {
  const of = /\s+of\s+(?:having\s+)?$/.exec(text.slice(Math.max(headStart, verbStart - 16), verbStart));
  return of && /\b(?:accus|suspect|charg|convict)\w*\s/i.test(text.slice(headStart, verbStart)) ? of : null;
}

/**
 * "designates Chinese companies for providing …", "accused Hong Kong intermediaries of
 * re-exporting …", "involved in supplying": the words between the supplier and the verb.
 */
function forGerund(text: string, f: ClaimFrame): RegExpExecArray | null {
  const { headStart } = f;
  // "for directly supporting": an adverb before the gerund belongs to it. A quotation may open on the
  // verb group: the listing said the company "is responsible for supplying".
  // (Tried only on words before the verb that end in "ly": most do not.)
  const before = text.slice(Math.max(headStart, f.t.start - 20), f.t.start - 1);
  const adverb = before.endsWith('ly') ? /\s\p{Ll}+ly$/u.exec(before) : null;
  const t = adverb ? { ...f.t, start: f.t.start - adverb[0].length } : f.t;
  const m =
    // "designating X for having supplied": the perfect gerund too.
    (endsWithIng(text, t.start, t.end) || /\bhaving\s+$/.test(text.slice(Math.max(0, t.start - 8), t.start))
      ? ((/^(?:for|in|having)$/.test(lastWordBeforeSpace(text.slice(Math.max(headStart, t.start - 64), t.start)))
          ? /(?:\s+[“"]?(?:(?:is|are|was|were)\s+)?responsible|\s+(?:last|this|earlier\s+this)\s+(?:year|month|week)|\s+(?:is|are|was|were|has|have|had|became|become|remains?|remained|serves?\s+as|served\s+as|acts?\s+as|acted\s+as)(?:\s+(?:not|never|also|now|become))*\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:hub|channel|conduit|gateway|platform|transit\s+point))?\s+for\s+(?:(?:its|their|his|her)\s+(?:role|part|involvement)\s+in\s+)?(?:having\s+)?$/.exec(
              text.slice(Math.max(headStart, t.start - 64), t.start),
            )
          : null) ?? ofBefore(text, headStart, t.start))
      : null) ??
    (t.kind === 'supply'
      ? (INVOLVED.exec(text.slice(Math.max(headStart, t.start - 40), t.start)) ??
        (text.endsWith('the ', t.start) ? HUB_FOR_THE.exec(text.slice(Math.max(headStart, t.start - 72), t.start)) : null))
      : null);
  // The words found end before the adverb: the adverb is theirs too, up to the verb.
  if (m && adverb) m[0] += text.slice(t.start, f.t.start);
  return m;
}

/**
 * "Georgia has become a hub for the supply of …", "Armenia serves as a transit route for the supply
 * of …": the place named as the channel of the supply supplies (as "a hub for supplying" does).
 */
const HUB_FOR_THE =
  /\s+(?:is|are|was|were|has|have|had|became|becomes|become|remains?|remained|serves?\s+as|served\s+as|acts?\s+as|acted\s+as)(?:\s+(?:not|never|also|now|become|been))*\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:hub|channel|conduit|gateway|platform|route|corridor|transit\s+point)\s+for\s+the\s+$/;

/** A preposition right before a noun phrase: "with Moscow", "to the Kremlin". */
const PREPOSITION_BEFORE = /\b(?:with|to|for|from|of|in|on|against|into|at|toward|towards|since|after|before|during|until)\s+(?:the\s+)?$/;

/**
 * The subject of the verb of frame `f` (undefined when it has none), or null when the clause
 * makes no claim: an apposition that names no recipient, a clause that states none
 * (noClaim.ts), a verb with no subject, no pronoun and no other supplier before it.
 */
export function readSubject(ctx: TextContext, f: ClaimFrame, o: ClaimObject): SupplierPhrase | undefined | null {
  const { text } = ctx;
  const { t, s, span, headStart, backward, countries } = f;
  const { owner, tradeOwner } = o;
  const forIng = forGerund(text, f);
  // "have been determined by the Commerce Department to have supplied": the body determines, the subject supplies.
  const headText = text.slice(headStart, t.start);
  const byBody = headText.includes('by') ? REPORTED_BY.exec(headText) : null;
  // "Shenzhen Blue Hat, a China-based supplier of … to Russian buyers": the name before the comma supplies,
  // when the apposition names a recipient ("Acme, a leading supplier of machine tools, said" makes no claim).
  const apposition = t.kind === 'appositive' ? APPOSITION.exec(text.slice(headStart, t.start)) : null;
  if (t.kind === 'appositive' && (!apposition || !o.recipient)) return null;
  // "Two Chinese companies were listed for delivering": the passive of listing belongs to the verb group.
  const listed = forIng ? LISTED.exec(text.slice(headStart, t.start - forIng[0].length)) : null;
  // "Nine entities have been implicated in … a scheme to supply": who took part in the scheme supplies.
  const schemeAt = t.kind === 'supply' ? schemeSubjectEnd(text, headStart, t.start) : -1;
  const npEnd =
    schemeAt >= 0
      ? schemeAt
      : owner
        ? headStart + owner.index + owner[1]!.length
        : o.lightVerbAt >= 0
          ? o.lightVerbAt
          : apposition
            ? headStart + apposition.index
            : forIng
              ? t.start - forIng[0].length - (listed ? listed[0].length : 0)
              : byBody
                ? headStart + byBody.index
                : t.start;
  let np = tradeOwner ? undefined : supplierBefore(text, headStart, npEnd);
  // "added 16 entities in China … to the Entity List for supplying": the object listed supplies, not the list.
  if (np && mayEndWithList(np.text) && /^(?:(?:the|its|their)\s+)?(?:Entity List|[\p{L} ]*\blist)$/iu.test(np.text)) {
    const to = /\s+to\s+(?:the\s+|its\s+|their\s+)?$/.exec(text.slice(headStart, np.start));
    np = to ? supplierBefore(text, headStart, headStart + to.index) : undefined;
  }
  // "added more than 1,000 parties to the Entity List for supporting", "sanctioned 17 UAE-based companies since
  // 2023 for supplying": the listing's object (listedObject.ts).
  if (!np && forIng && !tradeOwner && t.kind !== 'receive') np = listedObject(text, headStart, npEnd);
  // "Tehran has deepened its relationship with Moscow, providing Russia with drones": before a participle
  // after a comma, a noun phrase governed by a preposition is that preposition's object, not the subject.
  // "…, as the main exporter of machine tools": an apposition after a comma has the clause's subject as a participle does.
  const ingAfterComma =
    (endsWithIng(text, t.start, t.end) || (t.kind === 'nominal' && /^as\s/i.test(text.slice(t.start, t.start + 3)))) &&
    /,\s+$/.test(text.slice(headStart, t.start));
  if (np && ingAfterComma && PREPOSITION_BEFORE.test(text.slice(Math.max(headStart, np.start - 12), np.start))) np = undefined;
  const countrySubject = countries.find(
    (h) => !h.demonym && h.end <= t.start && h.start >= headStart && AUX_ONLY.test(text.slice(h.end, t.start)),
  );
  // "Iran is fueling Russia’s aggression …, providing lethal weapons": a participle after a comma
  // has the clause's subject.
  const participleSubject =
    !np && !countrySubject && ingAfterComma
      ? countries.find(
          // "As you are aware, Tehran has …": a short opening phrase before its comma is not the clause's subject.
          (h) =>
            !h.demonym &&
            h.start >= headStart &&
            /(?:^\s*|\b(?:that|say|says|said)\s+|^[^,]{1,40},\s+)(?:the\s+)?$/.test(text.slice(headStart, h.start)),
        )
      : undefined;
  // "Belarus … continues to allow … and has supplied": a verb after "and" with no subject has the clause's.
  const elidedSubject =
    !np && !countrySubject && !participleSubject && ELIDED.test(text.slice(Math.max(headStart, t.start - 40), t.start))
      ? countries.find(
          // "The Kyrgyz Republic does not produce and does not export": a country's name may open on "the".
          (h) =>
            !h.demonym && h.start >= headStart && /(?:^|\b(?:said|says|that)\s+|^\s*)(?:the\s+)?$/i.test(text.slice(headStart, h.start)),
        )
      : undefined;
  // "A spokesperson said the group \"abides by the rules\" and had never sold": a verb after "and" with no
  // subject has the subject of the clause reported before it.
  const reportedSubject =
    !np && !countrySubject && !participleSubject && !elidedSubject && ELIDED.test(text.slice(Math.max(span.start, t.start - 40), t.start))
      ? REPORTED_SUBJECT.exec(text.slice(span.start, t.start))
      : null;
  if (reportedSubject) {
    const phrase = reportedSubject[1]!.replace(/^(?:the|a|an)\s+/i, '');
    const at = span.start + reportedSubject.index + reportedSubject[0].length - phrase.length;
    np = { start: at, end: at + phrase.length, text: phrase, relative: false };
  }
  // "Trading companies in Shenzhen … bought the chips … and resold them": the group that opens the clause.
  const opening =
    !np &&
    !countrySubject &&
    !participleSubject &&
    !elidedSubject &&
    !reportedSubject &&
    ELIDED.test(text.slice(Math.max(headStart, t.start - 40), t.start))
      ? OPENING_GROUP.exec(text.slice(headStart, t.start))
      : null;
  if (opening) {
    const phrase = opening[1]!.replace(/^the\s+/i, '');
    const at = headStart + opening[0].indexOf(opening[1]!) + opening[1]!.length - phrase.length;
    np = { start: at, end: at + phrase.length, text: phrase, relative: false };
  }
  // "Kazakhstan's foreign ministry said the country does not supply …": "the country" is the one named before it.
  const theCountry =
    !np && !countrySubject && !participleSubject && !elidedSubject && THE_COUNTRY.test(text.slice(headStart, t.start))
      ? [...countries, ...(s > 0 ? ctx.countries(s - 1) : [])]
          .filter((h) => !h.demonym && h.end <= t.start - 12 && h.entity !== 'russia')
          .reduce<CountryHit | undefined>((best, h) => (!best || h.start > best.start ? h : best), undefined)
      : undefined;
  // "called on the PRC … to cease all support": the one called on supports (calledOn.ts).
  if (!np && !countrySubject && t.kind === 'support') np = calledOnSupporter(text, countries, span.start, t.start);
  const subjectCountry = countrySubject ?? participleSubject ?? elidedSubject;
  const theAt = theCountry ? headStart + THE_COUNTRY.exec(text.slice(headStart, t.start))!.index : -1;
  const subject: SupplierPhrase | undefined =
    np && (!countrySubject || (np.start <= countrySubject.start && np.end >= countrySubject.end))
      ? np
      : subjectCountry
        ? { start: subjectCountry.start, end: subjectCountry.end, text: subjectCountry.text, relative: false }
        : theCountry
          ? { start: theAt, end: theAt + /^the\s+\p{L}+/u.exec(text.slice(theAt))![0].length, text: theCountry.text, relative: false }
          : undefined;

  if (statesNoClaim(text, span, t, subject, ctx.goods(s))) return null;
  // A supply verb with no subject, no pronoun before it and no passive's goods of a named origin has no supplier: nothing to read.
  if (
    !backward &&
    t.kind !== 'receive' &&
    !o.agent &&
    !tradeOwner &&
    !subject &&
    pronounAt(text, headStart, t.start) < 0 &&
    !WE_DENY.test(text.slice(headStart, t.start)) &&
    !passiveOrigin(ctx, f)
  )
    return null;
  // "X (X) is a PRC-based company that has supplied …": the name the description stands for supplies.
  // "Russian procurement networks operating in the PRC continue to acquire": the group placed there supplies.
  return subject && placedGroup(text, span.start, copulaName(text, span.start, subject));
}
