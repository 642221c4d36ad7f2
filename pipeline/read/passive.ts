/**
 * A supply verb in the passive: "ball bearings supplied by Chinese companies", "the drones were
 * supplied to Russia by Iran". The agent after "by" supplies; the goods are the verb's subject.
 */
import { GROUP_NOUNS } from './groupNouns.js';
import { lastWordBeforeSpace, startsBefore } from './textEnds.js';
import type { CountryHit } from './countries.js';
import type { GoodsHit } from './goods.js';
import type { Trigger } from './triggers.js';

export interface Agent {
  start: number;
  end: number;
  text: string;
  /** The country the agent is, when it is one. */
  country?: CountryHit;
}

/** A be-auxiliary right before the verb ("were supplied", "have been shipped", "is reportedly sold"). */
const BE_BEFORE =
  /\b(?:is|are|was|were|been|being|be)\s+(?:(?:reportedly|allegedly|also|still|mainly|largely|directly|illegally|secretly)\s+)?$/i;
/**
 * "by" and the agent's first words, after the verb and, at most, its destination; "from" names
 * the agent too when a country follows it ("is shipped from China").
 */
const BY =
  /^\s+(?:(?:directly|mainly|largely|primarily|also)\s+)?(?:(?:to|into)\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)?\s+)?(by|from)\s+(?:the\s+|an?\s+(?=\p{Ll}))?/u;
/** The agent's words: names, "-based", the group nouns and the glue between names. */
const AGENT_WORD = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}\p{N}.’'&-]*|[\p{L}]+-based|${GROUP_NOUNS}|of|and|the|in)$`, 'u');
/** A group named by what it is and where ("companies in China and Hong Kong", "a company in Shenzhen"). */
const GROUP_AGENT = new RegExp(String.raw`^(?:${GROUP_NOUNS})\s+in\s+\p{Lu}`, 'u');
/**
 * A group named by ordinary words, and what it belongs to: "a subsidiary of a Chinese state-owned
 * satellite company", "a state-owned defence conglomerate" (the article is read before it).
 */
