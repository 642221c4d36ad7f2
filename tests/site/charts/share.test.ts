import { describe, expect, it } from 'vitest';
import { shareChart } from '../../../pipeline/site/charts/share.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('shareChart', () => {
  const pkg = fixtureSitePackage();
  const chart = shareChart(siteContext(pkg, pkg))!;

  it('draws every share of Russia’s imports or supply from China, with its interval', () => {
    expect(chart.rows.map((r) => r.id)).toEqual([
      'ru-bearings-share-cn-2023',
      'ru-microelectronics-share-cn-2023',
      'ru-machine-tools-share-cn-2023q4',
    ]);
    const svg = dom(chart.svg);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('Microelectronics, 2023 (supply): about 90% (85–95%)');
    expect(labels).toContain('Machine tools, 2023-Q4 (imports): nearly 70% (65–70%)');
    // One interval band per row.
    expect(svg.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(3);
  });

  it('says when shares of supply and of imports are drawn together', () => {
    expect(chart.title).toBe('China’s share of Russia’s imports or supply, by product');
    expect(chart.note).toContain('“Supply” marks a share whose base the source leaves open');
  });

  it('has a caption naming sources and attributions, and a text alternative per row', () => {
    expect(chart.sources).toEqual(['gov-2024-05-01-bearings-statement', 'news-2024-04-12-china-surges-sales-to-russia']);
    expect(chart.attributions).toContain('two senior Biden administration officials (U.S. assessment)');
    expect(chart.alt).toContain('Microelectronics, 2023 (supply): about 90% (85–95%).');
  });

  it('draws an open upper end as an arrow to 100%', () => {
    const open = structuredClone(pkg);
    const row = open.tables.observations.find((o) => o.observation_id === 'ru-machine-tools-share-cn-2023q4')!;
    Object.assign(row, { hedge: 'more_than', value_low: 70, value_high: null, low_inclusive: false, high_inclusive: null });
    const svg = dom(shareChart(siteContext(open, open))!.svg);
    expect(svg.querySelectorAll('g[aria-label="arrow"] path').length).toBe(1);
  });

  it('is left out when there is no share to draw', () => {
    const none = structuredClone(pkg);
    none.tables.observations = none.tables.observations.filter((o) => o.unit !== 'percent');
    expect(shareChart(siteContext(none, none))).toBeUndefined();
  });
});
