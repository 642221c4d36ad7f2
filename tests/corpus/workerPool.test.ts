import { describe, expect, it } from 'vitest';
import { workerError } from '../../pipeline/corpus/workerPool.js';

describe('workerError', () => {
  it("keeps a worker's message as the error's message and its stack apart, the bundle's data: URL shortened", () => {
    const bundle = `data:text/javascript;base64,${'QUJD'.repeat(50000)}`;
    const e = workerError('boom', `RangeError: boom\n    at f (${bundle}:1:2)`);
    expect(e.message).toBe('boom');
    expect(e.stack).toBe('RangeError: boom\n    at f (<worker bundle>:1:2)');
  });
});
