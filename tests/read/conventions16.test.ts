/**
 * Session 16's curation convention (docs/curation.md, 10): the rule that brings gold claims to it
 * (conventionRules16.ts, conventions16.ts), on texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { rejectedAccusation, rejecterOf } from './conventionRules16.js';
import { changes16 } from './conventions16.js';

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe('convention 10: a rejected accusation is the rejecter’s denial', () => {
  it('finds the rejecter past a dateline and the day, and the accuser is not it', () => {
    const text =
      'ALMATY (Wire) — Kazakhstan’s trade ministry on Friday rejected EU claims that Kazakh traders ship drone engines to Russia.';
    expect(rejectedAccusation(text, at(text, 'Kazakh traders ship drone engines to Russia'))?.rejecter).toBe('Kazakhstan’s trade ministry');
  });

  it('reads the claims after "made by" and a label "as …"', () => {
    const text = 'The Kremlin dismissed as "absurd" the claims made by Baltic officials that China sends lathes to Russia.';
    expect(rejectedAccusation(text, at(text, 'China sends lathes to Russia'))?.rejecter).toBe('The Kremlin');
  });

  it('leaves a statement no one rejects, and one in a later clause of its own', () => {
    const text = 'EU officials repeated claims that Kazakh traders ship drone engines to Russia.';
    expect(rejectedAccusation(text, at(text, 'Kazakh traders ship drone engines to Russia'))).toBeNull();
    const later = 'Astana rejected the claims, and officials said that Kazakh traders ship drone engines to Russia.';
    expect(rejectedAccusation(later, at(later, 'Kazakh traders ship drone engines to Russia'))).toBeNull();
  });

  it('leaves a rejecter that is an opening clause as unclear', () => {
    expect(rejecterOf('Commenting on the figures, the minister').rejecter).toBeNull();
    expect(rejecterOf('Iran on Monday').rejecter).toBe('Iran');
  });

  it('turns the accuser’s asserted claim into the rejecter’s denial, taking the rejecter’s names from another claim', () => {
    const text =
      'Kazakhstan’s trade ministry rejected EU claims that Kazakh traders ship drone engines to Russia. "We ship none," said minister Aru Bekova.';
    const claims = [
      { quote: 'Kazakh traders ship drone engines to Russia', certainty: 'asserted', claimant: ['EU'] },
      { quote: 'We ship none', certainty: 'denied', claimant: ['Aru Bekova', 'Kazakhstan’s trade ministry'] },
    ];
    const { changes } = changes16(text, claims);
    expect(changes).toEqual([
      expect.objectContaining({ index: 0, certainty: 'denied', claimant: ['Aru Bekova', 'Kazakhstan’s trade ministry'] }),
    ]);
  });
});
