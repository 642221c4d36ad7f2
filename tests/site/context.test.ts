import { describe, expect, it } from 'vitest';
import { inProse, siteContext } from '../../pipeline/site/context.js';
import { fixturePackage } from './fixtures/package.js';
import { fixtureContext } from './helpers.js';

describe('siteContext', () => {
  it('names countries from the countries table first, then country entities, then a short built-in list', () => {
    const ctx = fixtureContext();
    expect(ctx.countryName('UKR')).toBe('Ukraine');
    const pkg = fixturePackage();
    pkg.tables.countries = [];
    const bare = siteContext(pkg);
    expect(bare.countryName('UKR')).toBe('Ukraine'); // the entity
    expect(bare.countryName('WLD')).toBe('all partners'); // built in
    expect(bare.countryName('FRA')).toBe('FRA'); // the code itself
  });
  it('titles tables from the manifest, else by name', () => {
    expect(fixtureContext().tableTitle('claims')).toBe('Supply claims');
    expect(siteContext(fixturePackage()).tableTitle('claims')).toBe('claims');
  });
  it('reads goods labels for prose', () => {
    expect(fixtureContext().productName('machine-tools')).toBe('machine tools');
    expect(fixtureContext().productName('unknown-goods')).toBe('unknown-goods');
  });
});

describe('inProse', () => {
  it('lower-cases a capitalised word but not an acronym', () => {
    expect(inProse('Machine tools')).toBe('machine tools');
    expect(inProse('UAV engines')).toBe('UAV engines');
  });
});
