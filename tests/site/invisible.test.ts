/**
 * The built site shows a zero-width space or a bidi override in a quote or a note as a visible
 * ⟨U+…⟩ marker (issue 14, finding 15), never as the raw character.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../pipeline/site/index.js';
import { fixtureSitePackage } from './helpers.js';

describe('a quote and a note with invisible characters on the site', () => {
  it('are rendered with visible markers on the observations page', () => {
    const pkg = fixtureSitePackage();
    const row = pkg.tables.observations.find((o) => o.observation_id === 'ru-microelectronics-share-cn-2023')!;
    row.quote = 'about 9\u200b0%';
    row.note = 'see \u202Egnp.exe';
    const pages = new Map([...buildSite(pkg)].map(([p, b]) => [p, new TextDecoder().decode(b)]));
    const page = pages.get('site/tables/observations.html')!;
    expect(page).toContain('about 9⟨U+200B⟩0%');
    expect(page).toContain('see ⟨U+202E⟩gnp.exe');
    for (const [path, text] of pages) expect(/[\u200b\u202e]/.test(text), path).toBe(false);
  });
});
