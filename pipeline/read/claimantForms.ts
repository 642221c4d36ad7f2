/**
 * Claimants as official texts name them: the officials who "reiterated concern about" or
 * "recognized" what a readout reports (and "They" for them in the sentences after), a person
 * without the title before the name ("Secretary Blinken stated" → Blinken, as speaker labels are
 * read), and a bureau by its acronym where the text names it under its department ("the Commerce
 * Department’s Bureau of Industry and Security (BIS)" → BIS, the name the text then uses).
 */
import type { TextContext } from './context.js';
import { holdsAny } from './keyedScan.js';
import { opensParagraph } from './sentences.js';
import type { ReadClaim } from './types.js';

export interface ClaimantForm {
  phrase: string;
  start: number;
  end: number;
  rule: string;
}

/**
 * A subject, then a verb with which a readout reports what its officials hold; "The EU and its
 * Member States are deeply alarmed by": the body, its members left out.
 */
const STANCE =
  /^\s*(?:\d{1,2}\.\s*)?(?:(?:On|In)\s[^,]{1,40},\s+)?((?:[A-Z][\p{L}.’'-]*\s+(?:(?:of|and|the|for|on)\s+)*){0,10}[A-Z][\p{L}.’'-]*)(?:\s+and\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:Member\s+States|member\s+states|partners|allies))?\s+(?:also\s+|again\s+|further\s+)?(?:reiterated|expressed|voiced|shared|raised|underlined|underscored|stressed|reaffirmed|recogni[sz]ed|condemned|highlighted|acknowledged|(?:are|is|were|was|remain|remains)\s+(?:(?:deeply|gravely|seriously|extremely|very|increasingly)\s+)?(?:alarmed|concerned|troubled)\s+(?:by|about|at|over))\b/u;
/** STANCE's verbs, looked for as plain words before the regex is tried. */
const STANCE_VERBS = [
  'reiterated',
  'expressed',
  'voiced',
  'shared',
  'raised',
  'underlined',
  'underscored',
  'stressed',
  'reaffirmed',
  'recognized',
  'recognised',
  'condemned',
  'highlighted',
  'acknowledged',
  'alarmed',
  'concerned',
  'troubled',
];
const PRONOUN = /^(?:They|We|Both|The two)$/;

/** Titles before a person's name; "Secretary Blinken" speaks as Blinken. */
const TITLED =
  /^(?:(?:U\.S\.|UK|Deputy|Under|Assistant|Acting|Vice|Prime|Foreign|Defence|Defense|Treasury|Commerce|State|National|Security)\s+)*(?:Secretary|Ambassador|President|Chairman|Chairwoman|Chair|Senator|Sen\.|Rep\.|Representative|Minister|Director|Spokesperson|Spokesman|Spokeswoman|General|Admiral|Adviser|Advisor)(?:\s+of\s+State)?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+){0,2})$/u;

/** An office before the name: "Under Secretary of Commerce for Industry and Security Alan F. Estevez" speaks as Alan F. Estevez. */
const OFFICE_TITLED =
  /^(?:[\p{L}.-]+\s+)*?(?:Secretary|Director|Minister|Ambassador|Representative|Administrator|Commissioner|Spokes(?:person|man|woman)|Counsel|Attorney General)\s+(?:of|for)\s+(?:[\p{L}.,&-]+\s+)+?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)$/u;

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const TIME_BEFORE = new RegExp(
  String.raw`^(?:(?:Last|This|Earlier\s+this|Later\s+that|Earlier\s+that)\s+(?:week|month|year|spring|summer|autumn|fall|winter|${DAY})|On\s+${DAY}|Yesterday|Today|Earlier|Meanwhile|Separately)\s*,?\s+(\S.*)$`,
  'u',
);
const REFLEXIVE_AFTER = /^(.*\S)\s+(?:himself|herself|themselves|itself)$/u;
/** "Chinese officials always told us": an adverb between the speaker and the verb is no part of the speaker. */
const ADVERB_AFTER =
  /^(.*\S)\s+(?:always|also|again|often|still|repeatedly|consistently|publicly|privately|recently|previously|flatly|firmly|strongly|categorically|officially|separately|similarly|subsequently|likewise|nevertheless|meanwhile|however|too)$/u;
/**
 * A clause read whole as the speaker: "When the foreign ministry" (a subordinator before it), "I know that
 * Beijing" (the text's own knowing before it), "The Trade Center has received", "Customs also refers to the case"
 * (a verb after it): the speaker is the name the clause holds (group 1).
 */
const CLAUSE_BEFORE =
  /^(?:When|While|Although|Though|Because|If|(?:I|We)\s+(?:also\s+)?(?:know|think|hear|see|understand)\s+that)\s+(\S.*)$/u;
const VERB_AFTER = /^((?:The\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,5})\s+(?:has|have|had|also)\s+\p{Ll}.*$/u;
/** "(c) A Government spokesman said": a list item's letter or number before the speaker. */
const ITEM_MARK_BEFORE = /^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\))\s+(\S.*)$/u;

/** "a report by X", "a new study from X": a publication named by its publisher (group 1, to the phrase's end). */
const PUBLISHED_BY =
  /^(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:report|study|paper|analysis|investigation|review|briefing|note|assessment)\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[^,;]*)$/iu;

/** A person's name, then an office after a comma: "Stephen Doughty, Minister of State". */
const NAME_THEN_OFFICE =
  /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:Minister|Secretary|Spokes(?:person|man|woman)|Ambassador|Director|Chair(?:man|woman)?|Commissioner|Representative|Senator|President|Envoy|Adviser|Advisor|Counsel)\b/u;

/** A body named by its fields, "Commonwealth and Development Office", whose first field may stand before a comma. */
const BODY_FIELDS = /^\p{Lu}\p{Ll}+\s+(?:and|&)\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Office|Ministry|Department|Agency|Committee)$/u;

