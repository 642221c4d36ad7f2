/** The review block's fingerprint and the comparison of a curated item with the reader's proposal. */
import { describe, expect, it } from 'vitest';
import { editedFields, readingFingerprint, reviewOrder, textDigest, type Proposal } from '../../pipeline/model/review.js';

const proposal: Proposal = {
  indicator: 'import-value',
  reporter: 'RUS',
  partner: 'CHN',
  product: null,
  period: '2023',
  attributed_to: null,
};

describe('the reading fingerprint', () => {
  it('is the same for the same text, quote and proposal, whatever the order of the proposal’s keys', () => {
    const reversed = Object.fromEntries(Object.entries(proposal).reverse());
    expect(readingFingerprint('0123456789ab', '$1 billion', reversed)).toBe(readingFingerprint('0123456789ab', '$1 billion', proposal));
  });

  it('keeps its value across versions, so stored reviews keep their meaning', () => {
    // Computed once and written down: a change of the algorithm would make every stored review stale.
    expect(textDigest('A text.\n')).toBe('ec40a9a19fa6');
    expect(readingFingerprint('6b4b8b2cbe5f', '$1 billion', proposal)).toBe('c961e44c34585f99');
    expect(readingFingerprint('6b4b8b2cbe5f', '$1 billion', null)).toBe('96ca5e5c36553811');
  });

  it('changes when the text, the quote or any proposed value changes', () => {
    const base = readingFingerprint('0123456789ab', '$1 billion', proposal);
    expect(readingFingerprint('0123456789ac', '$1 billion', proposal)).not.toBe(base);
    expect(readingFingerprint('0123456789ab', 'about $1 billion', proposal)).not.toBe(base);
    for (const key of Object.keys(proposal)) {
      expect(readingFingerprint('0123456789ab', '$1 billion', { ...proposal, [key]: 'other' }), key).not.toBe(base);
    }
    expect(readingFingerprint('0123456789ab', '$1 billion', null)).not.toBe(base);
  });
});

describe('editedFields', () => {
  it('is empty when the curated item has every proposed value (an unquoted year included)', () => {
    expect(editedFields('observation', proposal, { ...proposal, period: 2023, id: 'x', note: 'n' })).toEqual([]);
  });

  it('lists the fields that differ, in field order, and the keys of a value override', () => {
    const item = { ...proposal, partner: 'KAZ', indicator: 'export-value', override: { hedge: 'approximately', reason: 'r' } };
    expect(editedFields('observation', proposal, item)).toEqual(['indicator', 'partner', 'hedge']);
  });

  it('counts an overridden value as edited when the reader proposed none', () => {
    const item = { ...proposal, override: { value: -61, reason: 'a fall' } };
    expect(editedFields('observation', proposal, item)).toEqual(['value']);
  });

  it('takes a kept signed value the reader proposed as not edited, and a changed or dropped one as edited', () => {
    const signed: Proposal = { ...proposal, value: '-61' };
    expect(editedFields('observation', signed, { ...proposal, override: { value: -61, reason: 'a fall' } })).toEqual([]);
    expect(editedFields('observation', signed, { ...proposal, override: { value: -16, reason: 'a fall' } })).toEqual(['value']);
    expect(editedFields('observation', signed, { ...proposal })).toEqual(['value']);
  });

  it('compares a claim’s suppliers as a set, and a missing share as null', () => {
    const claim: Proposal = {
      supplier: ['a', 'b'],
      recipient: 'russia',
      goods: null,
      end_use: null,
      certainty: 'likely',
      share: null,
      claimant: 'x',
    };
    expect(editedFields('claim', claim, { ...claim, supplier: ['b', 'a'], share: undefined })).toEqual([]);
    expect(editedFields('claim', claim, { ...claim, supplier: ['a'] })).toEqual(['supplier']);
  });
});

describe('reviewOrder', () => {
  it('numbers every observation and claim, then the ignore entries and rejected drafts that carry a block', () => {
    const a = {
      observations: [{ id: 'o1' }],
      claims: [{ id: 'c1' }, { id: 'c2' }],
      ignore: [{ quote: 'x' }, { quote: 'y', review: {} }],
      rejected: [{ quote: 'z', review: {} }],
    };
    expect(reviewOrder(a).map((o) => `${o.section}/${o.index}`)).toEqual([
      'observations/0',
      'claims/0',
      'claims/1',
      'ignore/1',
      'rejected/0',
    ]);
  });
});
