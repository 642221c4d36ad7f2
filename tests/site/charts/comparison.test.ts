import { describe, expect, it } from 'vitest';
import { commonOverlap, comparisonChart } from '../../../pipeline/site/charts/comparison.js';
import { comparableGroups } from '../../../pipeline/site/charts/groups.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('commonOverlap', () => {
  it('is the stretch inside every interval', () => {
    expect(
      commonOverlap([
        { low: 85, high: 95 },
        { low: 50, high: 100 },
      ]),
    ).toEqual({ low: 85, high: 95 });
  });
  it('is none when two intervals are apart', () => {
    expect(
      commonOverlap([
        { low: 5, high: 7 },
        { low: 50, high: 100 },
      ]),
    ).toBeUndefined();
  });
  it('is bounded by the other intervals when one is open-ended', () => {
    expect(
      commonOverlap([
        { low: 60, high: null },
        { low: 50, high: 80 },
      ]),
    ).toEqual({ low: 60, high: 80 });
  });
});

describe('comparisonChart', () => {
  const pkg = fixtureSitePackage();
  const ctx = siteContext(pkg, pkg);
  const group = comparableGroups(pkg.tables)[0]!;
  const chart = comparisonChart(ctx, group)!;

  it('puts each source’s figure side by side, with who says so', () => {
    expect(chart.title).toBe('Microelectronics from China to Russia: what 2 sources say');
    expect(chart.sources).toEqual(['news-2024-04-12-china-surges-sales-to-russia', 'gov-2024-05-01-bearings-statement']);
    expect(chart.rows).toEqual([
      { table: 'observations', id: 'ru-microelectronics-share-cn-2023' },
      { table: 'claims', id: 'cn-microelectronics-nearly-all' },
    ]);
    expect(chart.alt[0]).toBe(
      'about 90% (85–95%), 2023 — two senior Biden administration officials (U.S. assessment) · publisher not verified, 2024-04-12.',
    );
    expect(chart.alt[1]).toMatch(/^nearly all \(over 50%\), said 2024-05-01 — /);
  });

  it('draws a band per source, a dot only for a stated figure, and shades the overlap', () => {
    const svg = dom(chart.svg);
    expect(svg.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(2);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(1);
    expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(1);
    expect(chart.note).toContain('The green stretch (85–95%) lies inside every interval');
    expect(chart.alt.at(-1)).toBe('Overlap of all intervals: 85–95%.');
  });

  it('says the sources disagree when their intervals share nothing', () => {
    const apart = structuredClone(pkg);
    Object.assign(
      apart.tables.observations.find((o) => o.observation_id === 'ru-microelectronics-share-cn-2023')!,
      {
        value: 30,
        value_low: 25,
        value_high: 35,
      },
    );
    const c = comparisonChart(siteContext(apart, apart), comparableGroups(apart.tables)[0]!)!;
    expect(c.note).toContain('The intervals share no stretch: the sources disagree.');
    expect(dom(c.svg).querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(0);
  });
});
