import { describe, expect, it } from 'vitest';
import { servableRange } from '../../pipeline/commands/range.js';

describe('servableRange', () => {
  it('passes no Range and the forms sirv serves correctly', () => {
    for (const r of [undefined, 'bytes=0-0', 'bytes=2-5', 'bytes=5-', ' bytes=0-99 ']) expect(servableRange(r), String(r)).toBe(true);
  });
  it('stops a reversed range, suffix and multiple ranges, other units and garbage', () => {
    for (const r of ['bytes=5-1', 'bytes=-5', 'bytes=0-1,3-4', 'items=0-1', 'bytes=a-b', 'bytes=', '', 'bytes=1e3-1'])
      expect(servableRange(r), r).toBe(false);
  });
});
