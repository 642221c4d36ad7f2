import { describe, expect, it } from 'vitest';
import { annotationPeriod } from '../../pipeline/suggest/periods.js';

describe('annotationPeriod', () => {
  it.each([
    ['2023-10/2023-12', '2023-Q4'],
    ['2024-01/2024-03', '2024-Q1'],
    ['2024-01/2024-06', '2024-H1'],
    ['2023-07/2023-12', '2023-H2'],
    ['2023-01/2023-12', '2023'],
    ['2023-05/2023-05', '2023-05'],
    ['2023-02/2023-04', '2023-02/2023-04'],
    ['2022-10/2023-03', '2022-10/2023-03'],
    ['2023', '2023'],
  ])('writes %s as %s', (hint, period) => expect(annotationPeriod(hint)).toBe(period));
  it('keeps a missing hint missing', () => expect(annotationPeriod(null)).toBeNull());
});
