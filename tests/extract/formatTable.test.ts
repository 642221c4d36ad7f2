import { describe, expect, it } from 'vitest';
import { formatMentionTable } from '../../pipeline/extract/formatTable.js';
import { extractMentions } from '../../pipeline/extract/index.js';

describe('formatMentionTable', () => {
  it('prints one aligned row per mention and a count', () => {
    const out = formatMentionTable(extractMentions('In 2023 about 90% came from China.'));
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^sentence\s+start\s+end\s+kind\s+text\s+value\s+unit\s+scale\s+hedge\s+value_low\s+value_high\s+period$/);
    expect(lines[2]).toMatch(/^0\s+8\s+17\s+percent\s+about 90%\s+90\s+percent\s+approximately\s+85\s+95\s+2023$/);
    expect(lines.at(-1)).toBe('2 mention(s)');
  });
  it('shows floating-point values without their noise', () => {
    expect(formatMentionTable(extractMentions('A third of it.'))).toContain(' 33.3333333333 ');
  });
  it('prints an empty table for no mentions', () => expect(formatMentionTable([])).toMatch(/0 mention\(s\)\n$/));
});
