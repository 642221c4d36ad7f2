/**
 * The draft provenance sidecar: what the text itself proves (SHA-256 of the normalized text,
 * its length) filled in, everything only a person can know (title, publisher, dates, licence)
 * left as TODO — with a guess where the text shows one (a headline, a dateline, an ellipsis at the end).
 */
import { sha256 } from '../core/hash.js';
import type { Field } from './items.js';
import { TODO, guess } from '../model/todo.js';
import { isCalendarDate } from '../model/period.js';
import { MONTHS } from '../extract/months.js';
import { openingByline } from './byline.js';
import { openingHeadline } from './headlines.js';

/**
 * A dateline: capitalized place words opening a line, then perhaps the date and the agency,
 * then a dash ("WASHINGTON —", "ALMATY, June 3, 2024 —", "BEIJING, Sept. 5, 2024 (Reuters) -").
 * Wire copy states its date there, so the date is a guess for `published`.
 */
const DATELINE =
  /^([A-Z][A-Z .,'’-]{1,40}?)(?:,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4}))?(?:\s*(\([A-Z][A-Za-z. ]{0,20}\)))?\s+[—–-]{1,2}\s/gm;

/** A headline, a subtitle, a byline and a date may stand above the dateline; further down, a line is the body's. */
const DATELINE_LINES = 8;

/** The dateline opening one of the text's first lines, if any. */
function findDateline(text: string): RegExpExecArray | null {
  const head = text.split('\n').slice(0, DATELINE_LINES).join('\n');
  DATELINE.lastIndex = 0;
  return DATELINE.exec(head);
}

/** Where the dateline's date is in the text ("June 3, 2024" of "ALMATY, June 3, 2024 —"), if it has one. */
export function datelineDateSpan(text: string): { start: number; end: number } | undefined {
  const m = findDateline(text);
  if (!m || m[2] === undefined) return undefined;
  const start = m.index + m[0].indexOf(m[2], m[1]!.length);
  return { start, end: m.index + m[0].indexOf(m[4]!, start - m.index) + m[4]!.length };
}

/** Where the dateline's agency is in the text ("(Reuters)" of "BEIJING, Sept. 5, 2024 (Reuters) -"), if it names one. */
export function datelineAgencySpan(text: string): { start: number; end: number } | undefined {
  const m = findDateline(text);
  if (!m || m[5] === undefined) return undefined;
  const start = m.index + m[0].lastIndexOf(m[5]);
  return { start, end: start + m[5].length };
}

function dateline(text: string): { place: string; date: string | null } | null {
  const m = findDateline(text);
  if (!m) return null;
  return { place: m[1]!.trim(), date: m[2] === undefined ? null : isoDate(m[2], m[3]!, m[4]!) };
}

/** "June", "Sept", "3", "2024" → "2024-06-03"; null for a word that is no month or a day it lacks. */
function isoDate(monthWord: string, day: string, year: string): string | null {
  const month = MONTHS[monthWord.toLowerCase()];
  const date = month === undefined ? '' : `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** The title's basis when it is the headline the text opens with. */
export const HEADLINE_BASIS = 'The headline, the first line of the text.';

export function draftSidecar(text: string): Field[] {
  const line = dateline(text);
  const endsWithEllipsis = /(?:…|\.\.\.)\s*$/.test(text);
  const headline = openingHeadline(text);
  const byline = openingByline(text);
  return [
    ...(headline
      ? [
          { key: 'title', value: guess(headline.words), comment: "the text's first line, its headline; check it against the document" },
          { key: 'title_basis', value: guess(HEADLINE_BASIS), comment: 'where the title comes from, or null' },
        ]
      : [
          { key: 'title', value: TODO, comment: 'the headline; if the text has none, a descriptive title and title_basis' },
          { key: 'title_basis', value: TODO, comment: 'where the title comes from, or null' },
        ]),
    { key: 'publisher', value: TODO, comment: 'outlet or body, or null when not verified' },
    { key: 'publisher_basis', value: TODO, comment: 'how the publisher was established, or why it is null' },
    byline
      ? { key: 'byline', value: guess(byline), comment: "the names of the text's byline; check them against the document" }
      : { key: 'byline', value: TODO, comment: 'as the text gives it, or null' },
    { key: 'dateline', value: line ? guess(line.place) : TODO, comment: 'as the text gives it, or null' },
    { key: 'url', value: TODO, comment: 'address of the copy consulted, in quotes, or null' },
    line?.date
      ? { key: 'published', value: guess(`"${line.date}"`), comment: 'the date of the dateline; check it against the document' }
      : { key: 'published', value: TODO, comment: '"YYYY-MM-DD" as the document states it, or null' },
    { key: 'published_inferred', value: TODO, comment: '"YYYY-MM-DD" when published is null, else null' },
    { key: 'published_basis', value: TODO, comment: 'the evidence for published_inferred, or null' },
    { key: 'retrieved', value: TODO, comment: '"YYYY-MM-DD": when the copy was retrieved' },
    { key: 'retrieved_basis', value: TODO, comment: 'how the copy was obtained, or null' },
    { key: 'language', value: guess('en'), comment: 'BCP 47' },
    { key: 'licence', value: TODO, comment: 'licence or rights statement, or null' },
    { key: 'public_domain', value: TODO, comment: 'true or false: only a public-domain text may be shown whole on the site' },
    {
      key: 'excerpt',
      value: endsWithEllipsis ? guess(true) : TODO,
      comment: endsWithEllipsis ? 'the text ends with an ellipsis' : 'true if the file holds only part of the document',
    },
    { key: 'excerpt_note', value: TODO, comment: 'what is missing, or null' },
    { key: 'sha256', value: sha256(text) },
    { key: 'sha256_basis', value: 'SHA-256 of the normalized text: UTF-8, BOM dropped, line endings LF, Unicode NFC.' },
    { key: 'characters', value: text.length },
  ];
}