const GROUP_PHRASE = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS})(?:\s+(?:of|in|based\s+in)\s+(?:an?\s+|the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS})|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*))?(?![\p{L}-])`,
  'u',
);
const GLUE = /^(?:of|and|the|in)$/;
/** A group named in lower case with no article: one or two words and a group noun. */
const BARE_GROUP = new RegExp(String.raw`^(?:[\p{Ll}-]+\s+){1,2}?(?:${GROUP_NOUNS})(?![\p{L}-])`, 'u');

/** The agent of a passive supply verb, or undefined when the verb is not passive or names none. */
export function passiveAgent(
  text: string,
  headStart: number,
  t: Trigger,
  clauseEnd: number,
  countries: readonly CountryHit[],
): Agent | undefined {
  // Most supply verbs have no "by" after them: that is the cheap test (in the clause, not the rest of the text).
  if (!startsBefore(text, 'by', t.end, clauseEnd) && !startsBefore(text, 'from', t.end, clauseEnd)) return undefined;
  const head = text.slice(Math.max(headStart, t.start - 40), t.start);
  // A participle right after its noun ("bearings supplied by") or a be-auxiliary before it.
  if (!BE_BEFORE.test(head) && !/[\p{Ll}\p{Lu}]\s+$/u.test(head)) return undefined;
  const by = BY.exec(text.slice(t.end, clauseEnd));
  if (!by) return undefined;
  const start = t.end + by[0].length;
  const country = countries.find((h) => h.start === start);
  if (country && !country.demonym) return { start, end: country.end, text: country.text, country };
  // "from" names a country only: "shipped from Chinese ports" is a route, not an agent.
  if (by[1] === 'from') return undefined;
  const group = GROUP_AGENT.test(text.slice(start, start + 40));
  const words = /^[^,;.()]*/.exec(text.slice(start, clauseEnd))![0].split(/(\s+)/);
  let end = start;
  let kept = 0;
  let at = start;
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i]!;
    if (!AGENT_WORD.test(w)) break;
    at += w.length;
    if (!GLUE.test(w)) {
      end = at;
      kept++;
    }
    at += (words[i + 1] ?? '').length;
  }
  const phrase =
    by[0].endsWith(' ') && /\s(?:an?|the)\s+$/.test(by[0])
      ? GROUP_PHRASE.exec(text.slice(start, clauseEnd))
      : // "re-exported to Russia by local dealers", "by third-country intermediaries": a group in lower case, no article.
        BARE_GROUP.exec(text.slice(start, clauseEnd));
  if (phrase && start + phrase[0].length > end) end = start + phrase[0].length;
  else if (kept === 0 || !(group || /^\p{Lu}/u.test(text.slice(start, end)))) return undefined;
  // "a company in Shenzhen": the article belongs to the agent's words.
  const article = /(?:^|\s)(an?\s+)$/.exec(by[0]);
  const from = article ? start - article[1]!.length : start;
  return { start: from, end, text: text.slice(from, end) };
}

/** The be-auxiliary of a passive right before the verb: "have been delivered", "were shipped". */
const BE_GROUP =
  /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|(?:is|are|was|were)\s+being|(?:continues?|continued|began|begin|begins|started|starts?)\s+to\s+be)\s+(?:\p{Ll}+ly\s+)?$/u;
const BE_WORD = /(?:is|are|was|were|been|be|being)$/;

/** Where the be-auxiliary of a passive supply verb starts, or -1. */
export function passiveBe(text: string, headStart: number, t: Trigger): number {
  const from = Math.max(headStart, t.start - 30);
  const head = text.slice(from, t.start);
  // BE_GROUP ends in a be-word or an adverb in -ly before the verb: asked only then.
  const last = lastWordBeforeSpace(head);
  const m = BE_WORD.test(last) || last.endsWith('ly') ? BE_GROUP.exec(head) : null;
  return m ? from + m.index : -1;
}

/**
 * A passive with no agent, whose goods name their origin right before them ("North Korean
 * artillery shells have been delivered to Russian forces"): that country supplies them.
 */
export function originOfGoods(text: string, beAt: number, countries: readonly CountryHit[], goods: readonly GoodsHit[]): Agent | undefined {
  const g = goods.length > 0 && /^\s+$/.test(text.slice(goods[goods.length - 1]!.end, beAt)) ? goods[0]! : undefined;
  if (!g) return undefined;
  // "Iranian-made drones": the people's adjective may carry "-made".
  const h = countries.find(
    (c) =>
      c.demonym &&
      c.end <= g.start &&
      /^(?:-(?:made|built|produced|manufactured|origin|sourced))?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(c.end, g.start)),
  );
  return h && { start: h.start, end: h.end, text: h.text, country: h };
}

/** ", made by a Chinese company," between the goods and a passive verb: the maker in the aside. */
const MAKER_ASIDE =
  /^,\s+(?:made|manufactured|produced|built|developed)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?by\s+((?:an?\s+|the\s+)?[^,;]{2,80}?),\s+$/u;

/**
 * A passive with no agent whose goods name their maker in an aside ("The drone engines, made by a
 * Chinese company, were delivered to Russia"): the maker supplies them.
 */
export function makerInAside(text: string, beAt: number, countries: readonly CountryHit[], goods: readonly GoodsHit[]): Agent | undefined {
  const last = goods[goods.length - 1];
  if (!last) return undefined;
  const m = MAKER_ASIDE.exec(text.slice(last.end, beAt));
  if (!m) return undefined;
  const start = last.end + m[0].indexOf(m[1]!, 2);
  const end = start + m[1]!.length;
  const country = countries.find((h) => !h.demonym && h.start === start && h.end === end);
  return country ? { start, end, text: country.text, country } : { start, end, text: m[1]! };
}

/** "are built by a firm in Xiamen and shipped": a passive of making coordinated before the supply verb. */
const MADE_AND =
  /\b(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+)?(?:made|built|produced|manufactured|assembled)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?by\s+((?:an?\s+|the\s+)?[^,;]{2,60}?)\s+and\s+(?:then\s+|later\s+)?$/u;

/**
 * The maker of goods made and then shipped ("The drones are built by a firm in Xiamen and shipped
 * to Russia"): it supplies them; `beAt` is where the passive's be-auxiliary starts.
 */
export function makerAnd(
  text: string,
  headStart: number,
  t: Trigger,
  countries: readonly CountryHit[],
): { agent: Agent; beAt: number } | undefined {
  const from = Math.max(headStart, t.start - 100);
  const m = MADE_AND.exec(text.slice(from, t.start));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!, m[0].indexOf(' by ') + 3);
  const end = start + m[1]!.length;
  const country = countries.find((h) => !h.demonym && h.start === start && h.end === end);
  return { agent: country ? { start, end, text: country.text, country } : { start, end, text: m[1]! }, beAt: from + m.index };
}
