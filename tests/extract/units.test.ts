import { describe, expect, it } from 'vitest';
import { readPercent, readRatio, readTimeUnit } from '../../pipeline/extract/units.js';

describe('readPercent', () => {
  it.each([
    ['%', 'percent', 1],
    [' %', 'percent', 1],
    [' percent', 'percent', 1],
    [' per cent', 'percent', 1],
    ['-percent', 'percent', 1],
    [' pct', 'percent', 1],
    [' percentage points', 'percentage_points', 1],
    [' percentage point', 'percentage_points', 1],
    [' pct points', 'percentage_points', 1],
    ['pp', 'percentage_points', 1],
    [' basis points', 'percentage_points', 0.01],
    ['bps', 'percentage_points', 0.01],
  ])('"%s" is %s ×%d', (s, unit, factor) => {
    expect(readPercent(s, 0)).toEqual({ unit, kind: 'percent', factor, end: s.length });
  });
  it('is null for other words', () => {
    expect(readPercent(' people', 0)).toBeNull();
    expect(readPercent(' points', 0)).toBeNull();
  });
});

describe('readTimeUnit', () => {
  it.each([
    [' years', 'year', 1],
    [' year', 'year', 1],
    ['-year', 'year', 1],
    [' months', 'month', 1],
    [' weeks', 'week', 1],
    [' days', 'day', 1],
    [' decades', 'year', 10],
    [' hours', 'hour', 1],
  ])('"%s" is %s ×%d', (s, unit, factor) => {
    expect(readTimeUnit(s, 0)).toEqual({ unit, kind: 'duration', factor, end: s.length });
  });
  it('reads minutes and a word between number and unit', () => {
    expect(readTimeUnit(' minutes', 0)).toMatchObject({ unit: 'minute', end: 8 });
    expect(readTimeUnit(' consecutive years', 0)).toMatchObject({ unit: 'year', end: 18 });
    expect(readTimeUnit(' more months', 0)).toMatchObject({ unit: 'month' });
    expect(readTimeUnit(' more drones', 0)).toBeNull();
  });
  it('is null for "yearly" or "mayor"', () => {
    expect(readTimeUnit(' yearly', 0)).toBeNull();
    expect(readTimeUnit(' mayor', 0)).toBeNull();
  });
});

describe('readRatio', () => {
  it.each([[' times'], ['-fold'], ['fold'], ['x']])('"%s" is a ratio', (s) =>
    expect(readRatio(s, 0)).toMatchObject({ unit: 'ratio', end: s.length }),
  );
  it('is null for "timestamp" or "x1"', () => {
    expect(readRatio(' timestamp', 0)).toBeNull();
    expect(readRatio('x1', 0)).toBeNull();
  });
});
