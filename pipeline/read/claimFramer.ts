/**
 * Who a sentence gives a supply to without a verb of saying: whoever condemns it ("The United
 * States, Japan, and the Republic of Korea strongly condemn the provision of military equipment by
 * the DPRK to Russia": condemning a transfer asserts it), and a speaker who frames a quotation
 * with "as" ("as National Security Advisor Jake Sullivan observed recently, “China continues to be
 * a major supplier …”"), and a speaker whose line closes on a colon before the paragraph
 * ("Foreign Secretary James Cleverly said:" then his statement).
 */
import type { ClaimantHit } from './claimant.js';
import type { TextContext } from './context.js';
import { opensParagraph } from './sentences.js';

/** A subject, its verb of condemning, and the supply condemned, up to where the claim's clause starts. */
const CONDEMN =
  /^((?:The\s+|the\s+)?\p{Lu}[\p{L}.’'-]*(?:,?\s+(?:and\s+)?(?:the\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,10})(?:\s+\(\p{Lu}{2,}\))?\s+(?:(?:strongly|firmly|resolutely|unequivocally|once\s+again|again|jointly)\s+)*(?:condemn|condemns|condemned|deplore|deplores|deplored|denounce|denounces|denounced)\s+(?:the\s+|all\s+|any\s+)?(?:(?:continued|ongoing|growing|illegal|unlawful|reckless)\s+)*(?:provision|transfer|transfers|supply|supplies|delivery|deliveries|shipment|shipments|export|exports|sale|sales|acquisition|procurement|purchase)\b/u;

/** "as X observed …, “": a speaker framing the quotation that follows. */
const AS_SAID =
  /^(?:(?:But|And|Yet)\s+)?[Aa]s\s+((?:[\p{L}.’'-]+\s+){0,6}?\p{Lu}[\p{L}.’'-]+)\s+(?:has\s+|had\s+)?(?:observed|noted|said|put\s+it|pointed\s+out|warned|stated|remarked|told\s+[^,]{2,40})\b[^,“”"]{0,80},\s*[“"]/u;

/**
 * "the NATO countries with one voice called on the PRC … to cease all … support": who calls for
 * an end to a supply asserts it (calledOn.ts reads the one called on as the supplier).
 */
const CALLER =
  /(?:^|,\s+)((?:[Tt]he\s+)?(?:\d+\s+)?(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}+)(?:\s+[\p{L}.’'-]+){0,4}?)\s+(?:(?:has|have|had|also|again|jointly|repeatedly|with\s+one\s+voice)\s+)*(?:called\s+(?:up)?on|calls?\s+on|urged|urges?)\s+[^.;]{0,240}?\bto\s+(?:immediately\s+)?(?:cease|end|stop|halt)\b/u;

const MEMBERS_OF = /^(?:[Tt]he\s+)?(?:\d+\s+)?(\p{Lu}[\p{Lu}\d]+)\s+(?:countries|members|allies|member\s+states|nations|leaders)$/u;

/** The condemner or the framing speaker of the claim whose clause starts at `clauseStart` in sentence `s`. */
export function framedBy(ctx: TextContext, s: number, clauseStart: number): ClaimantHit | undefined {
  const { text, spans } = ctx;
  const start = spans[s]!.start;
  // The condemned supply is the claim's own trade noun, so the whole sentence is read; both cues open it.
  if (clauseStart < start) return undefined;
  const head = text.slice(start, spans[s]!.end);
  const c = head.includes('ondemn') || head.includes('eplore') || head.includes('enounce') ? CONDEMN.exec(head) : null;
  if (c) return { phrase: c[1]!, start, end: start + c[1]!.length, rule: 'who condemns the supply' };
  const call = head.includes(' to ') && /\b(?:call|urge)/.test(head) ? CALLER.exec(head) : null;
  if (call && !/^(?:we|i|you|it|they)$/i.test(call[1]!)) {
    // "the NATO countries", "the 32 NATO allies": the members calling speak as their alliance.
    const members = MEMBERS_OF.exec(call[1]!);
    const phrase = members ? members[1]! : call[1]!;
    const at = start + call.index + call[0].indexOf(call[1]!) + (members ? members.index + members[0].indexOf(phrase) : 0);
    return { phrase, start: at, end: at + phrase.length, rule: 'who calls for an end to the supply' };
  }
  const a = AS_SAID.exec(head);
  if (!a) return undefined;
  const at = start + a[0].indexOf(a[1]!);
  return { phrase: a[1]!, start: at, end: at + a[1]!.length, rule: 'the speaker the quotation is framed by (as X observed)' };
}

/** A line closing on a speaker and a verb of saying with a colon: "Foreign Secretary James Cleverly said:". */
const SAID_COLON =
  /(?:^|\n)[ \t]*((?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:for|of|the|and)\s+)*){0,6}\p{Lu}[\p{L}.’'-]+)\s+(?:said|says|added|stated|wrote|told\s+(?:reporters|journalists|the\s+\p{L}+)|declared)(?:\s+(?:today|on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement))?:[ \t]*$/u;

/** A title with its portfolio ("Minister for Europe", "Secretary of State for Defence") and the name after it. */
const OFFICE_BEFORE_NAME =
  /^(?:\p{Lu}[\p{L}-]*\s+)*(?:Minister|Secretary|Commissioner|Director|Head|Chair|Spokesperson|Envoy)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:(?:for|of|and)\s+)?)+?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)$/u;

/** The speaker of the paragraph sentence `s` stands in, when the line before the paragraph introduces it with "X said:". */
export function colonSpeaker(ctx: TextContext, s: number): ClaimantHit | undefined {
  const { text, spans } = ctx;
  let k = s;
  while (k > 0 && !opensParagraph(text, spans, k)) k--;
  if (k === 0) return undefined;
  // The line before the paragraph: from the last line break before the paragraph's first sentence.
  const end = text.lastIndexOf('\n', spans[k]!.start - 1);
  const lineEnd = text.slice(0, end).trimEnd().length;
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (text.charCodeAt(lineEnd - 1) !== 58) return undefined;
  const m = SAID_COLON.exec(text.slice(lineStart, lineEnd));
  if (!m) return undefined;
  // "Minister for Sanctions Stephen Doughty said:": an office with its portfolio before the name is the title, the name speaks.
  const titled = OFFICE_BEFORE_NAME.exec(m[1]!);
  const phrase = titled ? titled[1]! : m[1]!;
  const at = lineStart + m.index + m[0].indexOf(m[1]!) + (titled ? m[1]!.length - phrase.length : 0);
  return { phrase, start: at, end: at + phrase.length, rule: 'the speaker whose line closes on a colon (X said:)' };
}
