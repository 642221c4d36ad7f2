/**
 * Session 14's curation convention (docs/curation.md): a supply statement carried by its figure is
 * a statistic only. The rule that brings gold claims to it (conventionRules14.ts, conventions14.ts),
 * on sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quoteAt } from './conventionRules13.js';
import { carriedByFigure, figureInWords, recipientCode, supplierSide, type FigureSides } from './conventionRules14.js';
import { claimOutcomes, withoutClaims } from './conventions14.js';

const fig = (text: string, quote: string, supplier: string, product: string | null, recipient = 'RUS'): FigureSides => ({
  quote,
  ...quoteAt(text, quote)!,
  supplier,
  recipient,
  product,
});

const claim = (text: string, quote: string, suppliers: string[][], goods: string | null) => ({
  ...quoteAt(text, quote)!,
  suppliers: suppliers.map(supplierSide),
  recipient: 'RUS',
  goods,
});

describe('supplier sides', () => {
  it('reads a country, its unnamed firms and a site in it as the country', () => {
    expect(supplierSide(['belarus'])).toEqual({ kind: 'country', code: 'BLR' });
    expect(supplierSide(['Belarusian traders'])).toEqual({ kind: 'country', code: 'BLR' });
    expect(supplierSide(['Kazakhstan-based resellers'])).toEqual({ kind: 'country', code: 'KAZ' });
    expect(supplierSide(['a plant in China’s Sichuan province'])).toEqual({ kind: 'country', code: 'CHN' });
    expect(supplierSide(['the resellers', 'resellers in Armenia'])).toEqual({ kind: 'country', code: 'ARM' });
  });

  it('reads a company’s name as a named party, and a bare group as no country', () => {
    expect(supplierSide(['Orion Precision Tools']).kind).toBe('named');
    expect(supplierSide(['Minsk-based Orion Precision Tools']).kind).toBe('named');
    expect(supplierSide(['the resellers']).kind).toBe('unknown');
  });

  it('reads a recipient by its name or entity id', () => {
    expect(recipientCode(['russia', 'Russian arms plants'])).toBe('RUS');
    expect(recipientCode(['Russian arms plants'])).toBeNull();
  });
});

describe('a supply carried by its figure is a statistic only', () => {
  it('removes a claim whose own words hold a share, a value or a count of its goods', () => {
    const share = 'Belarus supplied 60% of the lathes Russia imported in 2024.';
    expect(
      carriedByFigure(share, claim(share, 'Belarus supplied 60% of the lathes Russia imported', [['belarus']], 'machine-tools'), [
        fig(share, '60%', 'BLR', 'machine-tools'),
      ]),
    ).toEqual({ carried: true, figure: '60%' });
    const count = 'Officials said Belarusian traders sent more than 900 crates of shells to Russia.';
    expect(
      carriedByFigure(
        count,
        claim(count, 'Belarusian traders sent more than 900 crates of shells to Russia', [['Belarusian traders']], 'ammunition'),
        [fig(count, 'more than 900', 'BLR', 'ammunition')],
      ).carried,
    ).toBe(true);
  });

  it('removes a claim whose figure closes its clause after a comma', () => {
    const t = 'Belarus was the main supplier of lathes to Russia last year, with a share of some 40%.';
    expect(
      carriedByFigure(t, claim(t, 'Belarus was the main supplier of lathes to Russia', [['belarus']], 'machine-tools'), [
        fig(t, 'some 40%', 'BLR', 'machine-tools'),
      ]).carried,
    ).toBe(true);
  });

  it('keeps a claim stated in a clause of its own beside the figure', () => {
    const t = 'Belarus supplies the gearboxes, and its exports of them tripled in 2024.';
    expect(
      carriedByFigure(t, claim(t, 'Belarus supplies the gearboxes', [['belarus']], 'vehicle-parts'), [
        fig(t, 'tripled', 'BLR', 'vehicle-parts'),
      ]),
    ).toEqual({ carried: false });
  });

  it('keeps a claim on goods, a supplier or a recipient the figure does not measure', () => {
    const goods = 'Armenia shipped $40 million of electronics to Russia, including radios made by Orion Precision Tools.';
    const radios = claim(goods, 'including radios made by Orion Precision Tools', [['Orion Precision Tools']], 'radios');
    expect(carriedByFigure(goods, radios, [fig(goods, '$40 million', 'ARM', 'electronics')]).carried).toBe(false);
    const two = 'Belarus sent tanks and more than 300 crates of shells to Russia.';
    const tanks = claim(two, 'Belarus sent tanks and more than 300 crates of shells to Russia', [['belarus']], 'tanks');
    expect(carriedByFigure(two, tanks, [fig(two, 'more than 300', 'BLR', 'ammunition')])).toEqual({ carried: false });
    const firm = 'Orion Precision Tools shipped $8 million of lathes to Russia.';
    const named = claim(firm, 'Orion Precision Tools shipped $8 million of lathes to Russia', [['Orion Precision Tools']], 'machine-tools');
    expect(carriedByFigure(firm, named, [fig(firm, '$8 million', 'BLR', 'machine-tools')])).toMatchObject({
      carried: false,
      kept: expect.any(String),
    });
    const elsewhere = 'Belarus sent 200 drones to Venezuela.';
    const toVenezuela = { ...claim(elsewhere, 'Belarus sent 200 drones to Venezuela', [['belarus']], 'uavs'), recipient: 'VEN' };
    expect(carriedByFigure(elsewhere, toVenezuela, [fig(elsewhere, '200', 'BLR', 'uavs', 'RUS')]).carried).toBe(false);
  });

  it('leaves as unclear a figure of goods in the claim’s words that the gold records as no statistic', () => {
    const t = 'Belarus has sent Russia thousands of shells.';
    expect(carriedByFigure(t, claim(t, 'Belarus has sent Russia thousands of shells', [['belarus']], 'ammunition'), [])).toMatchObject({
      carried: false,
      unclear: expect.stringContaining('thousands'),
    });
  });

  it('reads no figure of goods in a count of parties, a year or a model’s number', () => {
    expect(figureInWords('14 entities and two individuals in Armenia for supplying Russia')).toBeNull();
    expect(figureInWords('about 1,300 Belarusian and Armenian firms had shipped parts')).toBeNull();
    expect(figureInWords('eight of them based in Belarus, sent Orlan-10 parts after 2022, to Russia')).toBeNull();
    expect(figureInWords('Belarus is one of Russia’s main suppliers; four are part of a network')).toBeNull();
    expect(figureInWords('has shipped more than 5,000 tonnes of gunpowder')).toBe('5,000');
    expect(figureInWords('two-thirds of the lathes Russia imported')).toBe('two-thirds');
  });

  it('decides on a gold file’s own figures and removes the claims it carries, anchors kept', () => {
    const text = 'Belarus supplied 60% of the lathes Russia imported. Belarus also sends tanks to Russia.';
    const source = [
      '# a test gold',
      'observations:',
      '  - quote: 60%',
      '    flow: import',
      '    reporter: RUS',
      '    partner: BLR',
      '    product: machine-tools',
      'claims:',
      '  - quote: Belarus supplied 60% of the lathes Russia imported',
      '    supplier: [belarus]',
      '    recipient: russia',
      '    goods: machine-tools',
      '    claimant: &who [the ministry, ministry]',
      '  - quote: Belarus also sends tanks to Russia',
      '    supplier: [belarus]',
      '    recipient: russia',
      '    goods: tanks',
      '    claimant: *who',
      'ignored: []',
      '',
    ].join('\n');
    const gold = parse(source) as { observations: Record<string, unknown>[]; claims: Record<string, unknown>[] };
    const outcomes = claimOutcomes(
      text,
      gold.observations,
      gold.claims,
      (s) => supplierSide([String(s)]),
      (r) => recipientCode([String(r)]),
      (o) => ({ supplier: o.partner as string, recipient: o.reporter as string }),
    );
    expect(outcomes.map((o) => o.verdict.carried)).toEqual([true, false]);
    const after = parse(withoutClaims(source, [0])) as { claims: { goods: string; claimant: string[] }[] };
    expect(after.claims).toHaveLength(1);
    expect(after.claims[0]).toMatchObject({ goods: 'tanks', claimant: ['the ministry', 'ministry'] });
    expect((parse(withoutClaims(source, [0, 1])) as { claims: unknown[] }).claims).toEqual([]);
  });
});
