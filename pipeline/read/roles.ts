/**
 * Reporter and partner of a statistic from the countries its sentence names and the words
 * around each: "from China" is the origin, "to Russia" the destination, "Russia’s imports" the
 * reporter, "between China and Russia" a pair, "China and Hong Kong accounted for" the origin
 * of a share, "Chinese exports" the exporter. The reporter of an import, supply or share is the
 * receiving country; of an export, the sending one; of trade, the first of the pair.
 */
import type { CountryHit } from './countries.js';
import type { Evidence, Flow } from './types.js';
import { ev } from './evidence.js';
import { isWordBeforeSpace } from './textEnds.js';

const SHARE_OWNER = /^[’']s\s+(?:own\s+|market\s+|combined\s+)?share\b/;
export type Role = 'origin' | 'destination' | 'owner' | 'share-owner' | 'importer' | 'exporter' | 'pair-first' | 'pair-second' | 'none';

export interface RoleHit {
  hit: CountryHit;
  code: string;
  role: Role;
  /** The words that gave the role. */
  evidence: Evidence;
}

const SUPPLIER_NOUNS =
  /^(?:\s+(?:state-owned|private|shell|defense|defence|technology|tech|trading))?\s+(?:carmakers|automakers|suppliers|companies|firms|entities|manufacturers|makers|exporters|sellers|vendors|producers|traders|shell companies)\b/i;
const BUYER_NOUNS = /^\s+(?:buyers|importers|customers|end users|end-users|clients|defense plants|arms makers|refiners|refineries)\b/i;
/** Facilities and firms goods are sent to: "to Russian arms factories", "to Russian defense enterprises". */
const FACILITY_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:factories|plants|enterprises|firms|companies|manufacturers|makers|producers|buyers|customers|end users|importers|entities)\b/;
const FLOW_NOUN_AFTER = /^\s+(?:(?:[a-z-]+)\s+)?(exports?|imports?|purchases|sales|shipments|deliveries|supplies|trade)\b/i;
const IMPORT_VERB =
  /^(?:imported|imports|import|bought|buys|buy|purchased|received|receives|procured|procures|acquired|acquires|obtained|obtains|is importing|are importing|has imported|have imported|took|takes)$/i;
const SUPPLY_VERB =
  /^(?:supplied|supplies|supply|sent|shipped|exported|exports|sold|sells|provided|provides|delivered|accounted|accounts|account|held|holds|handled|handles|made|make|makes|contributed|represented|represents|took)$/i;

