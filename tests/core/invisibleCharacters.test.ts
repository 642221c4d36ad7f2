import { describe, expect, it } from 'vitest';
import { invisibleCharacters, showInvisible } from '../../pipeline/core/invisibleCharacters.js';

describe('invisibleCharacters', () => {
  it('names zero-width characters and bidi controls, each once, in order', () => {
    expect(invisibleCharacters('$4\u200b5 million')).toEqual(['U+200B ZERO WIDTH SPACE']);
    expect(invisibleCharacters('\u202e05\u202c% and \u202e1\u202c')).toEqual([
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'U+202C POP DIRECTIONAL FORMATTING',
    ]);
    expect(invisibleCharacters('a\u2066b\u2069\ufeff\u200d')).toEqual([
      'U+2066 LEFT-TO-RIGHT ISOLATE',
      'U+2069 POP DIRECTIONAL ISOLATE',
      'U+FEFF ZERO WIDTH NO-BREAK SPACE',
      'U+200D ZERO WIDTH JOINER',
    ]);
  });
  it('finds nothing in ordinary text, thin and no-break spaces included', () => {
    expect(invisibleCharacters('about\u2009$45\u00a0million — “Russia’s” 90%')).toEqual([]);
  });
});

describe('showInvisible', () => {
  it('shows each invisible character as a visible ⟨U+…⟩ marker', () => {
    expect(showInvisible('$4\u200b5 million')).toBe('$4⟨U+200B⟩5 million');
    expect(showInvisible('\u202Egnp.exe')).toBe('⟨U+202E⟩gnp.exe');
    expect(showInvisible('\u202e05\u202c%')).toBe('⟨U+202E⟩05⟨U+202C⟩%');
  });
  it('returns other text unchanged, on repeated calls too', () => {
    expect(showInvisible('plain')).toBe('plain');
    expect(showInvisible('a\u200bb')).toBe(showInvisible('a\u200bb'));
  });
});
