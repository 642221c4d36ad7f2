import { describe, expect, it } from 'vitest';
import { formatBytes, formatInterval, formatMoney, formatNumber, formatPeriod, formatValue } from '../../pipeline/site/format.js';

describe('formatNumber', () => {
  it('groups thousands, keeps at most two decimals and drops trailing zeros', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(552.5)).toBe('552.5');
    expect(formatNumber(90)).toBe('90');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-12)).toBe('−12');
  });
});

describe('formatValue', () => {
  it('writes percent, currency with scale, and ratios', () => {
    expect(formatValue(90, 'percent')).toBe('90%');
    expect(formatValue(900e6, 'USD')).toBe('$900 million');
    expect(formatValue(1.5e9, 'EUR')).toBe('€1.5 billion');
    expect(formatValue(2.1e12, 'CNY')).toBe('2.1 trillion CNY');
    expect(formatValue(2.5, 'ratio')).toBe('2.5×');
  });
  it('writes a bound in the scale of the point value', () => {
    expect(formatMoney(552.5e6, 'USD', 630e6)).toBe('$552.5 million');
  });
});

describe('formatInterval', () => {
  it('writes the unit once', () => {
    expect(formatInterval(85, 95, 'percent', 90)).toBe('85–95%');
    expect(formatInterval(850e6, 950e6, 'USD', 900e6)).toBe('$850–950 million');
    expect(formatInterval(2, 3, 'ratio', 2.5)).toBe('2×–3×');
  });
});

describe('formatBytes', () => {
  it('uses SI units and one decimal', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12345)).toBe('12.3 kB');
    expect(formatBytes(3_400_000)).toBe('3.4 MB');
  });
});

describe('formatPeriod', () => {
  it('names quarters, halves and whole years given as month intervals', () => {
    expect(formatPeriod('2023-10/2023-12')).toBe('2023-Q4');
    expect(formatPeriod('2023-01/2023-03')).toBe('2023-Q1');
    expect(formatPeriod('2023-07/2023-12')).toBe('2023-H2');
    expect(formatPeriod('2023-01/2023-12')).toBe('2023');
  });
  it('leaves other periods as ISO 8601', () => {
    expect(formatPeriod('2023')).toBe('2023');
    expect(formatPeriod('2023-02/2023-04')).toBe('2023-02/2023-04');
    expect(formatPeriod('2022-10/2023-03')).toBe('2022-10/2023-03');
  });
});

describe('counts in their nouns', () => {
  it('writes a count’s unit as words and a range of counts with its noun once', () => {
    expect(formatValue(6_000_000, 'artillery-shells')).toBe('6,000,000 artillery shells');
    expect(formatInterval(200, 1000, 'ballistic-missiles', 200)).toBe('200–1,000 ballistic missiles');
    expect(formatInterval(85, 95, 'percent', 90)).toBe('85–95%');
  });
});
