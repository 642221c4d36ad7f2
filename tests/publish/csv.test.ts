import { describe, expect, it } from 'vitest';
import { csvCell } from '../../pipeline/publish/csv.js';

describe('csvCell', () => {
  it('writes lists with |, null as empty, booleans as words, numbers as plain decimals', () => {
    expect(csvCell(['a', 'b'])).toBe('a|b');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
  });
});
