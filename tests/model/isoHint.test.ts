import { describe, expect, it } from 'vitest';
import { isoDate, isoPeriod } from '../../pipeline/model/isoHint.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { INPUT_SCHEMAS } from '../../pipeline/model/schemas.js';
import { readYaml } from '../../pipeline/snapshot/readYaml.js';
import type { Problem } from '../../pipeline/core/errors.js';

describe('isoDate', () => {
  it('writes a date in words as YYYY-MM-DD, day or month first', () => {
    expect(['11 March 2025', 'March 11, 2025', '11 Mar. 2025', '3rd June 2024', 'Sept. 5, 2024'].map(isoDate)).toEqual([
      '2025-03-11',
      '2025-03-11',
      '2025-03-11',
      '2024-06-03',
      '2024-09-05',
    ]);
  });
  it('gives nothing for what is no date or could be read two ways', () => {
    expect(['03/11/2025', '31 February 2025', 'Ma 11 2025', '2025', 2025, 'soon'].map(isoDate)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('isoPeriod', () => {
  it('writes quarters, halves and months in words in the schema’s form', () => {
    expect(['Q4 2023', '2023Q4', '2023 q2', 'H1 2024', '2024-H2', 'March 2024', 'Sept. 2023', '2024-3'].map(isoPeriod)).toEqual([
      '2023-Q4',
      '2023-Q4',
      '2023-Q2',
      '2024-H1',
      '2024-H2',
      '2024-03',
      '2023-09',
      '2024-03',
    ]);
  });
  it('gives nothing for a period it cannot write unambiguously', () => {
    expect(['FY2024', 'H3 2024', '2024-Q', 'the first half'].map(isoPeriod)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a schema error on a date or period written in words', () => {
  it('gives the ISO form in its hint', () => {
    const problems: Problem[] = [];
    const yaml = [
      'source: s',
      'observations:',
      '  - id: o',
      '    quote: "4.8"',
      '    indicator: export-value',
      '    reporter: CHN',
      '    partner: RUS',
      '    product: machine-tools',
      '    period: Q4 2023',
      '    attributed_to: null',
      '',
    ].join('\n');
    readYaml(memoryFS({ 'a.yaml': yaml }), 'a.yaml', INPUT_SCHEMAS.annotation!, problems);
    const period = problems.find((p) => p.message.includes('"Q4 2023"'));
    expect(period?.hint).toBe('Write a period as YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM, in quotes. Here: "2023-Q4".');
  });
});
