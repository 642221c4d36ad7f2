/**
 * A text whose first line is the name of the body that publishes it, and nothing else: "House
 * Foreign Affairs Committee", "Conflict Armament Research", "Ministry of Foreign Affairs of Japan"
 * (a press page or an investigation as copied from its site, the heading under it). The body
 * speaks for the claims no sentence attributes, as docs/curation.md has an official text's author
 * claim what it states in its own voice. Read for claims only, after every other claimant
 * (claimant.ts): a figure's attribution keeps to the text's words about it.
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';

/** The head nouns that end a body's name. */
const BODY = String.raw`(?:Committee|Commission|Council|Ministry|Department|Office|Agency|Bureau|Service|Institute|Institution|Center|Centre|Foundation|Research|Studies|Forum|Network|Project|Initiative|Group|Watch|Embassy|Mission|Parliament|Assembly|Senate|Congress|Government|Directorate|Administration|Secretariat|Authority|Board|Treasury|Library|Intelligence)`;
const CAP = String.raw`\p{Lu}[\p{L}.’'&-]*`;
/**
 * A name ending on its head noun, with an "of" phrase after it ("Ministry of Foreign Affairs of Japan").
 * Before the head noun only names and "and" ("Foreign, Commonwealth and Development Office"): a
 * headline in title case ("Sanctions Evasion and the Role of the Committee") has articles and "of".
 * One "of" may join the first two names ("House of Commons Foreign Affairs Committee"), with no comma and no
 * "of" after the head noun: "Ministry of External Affairs, Government of India" names two bodies, not one.
 */
const NAME_LINE = new RegExp(
  String.raw`^(?:The\s+)?(?:${CAP}\s+of\s+${CAP}(?:\s+${CAP}){0,4}\s+${BODY}|(?:${CAP},?\s+(?:(?:and|&)\s+)?){0,5}${BODY}(?:\s+(?:of|for|on)\s+(?:the\s+)?${CAP}(?:\s+(?:(?:and|of|the)\s+)*${CAP}){0,9})?)$`,
  'u',
);

/** A line in capitals: two words or more, no lower-case letter. */
const CAPITALS = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}.’'&-]*(?:,?\s+\p{Lu}[\p{Lu}.’'&-]*)+$/u;
const JOINING = new Set(['of', 'for', 'on', 'and', 'the']);
const titleCase = (line: string) =>
  line.replace(/\p{Lu}+/gu, (w, at: number) =>
    at > 0 && JOINING.has(w.toLowerCase()) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
  );

/**
 * A periodical's title under its publisher's acronym, with its date or number: "EBRD Regional Economic
 * Prospects, November 2026", "BOFIT Weekly Review 2024/44" — the acronym publishes it.
 */
// Also the periodical's frequency for its title, a region after a dash and the issue's date after the number:
// "BOFIT Weekly 2026/49 — 4.12.2026", "BOFIT Weekly - Russia 2026/47".
const SERIES_LINE =
  /^(\p{Lu}{2,6})\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Outlook|Prospects|Review|Report|Bulletin|Monitor|Update|Brief|Survey|Digest|Weekly|Monthly|Quarterly|Newsletter)\b(?:\s+[–—-](?:\s+\p{Lu}\p{Ll}+){1,2})?,?\s+(?:(?:\p{Lu}\p{Ll}+\s+)?\d{4}(?:\/\d{1,3})?|No\.\s*\d+)(?:\s+[–—-]\s+\d{1,2}\.\d{1,2}\.\d{4})?\s*$/u;

/**
 * A periodical's issue under its publisher's name, after a comma or a spaced dash: "Deutsche Bundesbank,
 * Monthly Report, November 2026", "European Commission – Daily News 26/11/2026", "CASPIAN CARGO WATCH —
 * Weekly newsletter, issue 148" — the name publishes it (group 1).
 */
const PERIODICAL_LINE =
  /^(.+?)(?:,|\s+[–—|-])\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:[Rr]eport|[Rr]eview|[Bb]ulletin|[Nn]ews|[Nn]ewsletter|[Dd]igest|[Mm]onitor|[Oo]utlook|[Uu]pdate|[Ss]urvey)\b,?\s+(?:(?:\p{Lu}\p{Ll}+\s+)?\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|(?:[Ii]ssue|[Nn]o\.)\s*\d+)\s*$/u;
/** A publisher's name before its periodical: capitalized words only ("Deutsche Bundesbank"). */
const PUBLISHER_NAME = /^\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.’'&-]*){0,5}$/u;

/**
 * "OECD TRADE POLICY NOTE": an acronym over the kind of its publication, in capitals, with no date; a
 * word between them at least, and the first word no English one ("ISSUE BRIEF", "POLICY RESEARCH NOTE"
 * name a kind of text, not who publishes it).
 */
const ACRONYM_KIND_LINE =
  /^(?!(?:ISSUE|POLICY|DATA|TRADE|NEWS|PRESS|WORKING|SPECIAL|WEEKLY|MONTHLY|ANNUAL|MARKET|CLIENT|SECTOR|COUNTRY|RISK|RESEARCH|BRIEFING|STAFF|TECHNICAL|DISCUSSION|ANALYTICAL)\s)(\p{Lu}{2,6})\s+(?:\p{Lu}+\s+){1,3}(?:NOTE|REPORT|BRIEF|BRIEFING|REVIEW|BULLETIN|OUTLOOK|UPDATE|PAPER|MONITOR|DIGEST)$/u;

/** The body the first line of `text` names, when that line is a name alone and more lines follow. */
export function publisherHeading(text: string): Attribution | undefined {
  const lead = /^[ \t]*\n*/.exec(text)![0].length;
  const nl = text.indexOf('\n', lead);
  // A letterhead in capitals may be longer ("THE SELECT COMMITTEE ON THE STRATEGIC COMPETITION BETWEEN …").
  if (nl < 0 || nl - lead > 120) return undefined;
  const line = text.slice(lead, nl).trim();
  if (line.length > 90 && !CAPITALS.test(line)) return undefined;
  const series = SERIES_LINE.exec(line) ?? ACRONYM_KIND_LINE.exec(line);
  if (series) return { phrase: series[1]!, start: lead, end: lead + series[1]!.length, cue: 'the publisher named in the first line' };
  const issue = PERIODICAL_LINE.exec(line);
  if (issue && PUBLISHER_NAME.test(issue[1]!))
    return { phrase: issue[1]!, start: lead, end: lead + issue[1]!.length, cue: 'the publisher named in the first line' };
  // "Customs Department under the Ministry of Finance of …": the body, not the ministry it answers to.
  const under = / under the /.exec(line);
  if (under && NAME_LINE.test(line.slice(0, under.index)) && NAME_LINE.test(line.slice(under.index + 11)))
    return { phrase: line.slice(0, under.index), start: lead, end: lead + under.index, cue: 'the publisher named in the first line' };
  // "ESTONIAN FOREIGN INTELLIGENCE SERVICE": a letterhead in capitals is read as the same name in title case.
  if (!NAME_LINE.test(line) && !(CAPITALS.test(line) && NAME_LINE.test(titleCase(line)))) return undefined;
  return { phrase: line, start: lead, end: lead + line.length, cue: 'the publisher named in the first line' };
}

/** `publisherHeading` of the context's text, read once per text. */
export function textPublisher(ctx: TextContext): Attribution | undefined {
  return ctx.memo('publisherHeading', 0, () => publisherHeading(ctx.text));
}
