/**
 * A transcript's speaker labels ("SECRETARY BLINKEN: …", "Lin Jian: …", "Answer (Minister of
 * State): …"), found once per text: the speaker of every sentence after a label, until the next.
 */
import type { Attribution } from './attribution.js';
import { lineStarts, matchesAtLineStarts, stickyAtLines } from './lineStarts.js';

/** Titles before a name in a transcript's speaker label: "SECRETARY BLINKEN" speaks as Blinken ("SHRIMATI LATA DESHPANDE" as Lata Deshpande). */
const TITLE =
  /^(?:(?:SECRETARY|MR|MRS|MS|DR|SHRI|SHRIMATI|SMT|PRESIDENT|MINISTER|FOREIGN MINISTER|AMBASSADOR|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|DEPUTY|UNDER|ASSISTANT|GENERAL|ADMIRAL|SENATOR|DIRECTOR|SPEAKER)\.?\s+)+/;

const DOCUMENT_KIND =
  /^(?:FACT SHEET|FACTSHEET|READOUT|PRESS RELEASE|PRESS STATEMENT|STATEMENT|JOINT STATEMENT|MEDIA NOTE|NOTICE|NOTE|UPDATE|BREAKING|SUMMARY|EXECUTIVE SUMMARY|BACKGROUND|FOR IMMEDIATE RELEASE|EMBARGOED|ANNEX|APPENDIX|Q&A|FAQ|TRANSCRIPT|REMARKS|TESTIMONY|AGENCY|ACTION|DATES|ADDRESSES|SUPPLEMENTARY INFORMATION|FOR FURTHER INFORMATION CONTACT)$/;

const noLabel = (): Attribution | undefined => undefined;

