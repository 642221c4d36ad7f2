/** Slugs for ids drafted from names: shared by the reader's review (pipeline/review) and suggest. */

/** Lower-case ASCII slug of any text: accents folded, runs of other characters to one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
