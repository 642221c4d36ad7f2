/** The changelog's line for changed package metadata: lists by what they gained and lost. */
import { describe, expect, it } from 'vitest';
import { metadataLine } from '../../pipeline/release/metadataLine.js';

const src = (title: string) => ({ title, path: `https://example.org/${title}` });

describe('metadataLine', () => {
  it('names the items a list gained, by title, instead of printing the list twice', () => {
    const line = metadataLine('sources', [src('A'), src('B')], [src('A'), src('B'), src('C')]);
    expect(line).toBe('- `sources`: 1 added: “C”');
  });

  it('names items removed and items added, a changed item counting as one of each', () => {
    const line = metadataLine('sources', [src('A'), src('B')], [src('A'), { ...src('B'), path: 'x' }]);
    expect(line).toBe('- `sources`: 1 added: “B”; 1 removed: “B”');
  });

  it('cuts long lists after ten names, saying how many more', () => {
    const after = Array.from({ length: 13 }, (_, i) => `k${i}`);
    expect(metadataLine('keywords', [], after)).toBe(
      '- `keywords`: 13 added: “k0”; “k1”; “k2”; “k3”; “k4”; “k5”; “k6”; “k7”; “k8”; “k9”; and 3 more',
    );
  });

  it('says when a list only changed order', () => {
    expect(metadataLine('keywords', ['a', 'b'], ['b', 'a'])).toBe('- `keywords`: the same items in another order');
  });

  it('shows other values before and after, as JSON', () => {
    expect(metadataLine('title', 'Old', 'New')).toBe('- `title`: "Old" → "New"');
    expect(metadataLine('resources[claims].schema.fields[supplier].constraints', { required: true }, null)).toBe(
      '- `resources[claims].schema.fields[supplier].constraints`: {"required":true} → null',
    );
  });
});