/** A Commons record's label: an office and the member in brackets, or a member, constituency and party. */
const HANSARD_LABEL =
  /^(?:\d{1,3}\.\s+)?(?:(The\s+(?:[\p{L}’'-]+\s+){0,6}?[\p{L}’'-]+)\s+\(([^()\n]{2,40})\)|((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+\([^()\n]{2,40}\)\s+\([^()\n]{1,20}\)):/gmu;
const HANSARD_AT = stickyAtLines(HANSARD_LABEL);

/** Whether the rest of the line from `at` is a short title with no closing punctuation. */
function titleAfter(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const rest = text.slice(at, end < 0 ? text.length : end).trim();
  return rest.length < 60 && !/[.?!:;"”’)]$/.test(rest);
}

/**
 * A headline after a label: four words or more, the line closing on no punctuation; or a line in
 * capitals however it closes ('MINISTRY: "NO SHORTAGE OF MACHINE TOOLS"': a section over its headline).
 */
function kickerAfter(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const rest = text.slice(at, end < 0 ? text.length : end).trim();
  if (rest.length >= 120) return false;
  return (rest.split(/\s+/).length >= 4 && !/[.?!:;"”’)]$/.test(rest)) || (/\p{Lu}{2}/u.test(rest) && !/\p{Ll}/u.test(rest));
}

/**
 * A speaker's line in a debate record: an honorific and a surname ("Mr Lammy", "Baroness Hallam"),
 * or a name with constituency and party in brackets, alone on its line with a blank line after.
 */
const OWN_LINE_LABEL_KEY = /\n[ \t]*\n/;
const OWN_LINE_LABEL =
  /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}(?:\s+of\s+\p{Lu}[\p{L}’'-]+)?)|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}(?=\s+\([^)\n]{2,40}\)\s+\([^)\n]{1,20}\)))(?:\s+\([^)\n]{1,40}\)){0,2}[ \t]*\n[ \t]*\n/gmu;

/** A label in capitals: "SECRETARY BLINKEN:". */
const CAPITALS_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,60}):/gmu;
/** A label in ordinary case: "Lin Jian:". */
// A debate record's may close on constituency and party in brackets: "Baroness Carrow (Lab):", "Mr Tom Ellery (Harrogate) (Con):".
// An office may come first with the name after a comma: "Official Spokesperson, Shri Vikram Menon:" speaks as the name.
const MIXED_LABEL =
  /^(\p{Lu}[\p{Ll}.’'-]+(?:\s+\p{Lu}[\p{Ll}.’'-]+){0,3})(?:,\s+(\p{Lu}[\p{Ll}.’'-]+(?:\s+\p{Lu}[\p{Ll}.’'-]+){1,3}))?(?:\s+\([^)\n]{1,40}\)){0,2}:[ \t]+\S/gmu;
/** A hearing record's label: an honorific or office and the surname in capitals ("Mr. RENNER:", "Chair HOLLIS:", "Senator OKAFOR:"). */
const HEARING_LABEL =
  /^(?:(?:Mr|Mrs|Ms|Dr|Chair|Chairman|Chairwoman|Senator|Representative|Secretary|Ambassador|General|Admiral)\.?\s+)(\p{Lu}{2,}(?:[-’'\s]\p{Lu}{2,}){0,2}):[ \t]+\S/gmu;
/**
 * A debate's record in the European Parliament's form: the name, an office or a group after a comma or
 * in brackets, then a full stop and a dash ("Maria Lindqvist, Member of the Commission. - Madam
 * President, …", "Tamás Kertész (ESN). – …", "President. – The next item is …"; a name's particles in
 * small letters, "Piet de Vries").
 */
const VERBATIM_LABEL =
  /^(\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:de|van|von|der|den|du|da|di|del|la|le|dos)[ \t]+)*\p{Lu}[\p{L}’'-]*){0,4})(?:,[ \t]+[^\n.:]{2,80}?|[ \t]+\([^)\n]{1,40}\))?\.[ \t]+[–—-][ \t]+\S/gmu;
/** The Congressional Record's label: an honorific and the surname in capitals, then a full stop ("Mrs. HOLLOWAY. Mr. President, …"). */
const RECORD_OPENING = /^(?:Mr|Mrs|Ms|Miss|Dr)\.[ \t]/;
const RECORD_LABEL = /^(?:Mr|Mrs|Ms|Miss|Dr)\.[ \t]+(\p{Lu}{2,}(?:[-’' ]\p{Lu}{2,}){0,2})(?:[ \t]+of[ \t]+\p{Lu}[\p{L}]+)?\.[ \t]+\S/gmu;
/**
 * A written answer's office over the answer, with the member in brackets, on a line of its own in capitals:
 * "THE MINISTER OF STATE IN THE MINISTRY OF COMMERCE AND INDUSTRY (SHRI RAJESH KULKARNI)" answers as the member.
 */
const OFFICE_LINE_LABEL =
  /^THE[ \t]+(?:[\p{Lu}&,’'-]+[ \t]+){1,16}\((?:(?:SHRI|SHRIMATI|SMT\.?|KUMARI|DR\.?|MR\.?|MRS\.?|MS\.?)[ \t]+)?(\p{Lu}[\p{Lu}.’' -]{2,40}?)\)[ \t]*:?[ \t]*$/gmu;
/** An honorific opening a label in ordinary case names a person even where the text has one label ("Ms Tan Li Ling (for the Minister for Trade and Industry):"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s/;
const ANSWER_LABEL = /^Answer\s*\(([^)\n]{2,60})\):/gmu;
// Each pattern opens a line: tried at line starts only (lineStarts.ts).
const CAPITALS_AT = stickyAtLines(CAPITALS_LABEL);
const MIXED_AT = stickyAtLines(MIXED_LABEL);
const OWN_LINE_AT = stickyAtLines(OWN_LINE_LABEL);
const ANSWER_AT = stickyAtLines(ANSWER_LABEL);
const HEARING_AT = stickyAtLines(HEARING_LABEL);
const VERBATIM_AT = stickyAtLines(VERBATIM_LABEL);
const RECORD_AT = stickyAtLines(RECORD_LABEL);
const OFFICE_LINE_AT = stickyAtLines(OFFICE_LINE_LABEL);

/** Words before a colon that head a line without naming a speaker. */
const NOT_A_LABEL =
  /^(?:Note|Notes|Source|Sources|Published|Updated|From|To|Subject|Date|Photo|Editor|Read|See|Key findings|Summary|Background|Transcript|Update|Correction|Press release|Press statement|Statement|Question|Answer|Q|A|Topic|Topics|Location|Tags|Related|Contact|Media|Document|Excerpt|Title|Warning|Disclaimer|Data|Verdict|Claim|Rating|Conclusion|Finding|Findings|Context|Analysis|Bottom line|Takeaway|Method|Methodology)$/i;

/**
 * In a transcript, the speaker labels ("SECRETARY BLINKEN: …", capitalized words before a colon
 * at the start of a line), found once per text: a sentence's speaker is the last label before it.
 */
export function speakerLabels(text: string): (at: number) => Attribution | undefined {
  // Every label but a debate record's ends in a colon: a text with neither (most news) has none.
  if (!text.includes(':') && !OWN_LINE_LABEL_KEY.test(text)) return noLabel;
  const starts = lineStarts(text);
  // The labels that end in a colon, only where the text holds one.
  const colon = text.includes(':');
  // Each label with where its line starts: it speaks for the sentences from there on.
  const labels: { label: Attribution | undefined; at: number }[] = [];
  for (const m of colon ? matchesAtLineStarts(CAPITALS_LABEL, CAPITALS_AT, text, starts) : []) {
    const full = m[1]!.trim();
    // A heading ("FACT SHEET: Countering …", "READOUT: …") names a kind of document, not a speaker.
    if (DOCUMENT_KIND.test(full)) continue;
    // "MARKETS: China tightens its grip on …": a section's kicker over a headline, not a speaker.
    if (kickerAfter(text, m.index + m[0].length)) continue;
    const title = TITLE.exec(full);
    // "SECRETARY GENERAL:" is an office, not a title before a name: what the title leaves is a title too.
    const skip = title && title[0].length < full.length && !TITLE.test(`${full.slice(title[0].length)} `) ? title[0].length : 0;
    labels.push({
      label: { phrase: full.slice(skip), start: m.index + skip, end: m.index + full.length, cue: 'speaker label' },
      at: m.index,
    });
  }
  // A label in ordinary case: "Lin Jian:", "Kanaani:", "Bloomberg:" (one to four capitalized words
  // opening a line and followed by text), not a heading word ("Note:", "Press release:").
  // Read only in a transcript: two such lines at least ("Briefing: …" heading a text is a title).
  const ordinary: { label: Attribution; at: number }[] = [];
  for (const m of colon ? matchesAtLineStarts(MIXED_LABEL, MIXED_AT, text, starts) : []) {
    const full = m[1]!;
    if (DOCUMENT_KIND.test(full.toUpperCase()) || NOT_A_LABEL.test(full)) continue;
    // "Machinery: $85 million": a table's line names its row, not a speaker.
    if (
      /^[ \t]*(?:about |around |some |nearly |almost |over |under )?(?:[A-Z]{3} ?|[A-Z]{1,2}\$)?[$€£¥\d]/.test(
        text.slice(m.index + m[0].length - 1, m.index + m[0].length + 16),
      )
    )
      continue;
    // "Russia: Sanctions Evasion": a title line (no full stop, short) names a topic, not a speaker.
    if (titleAfter(text, m.index + m[0].length - 1)) continue;
    const name = m[2] ?? full;
    const start = m[2] !== undefined ? m.index + m[0].indexOf(name, full.length) : m.index;
    ordinary.push({ label: { phrase: name, start, end: start + name.length, cue: 'speaker label' }, at: m.index });
  }
  for (const m of colon ? matchesAtLineStarts(HEARING_LABEL, HEARING_AT, text, starts) : []) {
    const start = m.index + m[0].indexOf(m[1]!);
    ordinary.push({ label: { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'speaker label' }, at: m.index });
  }
  if (ordinary.length >= 2) labels.push(...ordinary);
  else if (ordinary.length === 1 && HONORIFIC.test(ordinary[0]!.label.phrase)) labels.push(ordinary[0]!);
  // A debate record's "Name, office. – " labels: read where two such lines are at least.
  // A record opens on its labels (the chair's "President. – " first): its opening is searched, not the whole text.
  const opening = text.length > 1500 ? text.slice(0, 1500) : text;
  if (opening.includes('. –') || opening.includes('. -') || opening.includes('. —')) {
    const verbatim: { label: Attribution; at: number }[] = [];
    for (const m of matchesAtLineStarts(VERBATIM_LABEL, VERBATIM_AT, text, starts))
      verbatim.push({ label: { phrase: m[1]!, start: m.index, end: m.index + m[1]!.length, cue: 'speaker label' }, at: m.index });
    if (verbatim.length >= 2) labels.push(...verbatim);
  }
  // The Congressional Record's and a written answer's labels, tried only at the line starts whose first
  // letters can open them ("Mr.", "Mrs.", "Ms.", "Dr.", "THE "): most texts have none, and no pattern runs.
  for (const at of starts ?? []) {
    const c = text.charCodeAt(at);
    const record = (c === 77 || c === 68) && RECORD_OPENING.test(text.slice(at, at + 6));
    const office = c === 84 && text.startsWith('THE ', at);
    if (!record && !office) continue;
    const sticky = record ? RECORD_AT : OFFICE_LINE_AT;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    const start = record ? m.index + m[0].indexOf(m[1]!) : m.index + m[0].lastIndexOf(m[1]!);
    labels.push({ label: { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'speaker label' }, at: m.index });
  }
  // A debate record's label on a line of its own, over the speech: "Mr Lammy", "Alex Ballinger
  // (Halesowen) (Lab)" (a member with constituency and party). Read only where two such lines are.
  const own: { label: Attribution; at: number }[] = [];
  for (const m of matchesAtLineStarts(OWN_LINE_LABEL, OWN_LINE_AT, text, starts)) {
    const start = m.index + m[0].indexOf(m[1]!);
    own.push({ label: { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'speaker label' }, at: m.index });
  }
  if (own.length >= 2) labels.push(...own);
  // A written answer's "Answer (Minister of State):" names who answers.
  for (const m of colon ? matchesAtLineStarts(ANSWER_LABEL, ANSWER_AT, text, starts) : []) {
    const start = m.index + m[0].indexOf(m[1]!);
    labels.push({ label: { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'speaker label' }, at: m.index });
  }
  // A Commons record's "The Minister for Europe (Anthony Greaves):" names the member in brackets,
  // "1. Dr Helen Marsh (Bath and Wells) (LD):" the member before them.
  for (const m of colon && text.includes(')') ? matchesAtLineStarts(HANSARD_LABEL, HANSARD_AT, text, starts) : []) {
    const name = m[1] !== undefined ? m[2]! : m[3]!;
    const start = m.index + m[0].indexOf(name, m[1] !== undefined ? m[1].length : 0);
    labels.push({ label: { phrase: name, start, end: start + name.length, cue: 'speaker label' }, at: m.index });
  }
  // "Q: The EU has listed …": a journalist's question ends the answer before it and names no speaker of its own.
  // "Question (Rhea Kapoor, Business Standard):" too.
  if (labels.length > 0)
    for (const m of text.matchAll(/^(?:Q|QUESTION|Question(?:\s*\([^)\n]{1,80}\))?)\s*:/gm)) labels.push({ label: undefined, at: m.index });
  labels.sort((a, b) => a.at - b.at);
  return (at) => {
    let found: Attribution | undefined;
    for (const l of labels) {
      if (l.at > at) break;
      found = l.label;
    }
    return found;
  };
}
