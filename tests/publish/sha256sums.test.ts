import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/core/hash.js';
import { SHA256SUMS, sha256sums } from '../../pipeline/publish/sha256sums.js';

describe('sha256sums', () => {
  it('lists every other file as "<hex>  <path>", sorted by path, as sha256sum -c reads it', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const tree = new Map([
      ['data/b.csv', enc('b')],
      ['CITATION.cff', enc('c')],
      [SHA256SUMS, enc('old')],
    ]);
    expect(new TextDecoder().decode(sha256sums(tree))).toBe(`${sha256('c')}  CITATION.cff\n${sha256('b')}  data/b.csv\n`);
  });
});
