import { describe, expect, it } from 'vitest';
import { machineToolsChart } from '../../../pipeline/site/charts/machineTools.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('machineToolsChart', () => {
  const pkg = fixtureSitePackage();
  const chart = machineToolsChart(siteContext(pkg, pkg))!;

  it('draws the total, the derived part from China with its interval, and the rest', () => {
    expect(chart.title).toBe('Russia’s machine-tool imports, 2023-Q4: from China and the rest');
    expect(chart.rows.map((r) => r.id)).toEqual([
      'ru-machine-tools-imports-wld-2023q4',
      'ru-machine-tools-share-cn-2023q4',
      'ru-machine-tools-imports-cn-2023q4',
    ]);
    const labels = [...dom(chart.svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('Total: about $900 million ($850–950 million)');
    expect(labels).toContain('China: $630 million ($552.5–665 million)');
    expect(labels).toContain('Rest: $270 million');
    // Two interval whiskers: the total's and China's.
    expect(dom(chart.svg).querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(2);
  });

  it('says the rest is a difference of point values, not a row', () => {
    expect(chart.alt).toContain('The rest (total minus China, point values): $270 million.');
    expect(chart.note).toContain('not a row of the data');
  });

  it('credits only the sources’ own attributions, not the derivation', () => {
    expect(chart.attributions).toEqual(['two senior Biden administration officials (U.S. assessment)']);
  });

  it('draws the total alone when no part from China is given', () => {
    const alone = structuredClone(pkg);
    alone.tables.observations = alone.tables.observations.filter((o) => o.observation_id !== 'ru-machine-tools-imports-cn-2023q4');
    const c = machineToolsChart(siteContext(alone, alone))!;
    expect(dom(c.svg).querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(1);
  });
});
