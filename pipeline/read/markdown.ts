/**
 * Markdown in a text (pages saved as Markdown, a think tank's summary): a link is read as its
 * words ("[data compiled by the Kyiv School of Economics](https://…)"), never its address, and
 * bold marks and heading hashes are no words. They are replaced by spaces of the same length,
 * so every offset the reader gives is still the text's own.
 */

/** A link with its address; the address may hold one level of brackets (Wikipedia-style pages). */
export const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/** Whether the text has Markdown the reader blanks (a link, bold marks, a heading). */
export function hasMarkdown(text: string): boolean {
  // A heading needs a hash: most texts have none, and looking for one is cheaper than the line-start regex.
  return text.includes('](') || text.includes('**') || (text.includes('#') && /^#{1,6} /m.test(text));
}

/** The text with its Markdown blanked, or undefined when it has none (the common case, not copied). */
export function maskMarkdown(text: string): string | undefined {
  if (!hasMarkdown(text)) return undefined;
  return text
    .replace(MARKDOWN_LINK, (all: string, words: string) => ` ${words}${' '.repeat(all.length - words.length - 1)}`)
    .replace(/\*\*/g, '  ')
    .replace(/^#{1,6}(?= )/gm, (h) => ' '.repeat(h.length));
}
