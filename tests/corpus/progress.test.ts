import { describe, expect, it } from 'vitest';
import { createProgress } from '../../pipeline/corpus/progress.js';

/** A stream that records what is written to it, a terminal or not. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 120,
    write(chunk: string | Uint8Array) {
      chunks.push(String(chunk));
      return true;
    },
    text: () => chunks.join(''),
  } as unknown as NodeJS.WriteStream & { text: () => string };
}

describe('corpus progress', () => {
  it('draws a bar with the documents and megabytes read on a terminal', () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, 4_000_000);
    progress.update(17, 2_000_000);
    progress.stop();
    expect(stream.text()).toContain('17 documents');
    expect(stream.text()).toContain('2.0/4.0 MB');
  });

  it('counts documents and megabytes without a bar when the size is not known (standard input)', () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, null);
    progress.update(5, 1_500_000);
    progress.stop();
    expect(stream.text()).toContain('5 documents | 1.5 MB');
  });

  it('writes nothing when standard error is not a terminal (batch jobs, logs)', () => {
    const stream = fakeStream(false);
    const progress = createProgress(stream, 4_000_000);
    progress.update(17, 2_000_000);
    progress.stop();
    expect(stream.text()).toBe('');
  });
});
