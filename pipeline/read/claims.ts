/**
 * Claims: a sentence that says someone supplies (provides, sends, ships, delivers) something,
 * likely does, has been determined to, or denies it — with supplier, recipient, goods, end use,
 * certainty, a qualitative share ("almost all") and the claimant. A share of a whole ("supplied
 * 76% of the chips") is a statistic, not a claim.
 */
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { splitSuppliers, supplierBefore } from './supplier.js';
import type { Certainty, Evidence, QualitativeShare, ReadClaim } from './types.js';

const VERB =
  /\b(suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|send(?:s|ing)?|sent|receiv(?:e|es|ed|ing)|arm(?:s|ed|ing))\b(?!\s+(?:chain|chains|routes?|lines?|side|of\s+(?:the|a)\s+(?:war|conflict)))/gi;
const NOMINAL =
  /\b(?:is|was|remains|has become|became)\s+(?:the|a|Russia['’]s)\s+(?:principal|main|largest|biggest|top|key|leading|major|primary|chief)\s+(?:supplier|source|contributor)\s+(?:of|to|for)\b/gi;
const NEGATION = /\b(?:not|never|n[’']t|no longer|denie[sd]|deny|denying|rejects?|rejected|refuted?)\b/i;
const LIKELY = /\b(?:likely|probably|possibly|may have|may be|might|appear(?:s|ed)? to|suspected|believed to|is thought to)\b/i;
const DETERMINED =
  /\b(?:has|have|had)\s+determined\b|\bdetermined that\b|\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|listing|listed|blacklist(?:ed)?|added\s+\S+\s+to the entity list)\b/i;
const SHARES: [RegExp, QualitativeShare][] = [
  [/\b(?:all of|100% of)\b/i, 'all'],
  [/\b(?:almost all|nearly all|virtually all|practically all|almost every|nearly every)\b/i, 'nearly-all'],
  [/\b(?:the overwhelming majority|the vast majority|the bulk|overwhelmingly)\b/i, 'overwhelming-majority'],
  [/\b(?:most of|the majority|majority of|more than half)\b/i, 'majority'],
  [/\b(?:a minority|some of|a fraction)\b/i, 'minority'],
];
const END_USE =
  /\b(?:for use in|used in(?: the)?|used to (?:make|produce|build)|for|to (?:make|produce|build))\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:and that|the officials|according|since)\b|$)/i;

const AUX_ONLY =
  /^(?:\s+(?:has|have|had|is|are|was|were|been|be|also|likely|probably|reportedly|allegedly|still|never|not|n[’']t|does|do|did|denies|denied|continued|continues|to))*\s+$/i;

const ev = (text: string, start: number, end: number, rule: string): Evidence => ({ text: text.slice(start, end), start, end, rule });

export function readClaims(ctx: TextContext): ReadClaim[] {
  const { text } = ctx;
  const claims: ReadClaim[] = [];
  const found: { start: number; end: number; verb: string; nominal: boolean }[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m !== null; m = VERB.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length, verb: m[1]!.toLowerCase(), nominal: false });
  NOMINAL.lastIndex = 0;
  for (let m = NOMINAL.exec(text); m !== null; m = NOMINAL.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length, verb: 'supplier', nominal: true });
  found.sort((a, b) => a.start - b.start);
  let lastSupplier: { ids: string[]; names: string[] } | undefined;
  for (const v of found) {
    const s = ctx.sentenceOf(v.start);
    const span = ctx.spans[s]!;
    const claim = readClaim(ctx, v, s, span, lastSupplier);
    if (!claim) continue;
    // One claim per supplier and goods in a sentence: "supplied … and supplies …" repeats it.
    if (claims.some((c) => c.start === claim.start && c.goods === claim.goods && c.supplier.join() === claim.supplier.join())) continue;
    claims.push(claim);
    lastSupplier = { ids: claim.supplier, names: claim.supplier_names };
  }
  return claims;
}

function readClaim(
  ctx: TextContext,
  v: { start: number; end: number; verb: string; nominal: boolean },
  s: number,
  span: { start: number; end: number },
  lastSupplier: { ids: string[]; names: string[] } | undefined,
): ReadClaim | undefined {
  const { text } = ctx;
  const evidence: ReadClaim['evidence'] = {};
  const receive = v.verb.startsWith('receiv');
  // The clause of the claim: from the last break before the verb to the next after it.
  const tail = text.slice(v.end, span.end);
  const stop = /[;]|,\s+(?:the|a|an|according|[A-Z][a-z]+\s+(?:said|told))\b|,\s+(?:and|but|while|as|which|although)\s|\.\s*$|[“”"]/.exec(
    tail,
  );
  const clauseEnd = stop ? v.end + stop.index : span.end;
  const object = text.slice(v.end, clauseEnd);
  // A share of a whole is a statistic.
  const firstFigure = ctx.mentionsIn(s).find((x) => x.start >= v.end && x.start < clauseEnd);
  if (
    firstFigure &&
    (firstFigure.kind === 'percent' || firstFigure.kind === 'ratio') &&
    !/\bof\s+(?:its|their|the)\b/.test(text.slice(firstFigure.end, firstFigure.end + 12))
  ) {
    return undefined;
  }
  const headStart = Math.max(span.start, lastBreak(text, span.start, v.start));
  const countries = ctx.countries(s).filter((h) => !(h.metonym && /\bin\s+$/.test(text.slice(Math.max(0, h.start - 4), h.start))));
  const attribution = ctx.attribution(s);

  // Supplier and recipient.
  let supplierIds: string[] = [];
  let supplierNames: string[] = [];
  let recipient: string | null = null;
  const entityOf = (h: CountryHit) => h.entity;
  const objectCountry = countries.find(
    (h) => h.start >= v.end && h.start <= v.end + 12 && !h.demonym && /^\s*(?:the\s+)?$/.test(text.slice(v.end, h.start)),
  );
  const toCountry = countries.find(
    (h) => h.start > v.end && h.end <= clauseEnd && /\b(?:to|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 8), h.start)),
  );
  const fromCountry = countries.find(
    (h) => h.start > v.end && h.end <= clauseEnd && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 8), h.start)),
  );
  const buyers = countries.find(
    (h) =>
      h.demonym &&
      h.start > v.end &&
      h.end <= clauseEnd &&
      /^\s+(?:buyers|customers|importers|clients|forces|military|army|defen[cs]e|arms|weapons|end users)\b/i.test(
        text.slice(h.end, h.end + 15),
      ),
  );
  const possessive = countries.find((h) => h.start > v.end && h.end <= clauseEnd && /^[’']s\b/.test(text.slice(h.end, h.end + 2)));
  // A country right before the verb (any case: "russia has received") is its subject.
  const countrySubject = countries.find(
    (h) => !h.demonym && h.end <= v.start && h.start >= headStart && AUX_ONLY.test(text.slice(h.end, v.start)),
  );
  const subject = countrySubject
    ? { start: countrySubject.start, end: countrySubject.end, text: countrySubject.text, relative: false }
    : supplierBefore(text, headStart, v.start);
  if (receive) {
    if (subject) {
      const c = ctx.lexicon.countries.lookup(subject.text.replace(/^the\s+/i, ''));
      recipient = c && !c.demonym ? c.entity : subject.text;
      evidence.recipient = ev(text, subject.start, subject.end, 'the subject of a receiving verb');
    }
    if (fromCountry) {
      supplierIds = [entityOf(fromCountry)];
      supplierNames = [fromCountry.text];
      evidence.supplier = ev(text, fromCountry.start, fromCountry.end, 'from X');
    }
  } else {
    const subjectText = subject?.text;
    if (subject && subjectText) {
      if (/^(?:it|they)$/i.test(subjectText)) return undefined;
      const names = splitSuppliers(subjectText);
      supplierNames = names;
      supplierIds = names.map((n) => {
        const c = ctx.lexicon.countries.lookup(n.replace(/^the\s+/i, ''));
        return c && !c.demonym ? c.entity : n;
      });
      evidence.supplier = ev(
        text,
        subject.start,
        subject.end,
        subject.relative ? 'the phrase a relative clause describes' : 'the subject of a supply verb',
      );
    } else {
      // "it has not sent": the pronoun is the speaker or the supplier before.
      const pron = /\b(it|they)\s+(?:\S+\s+){0,3}$/i.exec(text.slice(headStart, v.start));
      const speaker = attribution ? ctx.lexicon.countries.lookup(attribution.phrase.replace(/^the\s+/i, '')) : undefined;
      if (pron && speaker && !speaker.demonym) {
        supplierIds = [speaker.entity];
        supplierNames = [attribution!.phrase];
        evidence.supplier = ev(text, attribution!.start, attribution!.end, 'a pronoun for the speaker');
      } else if (pron && lastSupplier) {
        supplierIds = lastSupplier.ids;
        supplierNames = lastSupplier.names;
        evidence.supplier = ev(text, headStart, v.start, 'a pronoun for the supplier before');
      }
    }
    const nominalObject = v.nominal ? countries.find((h) => !h.demonym && h.start > v.end && h.end <= clauseEnd) : undefined;
    const r = objectCountry ?? toCountry ?? buyers ?? (v.nominal ? (possessive ?? nominalObject) : undefined);
    if (r) {
      recipient = r.entity;
      evidence.recipient = ev(
        text,
        r.start,
        r.end,
        r === objectCountry ? 'the object of a supply verb' : r === toCountry ? 'to X' : r === buyers ? 'buyers of that country' : 'X’s',
      );
    }
  }
  if (supplierIds.length === 0) return undefined;

  // Goods: the first goods word after the verb in the clause.
  const goodsHits = ctx.goods(s).filter((g) => g.start >= v.end && g.end <= clauseEnd);
  const gh = goodsHits[0];
  const goods = gh?.id ?? null;
  if (gh) evidence.goods = ev(text, gh.start, gh.end, 'first goods word after the verb');
  if (!gh && !recipient) return undefined;
  if (goods === 'crude-oil') return undefined;

  // Certainty.
  const before = text.slice(headStart, v.start);
  let certainty: Certainty = 'asserted';
  const neg = NEGATION.exec(before) ?? (/^\s+(?:no|any)\b/i.test(object) && NEGATION.exec(text.slice(span.start, v.start)));
  const likely = LIKELY.exec(before);
  const determined = DETERMINED.exec(text.slice(span.start, v.start));
  if (neg) {
    certainty = 'denied';
    evidence.certainty = ev(text, v.start - (v.start - headStart) + before.lastIndexOf(neg[0]), v.end, 'a negation');
  } else if (likely) {
    certainty = 'likely';
    evidence.certainty = ev(text, headStart + likely.index, headStart + likely.index + likely[0].length, 'a hedge');
  } else if (determined) {
    certainty = 'determined';
    evidence.certainty = ev(
      text,
      span.start + determined.index,
      span.start + determined.index + determined[0].length,
      'a determination or sanction',
    );
  }

  // Qualitative share and end use.
  let share: QualitativeShare | null = null;
  for (const [re, level] of SHARES) {
    const m = re.exec(object);
    if (m) {
      share = level;
      evidence.share = ev(text, v.end + m.index, v.end + m.index + m[0].length, 'a qualitative share');
      break;
    }
  }
  const eu = END_USE.exec(object);
  const endUse = eu ? eu[1]!.trim() : null;
  if (eu) evidence.end_use = ev(text, v.end + eu.index, v.end + eu.index + eu[0].length, 'for/used in');

  // Claimant: the sentence's speaker; else who sanctioned or determined; else a denier is its own claimant.
  let claimant: string | null = attribution?.phrase ?? null;
  if (attribution) evidence.claimant = ev(text, attribution.start, attribution.end, attribution.cue);
  if (!claimant) {
    const actor =
      /^(?:(?:Today|On \w+|In \w+),\s+)?((?:the\s+)?[A-Z][\p{L}.’'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\p{L}.’'-]*)*)\s+(?:today\s+)?(?:has\s+|have\s+)?(?:sanctioned|designated|adopted|imposed|determined|listed|announced|added)\b/u.exec(
        text.slice(span.start, span.end),
      );
    if (actor) {
      const at = span.start + actor[0].indexOf(actor[1]!);
      claimant = actor[1]!;
      evidence.claimant = ev(text, at, at + actor[1]!.length, 'the actor of a sanction or determination');
    } else if (certainty === 'denied' && subject) {
      claimant = supplierIds[0] ?? null;
      evidence.claimant = ev(text, subject.start, subject.end, 'the supplier denies it');
    }
  }
  const startQ =
    evidence.supplier && evidence.supplier.start >= span.start && evidence.supplier.start < v.start ? evidence.supplier.start : headStart;
  const quoteStart = receive && evidence.recipient ? Math.min(evidence.recipient.start, startQ) : startQ;
  const quoteEnd = clauseEnd;
  let confidence = 0.9;
  if (!recipient) confidence -= 0.2;
  if (!goods) confidence -= 0.15;
  if (!claimant) confidence -= 0.15;
  if (evidence.supplier?.rule.startsWith('a pronoun')) confidence -= 0.15;
  return {
    quote: text.slice(quoteStart, quoteEnd).trim(),
    start: quoteStart,
    end: quoteStart + text.slice(quoteStart, quoteEnd).trim().length,
    supplier: supplierIds,
    supplier_names: supplierNames,
    recipient,
    goods,
    goods_label: gh?.text ?? null,
    end_use: endUse,
    certainty,
    share,
    claimant,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
    evidence,
  };
}

/** The start of the clause a verb is in: after the last ", " + (and|but|while|said that) or "that". */
function lastBreak(text: string, from: number, at: number): number {
  const head = text.slice(from, at);
  let best = 0;
  const re =
    /(?:,\s+(?:and|but|while|although|as|who)\s+|[;:]\s+|\bsaid\s+(?:on\s+\w+\s+)?that\s+|\b(?:determined|found|concluded|insists|insisted|believes|said|says|warned)\s+that\s+|\bsaid\s+(?=[A-Z]|russia|china)|[“"]\s*|\.\s+)/g;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) best = m.index + m[0].length;
  return from + best;
}
