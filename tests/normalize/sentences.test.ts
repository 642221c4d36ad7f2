import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceSpans, sentenceText } from '../../pipeline/normalize/sentences.js';

describe('sentences', () => {
  const text = 'The U.S. Secretary spoke. Russia said no.\n“We urge calm,” he said.\n…';
  const spans = sentenceSpans(text);
  it('splits at sentence ends and line breaks, not after initialisms', () => {
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. Secretary spoke.',
      'Russia said no.',
      '“We urge calm,” he said.',
      '…',
    ]);
  });
  it('finds the sentence of an offset and its text', () => {
    const at = text.indexOf('Russia');
    expect(sentenceIndexAt(spans, at)).toBe(1);
    expect(sentenceText(text, spans, at, at + 6)).toBe('Russia said no.');
    expect(sentenceText(text, spans, text.indexOf('spoke'), at + 6)).toBe('The U.S. Secretary spoke. Russia said no.');
  });
});
