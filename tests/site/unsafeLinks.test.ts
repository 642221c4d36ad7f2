/**
 * Only http and https addresses become links (issue 14, finding 2): `javascript:` in a sidecar's
 * url, a licence path or the repository is refused by the schemas, and the renderer never puts
 * another scheme into an href even if a value got past them.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { buildSite } from '../../pipeline/site/index.js';
import { webUrl } from '../../pipeline/site/links.js';
import { docLink } from '../../pipeline/site/pages/docs.js';
import { linker, paths } from '../../pipeline/site/links.js';
import { A, applyEdits, asRecord, baseFiles } from '../errors/fixtures.js';
import { fixtureSitePackage, dom } from './helpers.js';
import { NEWS } from './fixtures/package.js';

const XSS = 'javascript:alert(document.domain)//';

describe('the schemas', () => {
  it.each([
    ['a sidecar url', `raw/sources/${A}.source.yaml`, 'url: "https://example.org/freedonia-drone-engines"', `url: "${XSS}"`],
    ['a licence path', 'raw/dataset.yaml', 'path: "https://creativecommons.org/publicdomain/zero/1.0/"', `path: "${XSS}"`],
  ])('refuse javascript: in %s', (_what, file, replace, by) => {
    const { problems } = check(memoryFS(asRecord(applyEdits(baseFiles(), [{ file, replace, with: by }]))));
    expect(problems.map((p) => p.code)).toContain('schema');
    expect(problems.find((p) => p.code === 'schema')!.hint).toMatch(/https:\/\//);
  });
});

describe('the renderer', () => {
  it('keeps http and https addresses and nothing else', () => {
    expect(webUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(webUrl('HTTP://example.org/')).toBe('HTTP://example.org/');
    for (const bad of [XSS, ' javascript:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '//evil.example', 'https://', null])
      expect(webUrl(bad), String(bad)).toBeUndefined();
  });

  it('renders a javascript: source url and licence path as text, not as links', () => {
    const pkg = fixtureSitePackage();
    pkg.meta = { ...pkg.meta, licenses: [{ ...pkg.meta.licenses[0]!, path: XSS }] };
    pkg.tables = { ...pkg.tables, sources: pkg.tables.sources.map((s) => (s.source_id === NEWS ? { ...s, url: XSS } : s)) };
    const site = buildSite(pkg);
    const dec = new TextDecoder();
    for (const [path, bytes] of site) {
      if (!path.endsWith('.html')) continue;
      const d = dom(dec.decode(bytes));
      for (const a of d.querySelectorAll('a[href]')) expect(a.getAttribute('href'), path).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    const page = dom(dec.decode(site.get(`site/sources/${NEWS}.html`)));
    expect(page.querySelector('dl.facts')!.textContent).toContain(XSS);
  });

  it('turns a document link with another scheme into "#"', () => {
    const meta = fixtureSitePackage().meta;
    expect(docLink(XSS, linker(paths.methodology), meta)).toBe('#');
    expect(docLink('curation.md', linker(paths.methodology), { ...meta, repository: XSS })).toBe('#');
  });
});
