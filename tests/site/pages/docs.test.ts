import { describe, expect, it } from 'vitest';
import { docLink } from '../../../pipeline/site/pages/docs.js';
import { linker, paths } from '../../../pipeline/site/links.js';
import { fixturePackage } from '../fixtures/package.js';
import { dom, fixtureSite } from '../helpers.js';

describe('methodology page', () => {
  const d = dom(fixtureSite().get('site/methodology.html')!);
  it('renders docs/methodology.md with the interval policy included where it asks', () => {
    const headings = [...d.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => `${h.tagName.toLowerCase()}#${h.id}`);
    expect(headings).toEqual([
      'h1#methodology',
      'h2#interval-policy',
      'h3#policy-interval-policy',
      'h4#policy-hedges',
      'h2#more-limits-of-the-data',
    ]);
    expect(d.querySelector('#interval-policy-full table')).not.toBeNull();
  });
  it('shows raw HTML in a document as text', () => {
    expect(d.querySelector('main script')).toBeNull();
    expect(d.querySelector('main')!.textContent).toContain('<script>alert(1)</script>');
  });
});

describe('changelog page', () => {
  it('renders CHANGELOG.md under the page title, links rewritten to the site', () => {
    const d = dom(fixtureSite().get('site/changelog.html')!);
    expect(d.querySelector('main h1')!.textContent).toBe('Changelog');
    expect(d.querySelector('main h2')!.textContent).toBe('0.1.0 — 2024-06-01');
    expect(d.querySelector('main li a')!.getAttribute('href')).toBe('methodology.html');
  });
});

describe('docLink', () => {
  const at = linker(paths.methodology);
  const meta = fixturePackage().meta;
  it('points links between documents at the pages that show them', () => {
    expect(docLink('interval-policy.md#hedges', at, meta)).toBe('methodology.html#hedges');
    expect(docLink('../CHANGELOG.md', at, meta)).toBe('changelog.html');
  });
  it('points other repository files at the repository, and keeps outside links', () => {
    expect(docLink('curation.md', at, meta)).toBe('https://example.org/figures.git/blob/main/docs/curation.md');
    expect(docLink('../schemas/tables.json', at, meta)).toBe('https://example.org/figures.git/blob/main/schemas/tables.json');
    expect(docLink('https://example.com/x', at, meta)).toBe('https://example.com/x');
    expect(docLink('#top', at, meta)).toBe('#top');
  });
});
