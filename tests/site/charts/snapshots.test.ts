/**
 * Golden SVGs of the four charts, rendered from the fixture package. The files are standalone
 * SVG (xmlns set), so they can be opened and looked at. Update deliberately with
 * `npx vitest run tests/site/charts -u` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../../../pipeline/site/index.js';
import { fixtureContext } from '../helpers.js';

describe('chart snapshots', () => {
  const rendered = charts(fixtureContext());

  it('renders all four charts from the fixture', () => {
    expect(rendered.map((c) => c.slug)).toEqual(['share-by-product', 'semiconductors', 'machine-tools', 'supply-network']);
  });

  for (const slug of ['share-by-product', 'semiconductors', 'machine-tools', 'supply-network']) {
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
