/**
 * Characters no text field may hold: NUL (it ends strings in C tools and is invisible in most
 * viewers) and a lone UTF-16 surrogate (a YAML escape "\uD83D" cut from its pair; it can only be
 * written out as U+FFFD, which is no longer the source's words). Found in parsed YAML values,
 * where escapes have already been decoded, with the path to each.
 */
const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badCharacter(s: string): string | undefined {
  const m = BAD.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000' ? 'NUL (U+0000)' : `a lone surrogate (U+${m[0].charCodeAt(0).toString(16).toUpperCase()})`;
}

/** Every string (keys too) in `value` holding a bad character: its path and what it holds. */
export function findBadCharacters(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; what: string }[] {
  if (typeof value === 'string') {
    const what = badCharacter(value);
    return what ? [{ path, what }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findBadCharacters(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => {
      const inKey = badCharacter(k);
      return [...(inKey ? [{ path: [...path, k], what: inKey }] : []), ...findBadCharacters(v, [...path, k])];
    });
  return [];
}
