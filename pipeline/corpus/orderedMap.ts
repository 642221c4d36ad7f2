/**
 * Maps an async source through an asynchronous function with at most `limit` calls in
 * flight, yielding results in the order of the source. The bound is the backpressure: the
 * source is not read while `limit` results are pending, so memory holds at most `limit`
 * batches whatever the input size, and the order makes the output independent of which
 * worker finished first.
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < limit) {
        const next = await it.next();
        if (next.done) done = true;
        else {
          const p = fn(next.value);
          p.catch(() => undefined); // surfaced when its turn comes, not as an unhandled rejection
          pending.push(p);
        }
      }
      if (pending.length === 0) return;
      yield await pending.shift()!;
    }
  } finally {
    if (!done) await it.return?.();
  }
}