/** The verb after a subject: skips "’s", "and Hong Kong", "together", auxiliaries and adverbs. */
function verbAfter(text: string, end: number, limit: number): { verb: string; end: number } | undefined {
  const rest = text.slice(end, Math.min(limit, end + 80));
  const m =
    /^(?:\s+and\s+(?:the\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)?(?:\s+(?:together|combined|alone|shell companies|companies|firms|carmakers|suppliers|entities|has|have|had|is|are|was|were|been|also|likely|reportedly|still|just|then|not|never|continues\s+to|continued\s+to|continue\s+to|keeps|kept))*\s+([a-z]+(?:\s+(?:importing|imported))?)\b/u.exec(
      rest,
    );
  return m ? { verb: m[1]!, end: end + m[0].length } : undefined;
}

/** Every role hit is built here, fields in one order (one hidden class: see countryHit). */
export const roleHitOf = (hit: CountryHit, code: string, role: Role, evidence: Evidence): RoleHit => ({ hit, code, role, evidence });

// Module-level helpers, not closures: the TypeScript loader names every named closure it creates.
const roleHit = (text: string, h: CountryHit, role: Role, s: number, e: number, rule: string): RoleHit =>
  roleHitOf(h, h.code, role, ev(text, s, e, rule));

/** A possessive naming what no flow measures: people, places, sovereignty ("China’s Xinjiang region"; not "Russia’s military imports"). */
const NOT_OF_A_FLOW =
  /^[’']s\s+(?:own\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:people|citizens|civilians|population|children|cities|towns|villages|infrastructure|territory|territorial|sovereignty|independence|invasion|aggression|soldiers|troops|energy\s+(?:grid|infrastructure)|power\s+grid|ports|region|regions|province|provinces|capital|district|county|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|far\s+east)\b/u;

/** "market" after a demonym, with up to two words of the goods between ("the Russian car market"). */
const MARKET_AFTER = /^\s+(?:[a-z][\p{L}-]*\s+){0,2}?market\b/u;

/** The rule of the first side read beside "X’s trading partner" (observationSides.ts may turn the pair round). */
export const PARTNER_SUBJECT = 'the country named beside X’s trading partner';
/** "X’s largest trading partner", "X’s main economic partner". */
const TRADING_PARTNER = /^[’']s\s+(?:[\p{L}-]+\s+){0,4}?(?:trading|trade|economic|commercial)\s+partner\b/iu;

/** A flow noun before "of X": "turnover of", "exports of". */
// "the foreign trade turnover of the Republic of Armenia": the state's style between them.
const FLOW_OF = /\b(?:trade(?:\s+turnover)?|turnover|exports|imports|re-exports)\s+(?:of\s+the\s+Republic\s+)?$/i;

/** The role each country hit plays in its sentence. */
export function roleOf(text: string, h: CountryHit, clauseStart: number, clauseEnd: number): RoleHit {
  const before = text.slice(Math.max(0, h.start - 24), h.start);
  const after = text.slice(h.end, h.end + 40);
  const prep = /\b(from|to|into|between|and|in|with|by|of)\s+(?:the\s+)?(?:mainland\s+)?$/i.exec(before);
  const prepStart = prep ? h.start - (before.length - prep.index) : h.start;
  if (h.demonym) {
    // "more than 70% of the Russian market for new heavy trucks": the market's country buys, owner of the share. Only
    // right after a percentage: "the share of imported equipment in the Russian machine-tool market" names no supplier.
    const market = prep && prep[1] === 'of' && /%\s+of\s+(?:the\s+)?$/.test(before) ? MARKET_AFTER.exec(after) : null;
    if (market) return roleHit(text, h, 'owner', prepStart, h.end + market[0].length, 'the X market');
    const flowNoun = FLOW_NOUN_AFTER.exec(after);
    if (flowNoun) {
      const noun = flowNoun[1]!.toLowerCase();
      const role: Role = noun.startsWith('import') || noun === 'purchases' ? 'importer' : noun === 'trade' ? 'pair-first' : 'exporter';
      return roleHit(text, h, role, h.start, h.end + flowNoun[0].length, `${h.text} ${noun}`);
    }
    const firms = SUPPLIER_NOUNS.exec(after);
    if (firms) {
      // "Kyrgyz traders bought 3,000 Chinese trucks": firms that buy are the importing side.
      const verb = verbAfter(text, h.end + firms[0].length, clauseEnd);
      if (verb && IMPORT_VERB.test(verb.verb)) return roleHit(text, h, 'importer', h.start, verb.end, 'firms of that country buying');
      return roleHit(text, h, 'exporter', h.start, h.end + firms[0].length, 'suppliers of that country');
    }
    // "to Russian arms factories": the demonym of the buyers goods are sent to.
    if (prep && (prep[1]!.toLowerCase() === 'to' || prep[1]!.toLowerCase() === 'into') && FACILITY_AFTER.test(after))
      return roleHit(text, h, 'destination', prepStart, h.end + FACILITY_AFTER.exec(after)![0].length, 'to buyers of that country');
    if (BUYER_NOUNS.test(after))
      return roleHit(text, h, 'importer', h.start, h.end + BUYER_NOUNS.exec(after)![0].length, 'buyers of that country');
    // "Russian crude", "Chinese components": goods of that origin.
    if (
      /^\s+[a-z]/.test(after) &&
      !/^\s+(?:customs|officials?|government|ministry|data|authorities|president|foreign|military|intelligence|embassy|side|economy|war|defen[cs]e|armed|forces|and)\b/i.test(
        after,
      )
    ) {
      return roleHit(text, h, 'origin', h.start, h.end, 'goods of that origin');
    }
    return roleHit(text, h, 'none', h.start, h.end, 'adjective');
  }
  // "EU trade with Russia": the name before "trade with" is the first of the pair.
  if (/^\s+(?:trade|turnover)\s+with\b/i.test(after)) return roleHit(text, h, 'pair-first', h.start, h.end + 6, 'X trade with');
  // "Hong Kong's own share of Russia's chip imports", "China's market share": the share's partner too.
  const share = SHARE_OWNER.exec(after);
  if (share) return roleHit(text, h, 'share-owner', h.start, h.end + share[0].length, 'X’s share of');
  // "China is Russia’s most important trading partner": Russia is the pair's other side, China (the subject) its first.
  if (TRADING_PARTNER.test(after)) return roleHit(text, h, 'pair-second', h.start, h.end + 2, 'X’s trading partner');
  // "against Ukraine, Ukraine’s people and infrastructure": what a country has that no flow measures.
  if (NOT_OF_A_FLOW.test(after)) return roleHit(text, h, 'none', h.start, h.end + 2, 'X’s, of no flow');
  if (/^[’']s\b/.test(after)) return roleHit(text, h, 'owner', h.start, h.end + 2, 'X’s');
  if (prep) {
    const p = prep[1]!.toLowerCase();
    if (p === 'from') return roleHit(text, h, 'origin', prepStart, h.end, 'from X');
    if (p === 'to' || p === 'into') return roleHit(text, h, 'destination', prepStart, h.end, 'to X');
    if (p === 'between') return roleHit(text, h, 'pair-first', prepStart, h.end, 'between X');
    // "the foreign trade turnover of the Kyrgyz Republic", "exports of Kazakhstan": the country whose flow it is.
    if (p === 'of' && FLOW_OF.test(text.slice(Math.max(0, h.start - 40), prepStart)))
      return roleHit(text, h, 'owner', prepStart, h.end, 'the flow of X');
    if (p === 'and' && /\bbetween\s+(?:the\s+)?\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 40), h.start))) {
      return roleHit(text, h, 'pair-second', prepStart, h.end, 'between … and X');
    }
    if (p === 'with' && /\btrade\s+with\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 20), h.start)))
      return roleHit(text, h, 'pair-second', prepStart, h.end, 'trade with X');
  }
  // The object of a supply verb: "supplied Russia with", "sent Russia".
  if (
    /\b(?:supplied|supplies|supplying|supply|provided|providing|provides|sent|sending|sends|shipped|delivered|sold|selling)\s+$/i.test(
      before,
    )
  ) {
    return roleHit(text, h, 'destination', h.start, h.end, 'the object of a supply verb');
  }
  const v = verbAfter(text, h.end, clauseEnd);
  if (v && h.start >= clauseStart) {
    if (IMPORT_VERB.test(v.verb) || /importing|imported$/.test(v.verb))
      return roleHit(text, h, 'importer', h.start, v.end, 'the subject of an import verb');
    if (SUPPLY_VERB.test(v.verb)) return roleHit(text, h, 'exporter', h.start, v.end, 'the subject of a supply verb');
  }
  if (h.metonym && isWordBeforeSpace(before, 'in', true)) return roleHit(text, h, 'none', h.start, h.end, 'a place');
  return roleHit(text, h, 'none', h.start, h.end, 'named');
}

