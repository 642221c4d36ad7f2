import { describe, expect, it } from 'vitest';
import { diskFS } from '../../pipeline/core/fs.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { shiftPeriodYears, yearsBeforeAt } from '../../pipeline/extract/yearsBefore.js';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { ROOT } from '../read/score.js';

const hint = (text: string, figure: string) => extractMentions(text).find((m) => m.text === figure)?.period;
const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));

describe('the period hint of a figure followed by "a year earlier"', () => {
  it('is its sentence’s period a year (or the years said) before', () => {
    expect(hint('Sales of lathes reached $30 million in 2024, up from $21 million a year earlier.', '$21 million')).toBe('2023');
    expect(hint('In the first half of 2025 the share rose to 61%, against 48% the year before.', '48%')).toBe('2024-01/2024-06');
    expect(hint('Shipments totalled 5,100 tonnes in 2023, up from 800 tonnes two years earlier.', '800')).toBe('2021');
    expect(hint('Imports were $9 million in the third quarter of 2024 and $4 million the previous year.', '$4 million')).toBe(
      '2023-07/2023-09',
    );
  });

  it('keeps the sentence’s period for a change against a year earlier, and for the figure the sentence dates', () => {
    expect(hint('Exports reached $30 million in 2024, up 18% on a year earlier.', '18%')).toBe('2024');
    expect(hint('Exports rose 18% from a year earlier to $30 million in 2024.', '18%')).toBe('2024');
    expect(hint('Sales of lathes reached $30 million in 2024, up from $21 million a year earlier.', '$30 million')).toBe('2024');
  });

  it('agrees with the period the reader proposes for the same figure', () => {
    const text =
      'BISHKEK, May 2, 2025 — Kyrgyz exports of bearings to Russia reached $30 million in 2024, up from $21 million a year earlier.\n';
    const read = readText(text, lexicon).observations.find((o) => o.quote === '$21 million');
    expect(read?.period).toBe('2023');
    expect(hint(text, '$21 million')).toBe(read?.period);
  });

  it('reads the words at once after the figure only, whole words', () => {
    expect(yearsBeforeAt('40% a year earlier', 3)).toBe(1);
    expect(yearsBeforeAt('40% three years ago', 3)).toBe(3);
    expect(yearsBeforeAt('40% a year earlierish', 3)).toBe(0);
    expect(yearsBeforeAt('40% from a year earlier', 3)).toBe(0);
    expect(shiftPeriodYears('2024-01/2024-06', -1)).toBe('2023-01/2023-06');
  });
});
