import { describe, expect, it } from 'vitest';
import { semiconductorsChart } from '../../../pipeline/site/charts/semiconductors.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('semiconductorsChart', () => {
  const pkg = fixtureSitePackage();
  const chart = semiconductorsChart(siteContext(pkg, pkg))!;
  const svg = dom(chart.svg);

  it('draws 2021 and 2022 in time order', () => {
    expect(chart.rows.map((r) => r.id)).toEqual(['ru-semiconductors-imports-cn-2021', 'ru-semiconductors-imports-cn-2022']);
  });

  it('draws "over $500 million" as a bar that stops at 500, fades and ends in an arrow marked "more than"', () => {
    const bars = [...svg.querySelectorAll('g[aria-label="bar"] rect')];
    const fades = [...svg.querySelectorAll('g[aria-label="rect"] rect')];
    const arrows = svg.querySelectorAll('g[aria-label="arrow"] path');
    expect(bars).toHaveLength(2);
    expect(fades.length).toBeGreaterThanOrEqual(3);
    expect(arrows).toHaveLength(1);
    // The solid 2022 bar is exactly as long as 500 on the axis: it ends where the first fade step starts.
    const end = (r: Element) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'));
    const bar2022 = bars.sort((a, b) => end(a) - end(b))[1]!;
    expect(end(bar2022)).toBeCloseTo(Math.min(...fades.map((f) => Number(f.getAttribute('x')))), 1);
    // Opacity falls off along the fade.
    const opacities = fades.map((f) => Number(f.getAttribute('fill-opacity')));
    expect([...opacities].sort((a, b) => b - a)).toEqual(opacities);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('more than $500 million');
  });

  it('says in the text alternative that the 2022 figure is open-ended', () => {
    expect(chart.alt).toEqual(['2021: $200 million.', '2022: more than $500 million (open-ended: no upper bound given).']);
  });

  it('finds semiconductor rows whatever the curated ids', () => {
    const renamed = structuredClone(pkg);
    for (const g of renamed.tables.goods)
      if (g.goods_id === 'semiconductors') Object.assign(g, { goods_id: 'chips-8541-8542', label: 'Semiconductors (HS 8541–8542)' });
    for (const o of renamed.tables.observations) if (o.product === 'semiconductors') o.product = 'chips-8541-8542';
    for (const i of renamed.tables.indicators) if (i.indicator_id === 'import-value') i.indicator_id = 'imports-value';
    for (const o of renamed.tables.observations) if (o.indicator === 'import-value') o.indicator = 'imports-value';
    expect(semiconductorsChart(siteContext(renamed, renamed))!.rows).toHaveLength(2);
  });
});
