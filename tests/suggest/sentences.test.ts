import { describe, expect, it } from 'vitest';
import { sentenceSpans, spanAt } from '../../pipeline/suggest/sentences.js';

const split = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits at full stops followed by a capital, and at line breaks', () => {
    expect(split('One. Two? Three!\nFour')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });
  it('does not split after abbreviations, initials or a dotted acronym in quotes', () => {
    expect(split('The U.S. Treasury acted. Antony J. Blinken spoke. Executive Order  (“E.O.”) 14024 applies.')).toEqual([
      'The U.S. Treasury acted.',
      'Antony J. Blinken spoke.',
      'Executive Order  (“E.O.”) 14024 applies.',
    ]);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(split('“It is normal,” he said. “We urge restraint.” Next.')).toEqual([
      '“It is normal,” he said.',
      '“We urge restraint.”',
      'Next.',
    ]);
  });
  it('spanAt finds the sentence around an offset', () => {
    const t = 'One. Two.';
    expect(t.slice(spanAt(sentenceSpans(t), 6).start, spanAt(sentenceSpans(t), 6).end)).toBe('Two.');
  });
});
