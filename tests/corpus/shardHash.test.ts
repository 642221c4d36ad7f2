import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fmix32, fnv1a32, shardKey, shardOf } from '../../pipeline/corpus/shardHash.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32(utf8(''))).toBe(0x811c9dc5);
    expect(fnv1a32(utf8('a'))).toBe(0xe40c292c);
    expect(fnv1a32(utf8('foobar'))).toBe(0xbf9cf968);
  });
});

describe('shardKey', () => {
  // Values computed with the Python snippet in pipeline/corpus/shardHash.ts: the rule is
  // reproducible outside this code base, byte for byte.
  it.each([
    ['', 2872998923],
    ['a', 444641715],
    ['foobar', 202221276],
    ['doc-1', 1578409436],
    ['Łódź-2024/04/article-17', 477317209],
    ['7', 2049036381],
  ])('hashes %j to %d, as the documented Python does', (id, key) => {
    expect(shardKey(id)).toBe(key);
  });

  it('is an unsigned 32-bit integer for any id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (id) => Number.isInteger(shardKey(id)) && shardKey(id) >= 0 && shardKey(id) < 2 ** 32),
    );
  });

  it('fmix32 maps 0 to 0 and spreads a one-bit change', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).not.toBe(fmix32(0));
  });
});

describe('shardOf', () => {
  it('splits sequential ids evenly, including into 2 (which plain FNV-1a would split by digit parity)', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `doc-${i}`);
    for (const n of [2, 3, 4, 16]) {
      const counts = new Array(n).fill(0);
      for (const id of ids) counts[shardOf(id, n)]++;
      for (const c of counts) expect(Math.abs(c - ids.length / n)).toBeLessThan((ids.length / n) * 0.05);
    }
  });

  it('puts every id in exactly one shard, below the count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (id, n) => {
        const s = shardOf(id, n);
        return Number.isInteger(s) && s >= 0 && s < n;
      }),
    );
  });
});