const NOT_A_PERSON =
  /\b(?:Federation|Republic|Kingdom|States|Union|Nations|Ministry|Department|Office|Council|Commission|Affairs|Security|Policy|Government|President)\b/;

function stanceSubject(ctx: TextContext, s: number, until: number): ClaimantForm | undefined {
  const start = ctx.spans[s]!.start;
  const prefix = ctx.text.slice(start, until);
  if (!holdsAny(prefix, STANCE_VERBS)) return undefined;
  const m = STANCE.exec(prefix);
  if (!m) return undefined;
  const at = start + m.index + m[0].indexOf(m[1]!);
  return { phrase: m[1]!, start: at, end: at + m[1]!.length, rule: 'the officials who hold it' };
}

/** A claimant the reader found in the form an official text means it, if it differs. */
export function claimantForm(ctx: TextContext, c: ReadClaim, s: number): ClaimantForm | undefined {
  const span = ctx.spans[s]!;
  const said = c.evidence.claimant;
  // Only a claimant from outside the sentence (the statement's speaker, a sentence before) gives way to the stance's subject.
  if (!said || said.start < span.start || said.start >= span.end) {
    const own = stanceSubject(ctx, s, c.start);
    if (own && !PRONOUN.test(own.phrase)) return own;
    if (own) {
      for (let k = s - 1; k >= Math.max(0, s - 3) && !opensParagraph(ctx.text, ctx.spans, k + 1); k--) {
        const before = stanceSubject(ctx, k, ctx.spans[k]!.end);
        if (before && !PRONOUN.test(before.phrase)) return { ...before, rule: 'the officials who hold it (a sentence before)' };
      }
    }
  }
  if (!said || c.claimant === null) return undefined;
  // "the Foreign, Commonwealth and Development Office said": a body's name listing its fields holds a comma.
  if (BODY_FIELDS.test(c.claimant)) {
    const first = /(?:^|\s)(\p{Lu}\p{Ll}+),\s+$/u.exec(ctx.text.slice(Math.max(0, said.start - 24), said.start));
    if (first) {
      const at = said.start - first[0].length + first[0].indexOf(first[1]!);
      return { phrase: ctx.text.slice(at, said.end), start: at, end: said.end, rule: `${said.rule} (a body's name with a comma)` };
    }
  }
  // "said Rep. Joe Wilson": a title's full stop is no end of the speaker's name.
  if (/^(?:Rep|Reps|Sen|Gov|Amb|Dr|Mr|Mrs|Ms)$/.test(c.claimant)) {
    const name = /^\.\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+){1,2})/u.exec(ctx.text.slice(said.end, said.end + 60));
    if (name) {
      const at = said.end + name[0].indexOf(name[1]!);
      return { phrase: name[1]!, start: at, end: at + name[1]!.length, rule: `${said.rule} (the name after the title)` };
    }
  }
  const office = c.claimant.includes(' of ') || c.claimant.includes(' for ') ? OFFICE_TITLED.exec(c.claimant) : null;
  // "the Press Secretary of the President of the Russian Federation": an office ends on a body, not a person.
  const person = office && !/\bthe\s+\S+\s+\S+$/.test(c.claimant) && !NOT_A_PERSON.test(office[1]!) ? office : null;
  const titled = TITLED.exec(c.claimant) ?? person;
  if (titled) {
    const at = said.end - titled[1]!.length;
    return { phrase: titled[1]!, start: at, end: said.end, rule: `${said.rule} (without the title)` };
  }
  // "Last week the WSJ reported", "President Biden himself": a time before the speaker, a reflexive after it, are no part of it.
  const framed =
    TIME_BEFORE.exec(c.claimant) ??
    REFLEXIVE_AFTER.exec(c.claimant) ??
    ADVERB_AFTER.exec(c.claimant) ??
    ITEM_MARK_BEFORE.exec(c.claimant) ??
    CLAUSE_BEFORE.exec(c.claimant) ??
    VERB_AFTER.exec(c.claimant);
  if (framed) {
    // "President Biden himself": the title goes too; "Last week a report by X": the publication.
    const name = TITLED.exec(framed[1]!)?.[1] ?? PUBLISHED_BY.exec(framed[1]!)?.[1] ?? framed[1]!;
    const at = said.start + c.claimant.indexOf(name);
    return { phrase: name, start: at, end: at + name.length, rule: `${said.rule} (the speaker alone)` };
  }
  // "according to a report by the Royal United Services Institute": the body that published it claims.
  const by = c.claimant.includes(' by ') || c.claimant.includes(' from ') ? PUBLISHED_BY.exec(c.claimant) : null;
  if (by) {
    const at = said.start + by.index + by[0].length - by[1]!.length;
    return { phrase: by[1]!, start: at, end: at + by[1]!.length, rule: `${said.rule} (the body that published it)` };
  }
  // "Answer (Stephen Doughty, Minister of State):", "Matthew Miller, Spokesperson": the person, the office after the comma left out.
  const named = c.claimant.includes(', ') ? NAME_THEN_OFFICE.exec(c.claimant) : null;
  if (named && !NOT_A_PERSON.test(named[1]!)) {
    return { phrase: named[1]!, start: said.start, end: said.start + named[1]!.length, rule: `${said.rule} (without the office)` };
  }
  if (/[’']s\s/.test(c.claimant)) {
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(ctx.text.slice(said.end, said.end + 12));
    if (acronym) {
      const at = said.end + acronym[0].indexOf(acronym[1]!);
      return { phrase: acronym[1]!, start: at, end: at + acronym[1]!.length, rule: `${said.rule} (by its acronym)` };
    }
  }
  return undefined;
}
