/**
 * Golden SVGs of the index's charts, rendered from the fixture package: the share chart, the
 * one series (semiconductor imports, 2021–2022), the one group of comparable figures
 * (microelectronics: a figure against a qualitative share) and the supply network. The files
 * are standalone SVG (xmlns set), so they can be opened and looked at. Update deliberately
 * with `npx vitest run tests/site/charts -u` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../../../pipeline/site/index.js';
import { fixtureContext } from '../helpers.js';

const SLUGS = [
  'share-by-product',
  'series-import-value-rus-chn-semiconductors-usd',
  'compare-ru-microelectronics-share-cn-2023',
  'supply-network',
];

describe('chart snapshots', () => {
  const rendered = charts(fixtureContext());

  it('renders the fixture’s charts by rule: shares, one per series, one per comparable group, the network', () => {
    expect(rendered.map((c) => c.slug)).toEqual(SLUGS);
  });

  for (const slug of SLUGS) {
    it(`${slug} matches its golden SVG`, async () => {
      const chart = rendered.find((c) => c.slug === slug)!;
      await expect(chart.svg + '\n').toMatchFileSnapshot(`./__snapshots__/${slug}.svg`);
    });
  }

  it('renders the same bytes when rendered again (ids and floats are stable)', () => {
    const again = charts(fixtureContext());
    expect(again.map((c) => c.svg)).toEqual(rendered.map((c) => c.svg));
  });
});
