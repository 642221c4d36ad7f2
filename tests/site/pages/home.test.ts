import { describe, expect, it } from 'vitest';
import { dom, fixtureSite } from '../helpers.js';

const d = dom(fixtureSite().get('site/index.html')!);

describe('index page', () => {
  it('states title, summary, version and release date', () => {
    expect(d.querySelector('h1')!.textContent).toBe('China–Russia dual-use supply figures');
    expect(d.querySelector('.lede')!.textContent).toContain('hedge & source quote');
    expect(d.querySelector('.meta-line')!.textContent).toContain('Version 0.1.0, released 2024-06-01');
  });

  it('has a key figure card per series’ latest stated figure, generated from the row with hedge, interval and attribution', () => {
    const card = d.getElementById('card-ru-microelectronics-share-cn-2023')!;
    expect(card.querySelector('.statement')!.textContent).toBe('about 90% (85–95%) of Russia’s microelectronics came from China, 2023');
    expect(card.querySelector('.attribution')!.textContent).toBe('— two senior Biden administration officials (U.S. assessment)');
    expect(
      card.querySelector('a[href="sources/news-2024-04-12-china-surges-sales-to-russia.html#ru-microelectronics-share-cn-2023"]'),
    ).not.toBeNull();
    // By rule (keyFigures.ts): stated figures only, each series at its latest period, China's first, newest first.
    expect([...d.querySelectorAll('.card')].map((c) => c.id)).toEqual([
      'card-ru-machine-tools-share-cn-2023q4',
      'card-ru-bearings-share-cn-2023',
      'card-ru-microelectronics-share-cn-2023',
      'card-ru-semiconductors-imports-cn-2022',
      'card-ru-machine-tools-imports-wld-2023q4',
    ]);
  });

  it('has its charts by rule, each with title, caption, text alternative and links to its rows', () => {
    const figures = [...d.querySelectorAll('figure.chart')];
    expect(figures.map((f) => f.id)).toEqual([
      'chart-share-by-product',
      'chart-series-import-value-rus-chn-semiconductors-usd',
      'chart-compare-ru-microelectronics-share-cn-2023',
      'chart-supply-network',
    ]);
    for (const f of figures) {
      expect(f.querySelector('h3')!.textContent, f.id).not.toBe('');
      expect(f.querySelector('svg'), f.id).not.toBeNull();
      expect(f.querySelector('figcaption .chart-source')!.textContent, f.id).toMatch(/^Source: /);
      expect(f.querySelectorAll('details li').length, f.id).toBeGreaterThan(0);
      expect(f.querySelectorAll('.chart-rows a[href^="tables/"]').length, f.id).toBeGreaterThan(0);
      expect(f.querySelector('svg')!.getAttribute('aria-describedby'), f.id).toBe(f.querySelector('details')!.id);
    }
  });

  it('carries valid schema.org Dataset JSON-LD in the head', () => {
    const ld = JSON.parse(d.head.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe('0.1.0');
    expect(ld.distribution.length).toBeGreaterThan(0);
    expect(ld.isBasedOn).toHaveLength(2);
  });

  it('lists every package file for download with format, size and SHA-256', () => {
    const rows = [...d.querySelectorAll('table.downloads tbody tr')];
    expect(rows.length).toBe(9 * 3 + 2);
    const csv = rows.find((r) => r.querySelector('a')!.textContent === 'data/observations.csv')!;
    expect([...csv.querySelectorAll('td')].map((td) => td.textContent)[1]).toBe('CSV');
    expect(csv.querySelector('td.hash code')!.textContent).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says how to cite (APA and a link to CITATION.cff), the licence, and links the changelog', () => {
    expect(d.querySelector('#cite + p + pre.citation')!.textContent).toContain('0.1.0');
    expect(d.querySelector('a[href="../CITATION.cff"]')).not.toBeNull();
    expect(d.querySelector('#licence + p a[rel="license"]')!.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(d.querySelectorAll('a[href="changelog.html"]').length).toBeGreaterThan(0);
  });
});
