import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../../pipeline/site/charts/groups.js';
import { axisUnit, seriesChart, seriesSlug, seriesTitle, valueCeiling } from '../../../pipeline/site/charts/series.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('seriesChart', () => {
  const pkg = fixtureSitePackage();
  const ctx = siteContext(pkg, pkg);
  const series = seriesOf(pkg.tables.observations)[0]!;
  const chart = seriesChart(ctx, series);

  it('is named after the series’ defining fields', () => {
    expect(seriesSlug(series)).toBe('series-import-value-rus-chn-semiconductors-usd');
    expect(chart.title).toMatch(/Russia and China, semiconductors, over time$/);
  });

  it('names a count’s noun, so two series of one product counted in different nouns read apart', () => {
    const counted = { ...series.rows[0]!, indicator: 'supply-count', unit: 'artillery-shells' };
    expect(seriesTitle(ctx, counted)).toMatch(/semiconductors \(artillery shells\), over time$/);
    expect(seriesTitle(ctx, series.rows[0]!)).not.toContain('(');
  });

  it('links each point and its label to the figure’s sentence in its source', () => {
    const svg = dom(chart.svg);
    const hrefs = [...svg.querySelectorAll('g[aria-label="dot"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'sources/news-2024-04-12-china-surges-sales-to-russia.html#ru-semiconductors-imports-cn-2021',
      'sources/news-2024-04-12-china-surges-sales-to-russia.html#ru-semiconductors-imports-cn-2022',
    ]);
    const labels = [...svg.querySelectorAll('g[aria-label="text"] a text')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['$200 million', 'more than $500 million']);
  });

  it('draws each interval as a band over its period and an open upper end as an arrow', () => {
    const svg = dom(chart.svg);
    expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(2);
    expect(svg.querySelectorAll('g[aria-label="arrow"] path')).toHaveLength(1);
    expect(chart.alt).toEqual(['2021: $200 million.', '2022: more than $500 million (open-ended: no upper bound given).']);
  });

  it('scales its axis to the values and keeps percentages within 100', () => {
    expect(axisUnit('USD', 5e8)).toEqual({ factor: 1e6, label: 'US$ million' });
    expect(axisUnit('percent', 90)).toEqual({ factor: 1, label: '%' });
    expect(valueCeiling('percent', 95)).toBe(100);
    expect(valueCeiling('USD', 500)).toBe(625);
  });

  it('draws a derived point hollow and says so', () => {
    const derived = { ...series, rows: series.rows.map((o, i) => (i === 1 ? { ...o, method: 'derived' as const } : o)) };
    const c = seriesChart(ctx, derived);
    expect(c.note).toContain('a hollow point a figure derived here');
    expect(dom(c.svg).querySelectorAll('g[aria-label="dot"] circle[fill="white"]')).toHaveLength(1);
  });
});
