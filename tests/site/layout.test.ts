import { describe, expect, it } from 'vitest';
import { html } from '../../pipeline/site/html.js';
import { layout } from '../../pipeline/site/layout.js';
import { paths } from '../../pipeline/site/links.js';
import { dom, fixtureContext } from './helpers.js';

describe('layout', () => {
  const page = (path: string, section: Parameters<typeof layout>[1]['section']) =>
    dom(layout(fixtureContext(), { path, title: 'T & <t>', description: 'D "d"', section, body: html`<p>body</p>` }));

  it('frames the body with language, viewport, title, stylesheet, navigation and footer', () => {
    const d = page(paths.table('claims'), 'tables');
    expect(d.documentElement.getAttribute('lang')).toBe('en');
    expect(d.title).toBe('T & <t> · China–Russia dual-use supply figures');
    expect(d.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('D "d"');
    expect(d.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('../style.css');
    expect(d.querySelector('link[rel="icon"]')!.getAttribute('href')).toBe('data:,');
    expect(d.querySelector('main')!.innerHTML.trim()).toBe('<p>body</p>');
    expect(d.querySelector('footer')!.textContent).toContain('version 0.1.0, released 2024-06-01');
  });
  it('marks the current section in the navigation', () => {
    const current = [...page(paths.methodology, 'methodology').querySelectorAll('nav a[aria-current="page"]')].map((a) => a.textContent);
    expect(current).toEqual(['Methodology']);
  });
});