export interface Roles {
  reporter?: RoleHit;
  partner?: RoleHit;
}

function firstWithRole(hits: readonly RoleHit[], roles: readonly Role[]): RoleHit | undefined {
  for (const r of roles) {
    const h = hits.find((x) => x.role === r);
    if (h) return h;
  }
  return undefined;
}

/** Reporter and partner from the role hits of a sentence (the clause's hits first). */
export function assignRoles(hits: readonly RoleHit[], flow: Flow): Roles {
  if (flow === 'trade') {
    // Beside "X’s trading partner" a country named with no role of its own is the pair's first side.
    const partnerOf = hits.find((x) => x.role === 'pair-second' && x.evidence.rule === 'X’s trading partner');
    const subject = partnerOf ? hits.find((x) => x.role === 'none' && x.code !== partnerOf.code) : undefined;
    const first =
      firstWithRole(hits, ['pair-first', 'owner', 'importer', 'exporter']) ??
      (subject ? roleHitOf(subject.hit, subject.code, 'pair-first', { ...subject.evidence, rule: PARTNER_SUBJECT }) : undefined);
    const second =
      hits.find((x) => x !== first && x.code !== first?.code && (x.role === 'pair-second' || x.role !== 'none')) ??
      hits.find((x) => x !== first && x.code !== first?.code);
    return { reporter: first, partner: second };
  }
  let reporter: RoleHit | undefined;
  let partner: RoleHit | undefined;
  if (flow === 'export') {
    reporter = firstWithRole(hits, ['owner', 'exporter', 'origin']);
    partner = hits.find((x) => x.code !== reporter?.code && (x.role === 'destination' || x.role === 'importer'));
  } else {
    reporter = firstWithRole(hits, ['owner', 'importer', 'destination']);
    partner = hits.find((x) => x.code !== reporter?.code && (x.role === 'origin' || x.role === 'exporter' || x.role === 'share-owner'));
  }
  return { reporter, partner };
}
