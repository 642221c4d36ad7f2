import { describe, expect, it } from 'vitest';
import { DivisionByZero, FormulaSyntaxError, evaluateFormula, formulaIds, parseFormula } from '../../pipeline/normalize/formula.js';
import { constant } from '../../pipeline/normalize/interval.js';

const ev = (src: string, env: Record<string, number> = {}) => evaluateFormula(parseFormula(src), (id) => constant(env[id]!)).value;

describe('parseFormula', () => {
  it('reads hyphenated ids, and a spaced minus as subtraction', () => {
    expect(formulaIds(parseFormula('ru-share-2023q4 / 100 * ru-total-2023q4'))).toEqual(['ru-share-2023q4', 'ru-total-2023q4']);
    expect(ev('a-b - c', { 'a-b': 10, c: 3 })).toBe(7);
  });
  it('gives * and / precedence over + and -, left to right', () => {
    expect(ev('2 + 3 * 4')).toBe(14);
    expect(ev('(2 + 3) * 4')).toBe(20);
    expect(ev('100 / 10 / 2')).toBe(5);
    expect(ev('8 - 2 - 1')).toBe(5);
    expect(ev('-2 * -3')).toBe(6);
    expect(ev('1.5 * 2')).toBe(3);
  });
  it('reports syntax errors with their position', () => {
    for (const [src, pos] of [
      ['a +', 3],
      ['(a + b', 6],
      ['a b', 2],
      ['a % b', 2],
      ['', 0],
    ] as const) {
      try {
        parseFormula(src);
        expect.unreachable(src);
      } catch (e) {
        expect(e).toBeInstanceOf(FormulaSyntaxError);
        expect((e as FormulaSyntaxError).position).toBe(pos);
      }
    }
  });
  it('refuses to divide by an interval containing 0', () => {
    expect(() => ev('1 / (a - a)', { a: 1 })).toThrow(DivisionByZero);
  });
  it('never evaluates JavaScript', () => {
    expect(() => parseFormula('process.exit(1)')).toThrow(FormulaSyntaxError);
  });
});
