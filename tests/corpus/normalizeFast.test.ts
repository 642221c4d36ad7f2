import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeFast } from '../../pipeline/corpus/normalizeFast.js';
import { normalizeText } from '../../pipeline/core/text.js';

describe('normalizeFast', () => {
  it('gives exactly what normalizeText gives, on any string', () => {
    const chars = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', 'e', '\u0301', '\r', '\n', '\uFEFF', 'é', 'ﬁ', '\u1100', '\u1161', 'Å', '\u212B', '’', '%') }));
    fc.assert(fc.property(chars, (s) => normalizeFast(s) === normalizeText(s)), { numRuns: 2000 });
  });

  it('composes a decomposed accent and turns CRLF into LF', () => {
    expect(normalizeFast('cafe\u0301\r\n')).toBe('caf\u00e9\n');
  });

  it('returns plain ASCII and Latin-1 text unchanged', () => {
    const s = 'Exports rose 18% to €2.4bn — no, to £2.4bn (café).';
    expect(normalizeFast(s)).toBe(s);
  });
});
