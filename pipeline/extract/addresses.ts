/**
 * Web addresses in a text: a Markdown link's address ("[words](https://…/2024/05/…)") and a bare
 * address ("https://…", "www.…"). Their digits are a page's path, a date in a URL, a query's id:
 * none is a figure of the text, so the extractor finds no mention in them (the link's words are
 * the text's and are read as usual).
 */

/**
 * A Markdown link with its address; the address may hold one level of brackets (Wikipedia-style
 * pages). The reader blanks the same addresses (pipeline/read/markdown.ts), so the extractor and
 * the reader agree on what is the text's words.
 */
export const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/** A bare address: a scheme or "www." and everything up to white space or a bracket quoting it. */
const BARE = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"[\]]+/gi;

/**
 * The length of a bare address without the punctuation that ends its sentence or clause ("see
 * https://x.org/a." or "(https://x.org/a)"): a closing bracket is the address's own only when it
 * closes one opened in it.
 */
function bareLength(address: string): number {
  let end = address.length;
  for (;;) {
    const c = address[end - 1]!;
    if (".,;:!?'".includes(c)) end--;
    else if (c === ')' && count(address.slice(0, end), '(') < count(address.slice(0, end), ')')) end--;
    else return end;
  }
}

const count = (s: string, c: string): number => s.split(c).length - 1;

/** Whether the text may hold an address at all: most texts hold none, and this is cheap. */
function mayHaveAddress(text: string): boolean {
  return text.includes('](') || text.includes('://') || text.includes('www.') || text.includes('WWW.');
}

/** The [start, end) spans of the text's web addresses, by start; overlapping spans may occur. */
export function addressSpans(text: string): [number, number][] {
  if (!mayHaveAddress(text)) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    // The address: after "](" up to the closing bracket, which ends the match.
    spans.push([m.index + 1 + m[1]!.length + 2, m.index + m[0].length - 1]);
  }
  for (const m of text.matchAll(BARE)) spans.push([m.index, m.index + bareLength(m[0])]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Keeps the items whose span [start, end) touches no address; `keep[i]` says whether item i is
 * kept. Items and spans are ordered by start.
 */
export function outsideAddresses(spans: readonly [number, number][], items: readonly { start: number; end: number }[]): boolean[] {
  const keep: boolean[] = [];
  // The address that reaches furthest among those starting before the item: spans may nest (a
  // bare address inside a link's address) or overlap.
  let s = 0;
  let reach = -1;
  for (const it of items) {
    while (s < spans.length && spans[s]![0] < it.end) reach = Math.max(reach, spans[s++]![1]);
    keep.push(reach <= it.start);
  }
  return keep;
}
