import { describe, expect, it } from 'vitest';
import { findAttribution, speakerLabel } from '../../pipeline/suggest/attribution.js';

const attr = (s: string) => findAttribution(s, 0, s.length)?.phrase;

describe('findAttribution', () => {
  it('takes the phrase after "according to" up to the next clause', () => {
    expect(attr('Imports jumped, according to Russian customs data analyzed by the Free Russia Foundation, a group.')).toBe(
      'Russian customs data analyzed by the Free Russia Foundation',
    );
    expect(attr('Sales surged, according to a U.S. assessment.')).toBe('a U.S. assessment');
  });
  it('takes the speaker before "said", skipping a relative clause', () => {
    expect(attr('Two senior officials, who spoke on Friday, said that 90% came from China.')).toBe('Two senior officials');
    expect(attr('Chinese firms supply drones, the officials said.')).toBe('the officials');
    expect(attr('China has repeatedly said it is not.')).toBe('China');
  });
  it('takes the speaker after a quotation and its verb', () => {
    expect(attr('“The trade is normal,” said Liu Pengyu, spokesperson of the embassy.')).toBe('Liu Pengyu');
    expect(attr('“We are concerned,” Yellen told reporters.')).toBe('Yellen');
  });
  it('gives no attribution for a bare pronoun or a sentence without one', () => {
    expect(attr('As I said, it is so.')).toBeUndefined();
    expect(attr('Nearly 70% came from China.')).toBeUndefined();
  });
  it('uses a transcript speaker label for the paragraph', () => {
    const t = 'QUESTION: Why?\n\nSECRETARY BLINKEN: Because. The overwhelming majority come from China.';
    expect(findAttribution(t, t.indexOf('The'), t.length)?.phrase).toBe('SECRETARY BLINKEN');
    expect(speakerLabel(t, 3)?.phrase).toBe('QUESTION');
  });
});
