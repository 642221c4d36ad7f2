import { describe, expect, it } from 'vitest';
import { readMonthPeriod } from '../../pipeline/extract/months.js';
import { isoPeriod } from '../../pipeline/model/periodSpec.js';

function at(s: string, atText: string) {
  const hit = readMonthPeriod(s, s.indexOf(atText), 0);
  return hit && { text: s.slice(hit.start, hit.end), kind: hit.kind, iso: isoPeriod(hit.spec) };
}

describe('readMonthPeriod', () => {
  it.each([
    ['in March 2024', 'March', 'March 2024', '2024-03'],
    ['on April 12, 2024', 'April', 'April 12, 2024', '2024-04-12'],
    ['on Dec. 5, 2023', 'Dec', 'Dec. 5, 2023', '2023-12-05'],
    ['between March and June 2023', 'March', 'between March and June 2023', '2023-03/2023-06'],
    ['from November 2023 to February 2024', 'November', 'from November 2023 to February 2024', '2023-11/2024-02'],
    ['January-March 2024', 'January', 'January-March 2024', '2024-01/2024-03'],
    ['between March and June', 'March', 'between March and June', null],
    ['on May 9', 'May', 'May 9', null],
  ])('%s', (s, w, text, iso) => expect(at(s, w)).toEqual({ text, kind: 'period', iso }));
  it('gives nothing for a bare month', () => expect(at('in March exports rose', 'March')).toBeNull());
  it('needs "between" for "and"', () => expect(at('in March and June exports rose', 'March')).toBeNull());
});
