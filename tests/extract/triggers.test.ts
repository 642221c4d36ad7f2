import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerTriggerWord, nextTrigger, triggerRegex } from '../../pipeline/extract/triggers.js';

const hits = (s: string) => [...s.matchAll(triggerRegex())].map((m) => m[0]);

describe('triggerRegex', () => {
  it('fires on digits, currency signs and listed words (any case), never inside words', () => {
    expect(hits('Two of 3 cost $5, a third, doubled; often tenant weighed')).toEqual(['Two', '3', '$', '5', 'third', 'doubled']);
    expect(hits('€ £ ₽ ¥ March may DOZENS fivefold')).toEqual(['€', '£', '₽', '¥', 'March', 'may', 'DOZENS', 'fivefold']);
  });
  it('is a fresh regex each time (no shared lastIndex)', () => expect(triggerRegex()).not.toBe(triggerRegex()));
});

describe('nextTrigger', () => {
  const spec = (text: string, from: number): number => {
    const re = triggerRegex();
    re.lastIndex = from;
    return re.test(text) ? re.lastIndex : -1;
  };
  it('ends where triggerRegex from the same lastIndex ends, from any point (after signs, spaces, letters, non-ASCII)', () => {
    const chars = fc.constantFrom(...'two Two onE a year $€£5 0_-.,é\u00a0\nthirdk'.split(''), 'two', 'a year', 'million', 'tens', 'March');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 16 }), fc.nat(), (cs, a) => {
        const text = cs.join('');
        const from = a % (text.length + 2);
        expect(nextTrigger(text, from)).toBe(spec(text, from));
      }),
      { numRuns: 5000 },
    );
  });
  it('finds a word right after a currency sign and right after a space it resumes at', () => {
    expect(nextTrigger('$two', 1)).toBe(4);
    expect(nextTrigger('x two', 2)).toBe(5);
    expect(nextTrigger('xtwo two', 1)).toBe(8);
    expect(nextTrigger('two', 0)).toBe(3);
  });
});

describe('lowerTriggerWord', () => {
  it('is the lowercased word the scanner hit, for listed words in any case', () => {
    for (const w of ['Two', 'THIRD', 'doubled', 'March', 'sept', 'month', 'Quarters', 'hundredfold'])
      expect(lowerTriggerWord(`x ${w} y`, 2, 2 + w.length)).toBe(w.toLowerCase());
  });

  it('equals slice + toLowerCase for any span, listed word or not (letters, digits, ASCII neighbours of letters, non-ASCII)', () => {
    const chars = fc.constantFrom(...'aAtTwWoOhHiIrRdDeEnNsSyY@[`{0 éÉİK\u212a'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 14 }), fc.nat(), fc.nat(), (cs, a, b) => {
        const text = cs.join('');
        const s = a % text.length;
        const e = s + 1 + (b % (text.length - s));
        expect(lowerTriggerWord(text, s, e)).toBe(text.slice(s, e).toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
