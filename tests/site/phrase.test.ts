import { describe, expect, it } from 'vitest';
import { describeObservation, figureText, hedgedValue, intervalText, pointValue } from '../../pipeline/site/phrase.js';
import { fixtureContext } from './helpers.js';

const ctx = fixtureContext();
const row = (id: string) => ctx.observation(id)!;

describe('describeObservation', () => {
  it('states a share of supply with its hedge, interval, period and attribution', () => {
    const w = describeObservation(row('ru-microelectronics-share-cn-2023'), ctx);
    expect(w.statement).toBe('about 90% (85–95%) of Russia’s microelectronics came from China, 2023');
    expect(w.attribution).toBe('two senior Biden administration officials (U.S. assessment)');
  });
  it('says "imports" only for an import indicator', () => {
    expect(describeObservation(row('ru-machine-tools-share-cn-2023q4'), ctx).statement).toBe(
      'nearly 70% (65–70%) of Russia’s imports of machine tools came from China, 2023-Q4',
    );
  });
  it('states levels, leaving out the partner when it is all partners', () => {
    expect(describeObservation(row('ru-machine-tools-imports-wld-2023q4'), ctx).statement).toBe(
      'Russia imported about $900 million ($850–950 million) of machine tools in 2023-Q4',
    );
    expect(describeObservation(row('ru-semiconductors-imports-cn-2022'), ctx).statement).toBe(
      'Russia imported more than $500 million of semiconductors from China in 2022',
    );
  });
  it('says a derived row is derived', () => {
    const w = describeObservation(row('ru-machine-tools-imports-cn-2023q4'), ctx);
    expect(w.statement).toBe('Russia imported $630 million ($552.5–665 million) of machine tools from China in 2023-Q4');
    expect(w.attribution).toBe('derived here from other rows');
    expect(describeObservation(row('ru-semiconductors-growth-cn-2022'), ctx).attribution).toBe(
      'derived here from figures attributed to Russian customs data analyzed by the Free Russia Foundation',
    );
  });
  it('states growth as a ratio to the year before', () => {
    expect(describeObservation(row('ru-semiconductors-growth-cn-2022'), ctx).statement).toBe(
      'Russia’s imports of semiconductors from China in 2022 were more than 2.5× those of the year before',
    );
  });
});

describe('hedged figures', () => {
  it('shows a stated range as the range, with no separate interval', () => {
    const o = row('ru-bearings-share-cn-2023');
    expect(hedgedValue(o)).toBe('5–7%');
    expect(intervalText(o)).toBe('');
    expect(pointValue(o)).toBe(6);
  });
  it('omits an interval that adds nothing', () => {
    expect(figureText(row('ru-semiconductors-imports-cn-2021'))).toBe('$200 million');
    expect(figureText(row('ru-semiconductors-imports-cn-2022'))).toBe('more than $500 million');
  });
  it('uses every hedge word', () => {
    const base = { value: 10, unit: 'percent', value_low: null, value_high: null, method: 'curated' as const };
    expect(hedgedValue({ ...base, hedge: 'at_least' })).toBe('at least 10%');
    expect(hedgedValue({ ...base, hedge: 'less_than' })).toBe('less than 10%');
    expect(hedgedValue({ ...base, hedge: 'up_to' })).toBe('up to 10%');
    expect(hedgedValue({ ...base, hedge: 'exact' })).toBe('10%');
  });
});
