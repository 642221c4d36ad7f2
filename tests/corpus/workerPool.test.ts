import { describe, expect, it } from 'vitest';
import { profileFlags, workerError } from '../../pipeline/corpus/workerPool.js';

describe('workerError', () => {
  it("keeps a worker's message as the error's message and its stack apart, the bundle's data: URL shortened", () => {
    const bundle = `data:text/javascript;base64,${'QUJD'.repeat(50000)}`;
    const e = workerError('boom', `RangeError: boom\n    at f (${bundle}:1:2)`);
    expect(e.message).toBe('boom');
    expect(e.stack).toBe('RangeError: boom\n    at f (<worker bundle>:1:2)');
  });
});

describe('profileFlags', () => {
  it("passes the parent's --cpu-prof flags to the worker threads, and no other flag", () => {
    expect(
      profileFlags(['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir', 'prof', '--cpu-prof-interval=500', '--max-old-space-size=900']),
    ).toEqual(['--cpu-prof', '--cpu-prof-dir', 'prof', '--cpu-prof-interval=500']);
    expect(profileFlags(['--cpu-prof', '--cpu-prof-dir=p', '--cpu-prof-name', 'x.cpuprofile'])).toEqual(['--cpu-prof', '--cpu-prof-dir=p']);
    expect(profileFlags(['--import', 'tsx'])).toEqual([]);
  });
});
