import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trieSource } from '../../pipeline/extract/wordTrie.js';

describe('trieSource', () => {
  it('factors common prefixes', () => expect(trieSource(['ten', 'tens', 'three', 'two'])).toBe('t(?:ens?|hree|wo)'));
  it('matches exactly the listed words', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z.$-]{1,6}$/), { minLength: 1, maxLength: 20 }),
        fc.stringMatching(/^[a-z.$-]{0,7}$/),
        (words, probe) => {
          const re = new RegExp(`^(?:${trieSource(words)})$`);
          for (const w of words) expect(re.test(w)).toBe(true);
          expect(re.test(probe)).toBe(words.includes(probe));
        },
      ),
      { numRuns: 300 },
    );
  });
});
