import { describe, expect, it } from 'vitest';
import { parseShard, parseWorkers } from '../../pipeline/corpus/options.js';
import { UsageError } from '../../pipeline/core/errors.js';

describe('parseShard', () => {
  it('reads K/N with K counted from 0', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
  });

  it.each(['4/4', '1/0', '-1/2', '1', 'a/b', '1.5/2', '', '1/2/3'])('refuses %j with a corpus-bad-shard usage error', (spec) => {
    try {
      parseShard(spec);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).problems[0]!.code).toBe('corpus-bad-shard');
    }
  });
});

describe('parseWorkers', () => {
  it('accepts 0 (main thread) up to 256', () => {
    expect(parseWorkers('0')).toBe(0);
    expect(parseWorkers('2')).toBe(2);
  });
  it.each(['-1', '1.5', 'two', '257', ''])('refuses %j', (v) => {
    expect(() => parseWorkers(v)).toThrow(UsageError);
  });
});
