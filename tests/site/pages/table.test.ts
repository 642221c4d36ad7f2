import { describe, expect, it } from 'vitest';
import { dom, fixtureSite } from '../helpers.js';

const page = (t: string) => dom(fixtureSite().get(`site/tables/${t}.html`)!);

describe('table pages', () => {
  it('open with the data dictionary generated from the schema', () => {
    const d = page('observations');
    const rows = [...d.querySelectorAll('table.dictionary tbody tr')];
    const value = d.getElementById('column_value_low')!;
    expect(rows.length).toBeGreaterThan(20);
    expect([...value.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'value_low',
      'number or null',
      'as in column unit',
      'Lower end of the interval (docs/interval-policy.md); null if unbounded.',
      'required',
      '85',
    ]);
    expect(d.getElementById('column_product')!.textContent).toContain('refers to goods');
    expect(d.getElementById('column_observation_id')!.textContent).toContain('primary key');
  });

  it('describe the history columns of observations and claims in the data dictionary and on every row', () => {
    for (const t of ['observations', 'claims']) {
      const d = page(t);
      for (const c of ['first_release', 'last_changed']) {
        expect(d.getElementById(`column_${c}`)!.textContent, `${t}.${c}`).toMatch(/Version/);
        expect(d.querySelector(`table.rows thead a[href="#column_${c}"]`), `${t}.${c}`).not.toBeNull();
      }
    }
    const changed = page('observations').getElementById('row-ru-semiconductors-growth-cn-2022')!;
    expect([...changed.querySelectorAll('td')].slice(-2).map((td) => td.textContent)).toEqual(['1.0.0', '1.1.0']);
  });

  it('list every row with an anchor at its primary key', () => {
    const d = page('observations');
    expect(d.querySelectorAll('table.rows tbody tr')).toHaveLength(8);
    // An observation's key anchors its readable record; its row is at row-<key>, linked from the record.
    expect(d.getElementById('ru-machine-tools-imports-cn-2023q4')!.tagName.toLowerCase()).toBe('article');
    expect(d.getElementById('row-ru-machine-tools-imports-cn-2023q4')!.tagName.toLowerCase()).toBe('tr');
    expect(
      d.getElementById('ru-machine-tools-imports-cn-2023q4')!.querySelector('a[href="#row-ru-machine-tools-imports-cn-2023q4"]'),
    ).not.toBeNull();
    expect(d.getElementById('ru-machine-tools-imports-cn-2023q4')!.textContent).toContain('Cite this figure');
    expect(page('countries').getElementById('WLD')).not.toBeNull();
  });

  it('link every reference to the row it refers to, lists item by item', () => {
    const d = page('observations');
    const row = d.getElementById('row-ru-microelectronics-share-cn-2023')!;
    const hrefs = [...row.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('../sources/news-2024-04-12-china-surges-sales-to-russia.html');
    expect(hrefs).toContain('goods.html#microelectronics');
    expect(hrefs).toContain('countries.html#RUS');
    expect(hrefs).toContain('indicators.html#supply-share');
    const claim = page('claims').getElementById('cn-optics-tanks')!;
    expect([...claim.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['entities.html#wuhan-global-sensor', 'entities.html#hikvision']),
    );
  });

  it('link the download of each table', () => {
    const hrefs = [...page('claims').querySelectorAll('main p a[download]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['../../data/claims.csv', '../../data/claims.arrow', '../../data/claims.parquet']);
  });
});

describe('table pages with references into several tables', () => {
  it('link a subject_id to the row of the table its subject_table names', () => {
    const row = page('corroborations').getElementById('cn-microelectronics-nearly-all--ru-microelectronics-share-cn-2023')!;
    const hrefs = [...row.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('claims.html#cn-microelectronics-nearly-all');
    expect(hrefs).toContain('observations.html#ru-microelectronics-share-cn-2023');
  });
});
