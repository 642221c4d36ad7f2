import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../pipeline/extract/numberWords.js';

describe('readNumberWords', () => {
  it.each([
    ['two officials', 2, 0, 3],
    ['forty firms', 40, 0, 5],
    ['twenty-five drones', 25, 0, 11],
    ['twenty five drones', 25, 0, 11],
    ['three hundred trucks', 300, 0, 13],
    ['two hundred and fifty tanks', 250, 0, 21],
    ['three hundred fifty', 350, 0, 19],
    ['a dozen firms', 12, 0, 7],
    ['two dozen firms', 24, 0, 9],
    ['a hundred men', 100, 0, 9],
    ['two and a half years', 25, 1, 14],
    ['Seventeen ships', 17, 0, 9],
  ])('%s', (s, m, dec, end) => {
    expect(readNumberWords(s, 0)).toMatchObject({ m, dec, end, spelled: true });
  });
  it('reads "a" as 1 before a scale word and leaves the scale to the caller', () => {
    expect(readNumberWords('a million rounds', 0)).toMatchObject({ m: 1, end: 1 });
  });
  it('reads "half a" as 0.5 before a scale word', () => {
    expect(readNumberWords('half a million', 0)).toMatchObject({ m: 5, dec: 1, end: 6 });
  });
  it('is null for words that are not numbers', () => {
    expect(readNumberWords('a few', 0)).toBeNull();
    expect(readNumberWords('half the', 0)).toBeNull();
    expect(readNumberWords('several', 0)).toBeNull();
  });
  it('reads the words in any case, and no word holding a letter outside ASCII', () => {
    expect(readNumberWords('TWENTY-Five', 0)).toMatchObject({ m: 25, end: 11 });
    expect(readNumberWords('Seventy SEVEN', 0)).toMatchObject({ m: 77, end: 13 });
    expect(readNumberWords('twentÿ', 0)).toBeNull();
    expect(readNumberWords('forty-fïve', 0)).toMatchObject({ m: 40, end: 5 });
    expect(readNumberWords('sixes', 0)).toBeNull();
  });
});
