import { describe, expect, it } from 'vitest';
import { CERTAINTY_STYLE, networkChart, NO_GOODS } from '../../../pipeline/site/charts/network.js';
import { siteContext } from '../../../pipeline/site/context.js';
import { dom, fixtureSitePackage } from '../helpers.js';

describe('networkChart', () => {
  const pkg = fixtureSitePackage();
  const chart = networkChart(siteContext(pkg, pkg))!;
  const svg = dom(chart.svg);
  // Plot wraps long labels into one <tspan> per line.
  const texts = [...svg.querySelectorAll('text')].map((t) => {
    const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent);
    return lines.length > 0 ? lines.join(' ') : t.textContent!;
  });

  it('draws suppliers, goods and end uses from the claims table', () => {
    for (const label of [
      'Hikvision',
      'Optical components',
      'Russian tanks and armored vehicles',
      'Nitrocellulose',
      'manufacture of ammunition',
      NO_GOODS,
    ]) {
      expect(texts.join('|')).toContain(label);
    }
    expect(chart.rows).toHaveLength(pkg.tables.claims.length);
  });

  it('shows certainty as colour and dash, with a legend of the certainties present', () => {
    const strokes = [...svg.querySelectorAll('g[aria-label="link"]')].map((g) => g.getAttribute('stroke'));
    expect(strokes).toEqual(
      ['determined', 'asserted', 'likely', 'denied'].map((c) => CERTAINTY_STYLE[c as keyof typeof CERTAINTY_STYLE].color),
    );
    expect(svg.querySelector(`g[aria-label="link"][stroke="${CERTAINTY_STYLE.likely.color}"]`)!.getAttribute('stroke-dasharray')).toBe(
      CERTAINTY_STYLE.likely.dash,
    );
    expect(chart.legend!.map((l) => l.label)).toEqual([
      'determined (a formal finding)',
      'asserted (stated as fact)',
      'likely (hedged)',
      'denied (by the supplier side)',
    ]);
  });

  it('states each claim with its certainty and claimant in the text alternative', () => {
    expect(chart.alt).toContain(
      'Chinese companies → nitrocellulose → manufacture of ammunition: likely, according to senior Biden administration officials.',
    );
  });

  it('draws only suppliers from China and counts the claims left out', () => {
    const other = structuredClone(pkg);
    other.tables.entities.push({ ...other.tables.entities[0]!, entity_id: 'iran', name: 'Iran', country: 'IRN', aliases: [] });
    other.tables.claims.push({ ...other.tables.claims[0]!, claim_id: 'ir-arms', supplier: ['iran'], goods: null });
    const c = networkChart(siteContext(other, other))!;
    expect(c.rows.map((r) => r.id)).not.toContain('ir-arms');
    expect(c.note).toContain('1 claim about suppliers outside China is in the claims table, not drawn.');
  });

  it('is left out when there are no claims', () => {
    const none = structuredClone(pkg);
    none.tables.claims = [];
    expect(networkChart(siteContext(none, none))).toBeUndefined();
  });
});
