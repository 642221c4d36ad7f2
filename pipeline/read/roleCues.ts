/**
 * Role cues a statistic needs beyond the country's own words (roles.ts reads those): a transit
 * or consignment country ("passed through Hong Kong", "via Kazakhstan") and an origin written
 * as a compound ("U.S.-origin components", "Chinese-made"): the partner of an import or a share;
 * a destination as a participle ("items entering Russia", "chips bound for Russia") or a noun ("Russia
 * remained the main export destination"); and a
 * subject separated from its verb by an aside ("Germany, once the main supplier, accounted for 4%").
 */
import { countryHit, type CountryMatcher } from './countries.js';
import { roleHitOf, type RoleHit } from './roles.js';

const TRANSIT_BEFORE = /\b(?:through|via)\s+(?:the\s+)?$/i;
/** "U.S.-origin", "Chinese-made": the country matcher leaves a name joined by a hyphen aside ("U.S.-China"). */
const ORIGIN_COMPOUND =
  /(?<![\p{L}.’'-])((?:[A-Z][\p{L}]*\.?)(?:\s?[A-Z][\p{L}]*\.?){0,2})-(?:origin|made|built|produced|manufactured|sourced)\b/gu;
const DESTINATION_BEFORE = /\b(?:entering|bound for|destined for|arriving in|headed for|heading to)\s+(?:the\s+)?$/i;
/**
 * "Russia remained the main export destination, taking 21.5 percent", "Kazakhstan is the largest market for
 * its exports": a country called the destination or market of exports receives them.
 */
const DESTINATION_NOUN_AFTER =
  /^\s+(?:(?:is|was|remained|remains|became|has\s+become|stayed|ranked\s+as|continued\s+to\s+be)\s+)(?:(?:the|its|their)\s+)?(?:(?:main|largest|biggest|top|leading|principal|chief|single\s+largest|second[- ]largest|third[- ]largest|most\s+important)\s+)?(?:export\s+(?:destination|market)|destination\s+(?:for|of)\s+(?:[\p{L}’'-]+\s+){0,2}exports|market\s+for\s+(?:[\p{L}’'-]+\s+){0,2}exports)\b/iu;
/** ", once the main supplier, accounted for": an aside of up to 60 characters, then a supply verb. */
const ASIDE_THEN_SUPPLY =
  /^,\s+[^,;.]{1,60},\s+(?:(?:has|have|had|also|still)\s+)*(?:accounted|accounts|account|supplied|supplies|provided|provides|made up|makes up|held|holds|shipped|sent|exported|exports|sold)\b/i;

function withRole(text: string, r: RoleHit, role: RoleHit['role'], start: number, end: number, rule: string): RoleHit {
  return roleHitOf(r.hit, r.code, role, { text: text.slice(start, end), start, end, rule });
}

export function refineRole(text: string, r: RoleHit): RoleHit {
  if (r.role !== 'none') return r;
  const h = r.hit;
  const before = text.slice(Math.max(0, h.start - 24), h.start);
  const after = text.slice(h.end, h.end + 100);
  const transit = TRANSIT_BEFORE.exec(before);
  if (transit)
    return withRole(text, r, 'origin', h.start - (before.length - transit.index), h.end, 'through X: the country of consignment');
  const dest = DESTINATION_BEFORE.exec(before);
  if (dest) return withRole(text, r, 'destination', h.start - (before.length - dest.index), h.end, 'entering X, bound for X');
  const destNoun = !h.demonym ? DESTINATION_NOUN_AFTER.exec(after) : null;
  if (destNoun) return withRole(text, r, 'destination', h.start, h.end + destNoun[0].length, 'X is the main export destination');
  const aside = ASIDE_THEN_SUPPLY.exec(after);
  if (aside && !h.demonym)
    return withRole(text, r, 'exporter', h.start, h.end + aside[0].length, 'the subject of a supply verb, past an aside');
  return r;
}

/** The countries a sentence names as the origin of goods in a compound: "U.S.-origin components". */
export function originCompounds(text: string, span: { start: number; end: number }, countries: CountryMatcher): RoleHit[] {
  const out: RoleHit[] = [];
  const body = text.slice(span.start, span.end);
  // A compound has its hyphen: a sentence without one is not searched (most have none).
  if (!body.includes('-')) return out;
  ORIGIN_COMPOUND.lastIndex = 0;
  for (let m = ORIGIN_COMPOUND.exec(body); m !== null; m = ORIGIN_COMPOUND.exec(body)) {
    const word = countries.lookup(m[1]!);
    if (!word) continue;
    const start = span.start + m.index;
    const end = start + m[1]!.length;
    const hit = countryHit(word, start, end, m[1]!);
    out.push(roleHitOf(hit, word.code, 'origin', { text: m[0], start, end: start + m[0].length, rule: 'X-origin, X-made' }));
  }
  return out;
}

/** "extra-EU imports": the European Union's imports from outside it (Eurostat's usage). */
const EXTRA = /(?<![\p{L}-])extra-(EU|EU-?27|EU-?28)\s+(?:trade|imports|exports)\b/giu;

/** The owner of "extra-EU imports" (the matcher leaves a name joined by a hyphen aside). */
export function extraCompounds(text: string, span: { start: number; end: number }, countries: CountryMatcher): RoleHit[] {
  const out: RoleHit[] = [];
  const body = text.slice(span.start, span.end);
  if (!body.includes('-')) return out;
  EXTRA.lastIndex = 0;
  for (let m = EXTRA.exec(body); m !== null; m = EXTRA.exec(body)) {
    const word = countries.lookup('EU');
    if (!word) continue;
    const start = span.start + m.index + 6;
    const end = start + m[1]!.length;
    const hit = countryHit(word, start, end, m[1]!);
    out.push(
      roleHitOf(hit, word.code, 'owner', {
        text: m[0],
        start: span.start + m.index,
        end: span.start + m.index + m[0].length,
        rule: 'extra-EU imports: the EU’s',
      }),
    );
  }
  return out;
}

/** "China-Russia trade", "Russia–China turnover": a pair written as one compound before a trade noun. */
const PAIR_COMPOUND =
  /(?<![\p{L}.’'-])([A-Z][\p{L}]*(?:\s[A-Z][\p{L}]*)?)[-–]([A-Z][\p{L}]*(?:\s[A-Z][\p{L}]*)?)\s+(?:bilateral\s+)?(?:trade|turnover|commerce)\b/gu;

/** The two countries of a compound pair, first and second, with the roles of a pair. */
export function pairCompounds(text: string, span: { start: number; end: number }, countries: CountryMatcher): RoleHit[] {
  const out: RoleHit[] = [];
  const body = text.slice(span.start, span.end);
  if (!body.includes('-') && !body.includes('–')) return out;
  PAIR_COMPOUND.lastIndex = 0;
  for (let m = PAIR_COMPOUND.exec(body); m !== null; m = PAIR_COMPOUND.exec(body)) {
    const a = countries.lookup(m[1]!);
    const b = countries.lookup(m[2]!);
    if (!a || !b || a.code === b.code) continue;
    const start = span.start + m.index;
    const end = start + m[0].length;
    const evidence = { text: m[0], start, end, rule: 'X-Y trade: a pair' };
    const bStart = start + m[1]!.length + 1;
    out.push(roleHitOf(countryHit(a, start, start + m[1]!.length, m[1]!), a.code, 'pair-first', evidence));
    out.push(roleHitOf(countryHit(b, bStart, bStart + m[2]!.length, m[2]!), b.code, 'pair-second', evidence));
  }
  return out;
}

const WITH_FIGURE = /^,?\s+(?:with\s+(?:a\s+(?:market\s+)?share\s+of\s+)?|at\s+)$/i;

/** The country a share is given with: "followed by Taiwan with 12%", "China, with a share of about 58%", "ahead of Malaysia at 11%". */
export function shareWith(text: string, m: { start: number }, hits: readonly RoleHit[]): RoleHit | undefined {
  for (const r of hits) {
    if (r.hit.end > m.start || m.start - r.hit.end > 30) continue;
    if (WITH_FIGURE.test(text.slice(r.hit.end, m.start)))
      return roleHitOf(r.hit, r.code, 'share-owner', {
        text: text.slice(r.hit.start, m.start).trim(),
        start: r.hit.start,
        end: m.start,
        rule: 'X with N%',
      });
  }
  return undefined;
}

/**
 * A country named as the object of a war ("the Russian invasion of Ukraine", "Russia's war
 * against Ukraine", "aggression on Ukraine"): the setting of the sentence, never a side of a
 * trade flow in it, so it does not fill a side the sentence leaves open.
 */
const WAR_OBJECT =
  /\b(?:invasion|invaded|invading|war|aggression|attack|attacks|assault|offensive)\s+(?:(?:of|on|in|against|upon)\s+)?(?:the\s+)?$/i;

export function isWarObject(text: string, start: number): boolean {
  return WAR_OBJECT.test(text.slice(Math.max(0, start - 40), start));
}
