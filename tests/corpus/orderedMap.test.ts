import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderedMap } from '../../pipeline/corpus/orderedMap.js';

async function* source(n: number, onRead: (i: number) => void): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    onRead(i);
    yield i;
  }
}

const tick = (n: number) => new Promise<void>((r) => setTimeout(r, n));

describe('orderedMap', () => {
  it('yields results in source order whatever order they finish in, never more than `limit` in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 0, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, limit) => {
        let inFlight = 0;
        let maxInFlight = 0;
        const out: number[] = [];
        const fn = async (i: number) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await tick(delays[i]!);
          inFlight--;
          return i * 10;
        };
        for await (const r of orderedMap(
          source(delays.length, () => undefined),
          fn,
          limit,
        ))
          out.push(r);
        expect(out).toEqual(delays.map((_, i) => i * 10));
        expect(maxInFlight).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 40 },
    );
  });

  it('does not read ahead of the consumer by more than `limit` items (backpressure)', async () => {
    let read = 0;
    const it = orderedMap(
      source(1000, () => read++),
      async (i) => i,
      3,
    );
    await it.next();
    expect(read).toBeLessThanOrEqual(4);
    await it.return(undefined);
  });

  it('stops with the error of the first failed item in order, and closes the source', async () => {
    let closed = false;
    async function* src() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const seen: number[] = [];
    const run = async () => {
      for await (const r of orderedMap(src(), async (i) => (i === 2 ? Promise.reject(new Error('boom at 2')) : i), 4)) seen.push(r);
    };
    await expect(run()).rejects.toThrow('boom at 2');
    expect(seen).toEqual([0, 1]);
    expect(closed).toBe(true);
  });
});
