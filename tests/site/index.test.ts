import { describe, expect, it } from 'vitest';
import { buildSite } from '../../pipeline/site/index.js';
import { fixturePackage, NEWS, NEWS_TEXT, PD, PD_TEXT } from './fixtures/package.js';
import { dom, fixtureSite, fixtureSitePackage } from './helpers.js';

const site = fixtureSite();
const pages = [...site.keys()].filter((p) => p.endsWith('.html'));

describe('buildSite', () => {
  it('writes the index, one page per table and per source, methodology, changelog and the stylesheet under site/', () => {
    const pkg = fixtureSitePackage();
    expect([...site.keys()].sort()).toEqual(
      [
        'site/index.html',
        'site/methodology.html',
        'site/changelog.html',
        'site/style.css',
        ...Object.keys(pkg.tables).map((t) => `site/tables/${t}.html`),
        `site/sources/${NEWS}.html`,
        `site/sources/${PD}.html`,
      ].sort(),
    );
  });

  it('is deterministic: the same package gives the same bytes', () => {
    const again = buildSite(fixtureSitePackage());
    const dec = new TextDecoder();
    for (const [path, text] of site) expect(dec.decode(again.get(path)!)).toBe(text);
  });

  it('builds from a package alone, without schemas or documents', () => {
    const bare = buildSite(fixturePackage());
    expect(new TextDecoder().decode(bare.get('site/methodology.html')!)).toContain('not part of this build');
    expect(new TextDecoder().decode(bare.get('site/tables/observations.html')!)).toContain('No schema was found');
    // Without the methodology there is no interval-policy section to link to: the link goes to the page.
    const index = dom(new TextDecoder().decode(bare.get('site/index.html')!));
    expect(index.querySelector('#key-figures + p a')!.getAttribute('href')).toBe('methodology.html');
    expect(dom(site.get('site/index.html')!).querySelector('#key-figures + p a')!.getAttribute('href')).toBe(
      'methodology.html#interval-policy',
    );
  });

  it('sets the language, the viewport and the one local stylesheet on every page, and loads no script', () => {
    for (const path of pages) {
      const text = site.get(path)!;
      const d = dom(text);
      expect(d.documentElement.getAttribute('lang'), path).toBe('en');
      expect(d.querySelector('meta[name="viewport"]'), path).not.toBeNull();
      expect(
        [...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
        path,
      ).toEqual([path.split('/').length === 2 ? 'style.css' : '../style.css']);
      // The only script element is the JSON-LD data block of the index.
      expect(
        [...d.querySelectorAll('script')].every((s) => s.getAttribute('type') === 'application/ld+json'),
        path,
      ).toBe(true);
      expect(text, path).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('links only relatively: no absolute path, no resource from another host', () => {
    for (const path of pages) {
      const d = dom(site.get(path)!);
      for (const el of d.querySelectorAll('[src], link[href], img, iframe, object, embed')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(ref, path).not.toMatch(/^(https?:)?\/\//);
      }
      for (const a of d.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        // Outside links (licence, DOI, a source's address) go to other hosts by design; the site's own never start at the root.
        if (/^https?:/.test(href)) continue;
        expect(href.startsWith('/'), `${path}: ${href}`).toBe(false);
      }
    }
    expect(site.get('site/style.css')).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
  });

  it('escapes every value: the fixture’s <script> and & arrive as text on every page that shows them', () => {
    for (const path of pages) {
      const text = site.get(path)!;
      expect(text, path).not.toContain('<script>alert(1)</script>');
      expect(text, path).not.toMatch(/<b>&<\/b>|<i>not<\/i>/);
    }
    const source = dom(site.get(`site/sources/${PD}.html`)!);
    expect(source.querySelector('h1')!.textContent).toBe('Statement on bearings & <script>alert(1)</script> suppliers');
    const mark = source.querySelector('mark[data-observation="ru-bearings-share-cn-2023"]')!;
    expect(mark.textContent).toBe('Between 5% & 7%');
    const entities = dom(site.get('site/tables/entities.html')!);
    expect(entities.getElementById('tools-and-parts')!.textContent).toContain('Tools & Parts <script>alert(1)</script> Ltd');
  });

  it('never shows a text that is not in the public domain whole, only its sentences with figures or claims', () => {
    const page = dom(site.get(`site/sources/${NEWS}.html`)!).querySelector('main')!.textContent!;
    expect(page).toContain('about 90% of Russia’s microelectronics came from China');
    expect(page).not.toContain('Xi met in Beijing on Tuesday');
    expect(page).not.toContain(NEWS_TEXT);
    expect(page).not.toContain('Full text');
  });

  it('shows a public-domain text whole, with the same highlights but without duplicate anchors', () => {
    const d = dom(site.get(`site/sources/${PD}.html`)!);
    const full = d.querySelector('.fulltext')!;
    expect(full.textContent).toContain(PD_TEXT.split('\n')[0]!);
    expect(full.querySelector('mark[data-observation="ru-bearings-share-cn-2023"]')).not.toBeNull();
    expect(d.querySelectorAll('#ru-bearings-share-cn-2023')).toHaveLength(1);
  });

  it('has no duplicate element ids on any page', () => {
    for (const path of pages) {
      const ids = [...dom(site.get(path)!).querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([]);
    }
  });
});
