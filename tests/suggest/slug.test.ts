import { describe, expect, it } from 'vitest';
import { idFromFileName, isSafeId, slugify } from '../../pipeline/suggest/slug.js';

describe('source ids', () => {
  it('derive from the file name without changing it', () => {
    expect(idFromFileName('/tmp/in/news-2024-05-01-x.txt')).toBe('news-2024-05-01-x');
    expect(idFromFileName('C:\\texts\\news-a.TXT')).toBe('news-a');
    expect(idFromFileName('My Article.txt')).toBe('My Article');
  });
  it.each(['news-2024-05-01-x', 'a', '0-9'])('accepts the slug %j', (id) => expect(isSafeId(id)).toBe(true));
  it.each(['', 'My Article', '../etc/passwd', 'a/b', '.hidden', '-lead', 'trail-', 'UPPER', 'café', 'a'.repeat(121), 'con.txt'])(
    'refuses the unsafe id %j',
    (id) => expect(isSafeId(id)).toBe(false),
  );
  it('slugify folds accents, possessives and punctuation to a safe id', () => {
    expect(slugify('Russia’s Café — Nearly 70%!')).toBe('russia-cafe-nearly-70');
    expect(isSafeId(slugify('../../etc/passwd'))).toBe(true);
  });
});
