/**
 * Question headings ("Which Chinese firms supply drone engines to Russia?", "Who have you
 * targeted?"): a line that is one short question opening with a question word, as a Q&A page or
 * a written question heads its answer. A question asserts nothing, so what it names is no actor
 * the text reports: suggest drafts no entity from it (the answer's own words still count).
 */

const QUESTION_WORD =
  /^(?:Which|What|Who|Whom|Whose|How|Why|Where|When|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|Had)\b/;

/** A heading is short: a question of a paragraph's length is a speaker's, whose names may matter. */
const MAX_WORDS = 20;

function isQuestionHeading(line: string): boolean {
  const words = line.replace(/^#{1,6}\s+/, '').trim();
  if (!QUESTION_WORD.test(words) || !words.endsWith('?')) return false;
  // One sentence: no sentence ends inside it ("Why? Because …" is prose).
  if (/[.?!]["”’)]?\s+\p{Lu}/u.test(words.slice(0, -1))) return false;
  return words.split(/\s+/).length <= MAX_WORDS;
}

/** The text with its question headings blanked (spaces, so every offset stays the text's own). */
export function withoutQuestionHeadings(text: string): string {
  return text.replace(/^[^\n]*$/gm, (line) => (isQuestionHeading(line) ? ' '.repeat(line.length) : line));
}
