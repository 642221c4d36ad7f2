import { describe, expect, it } from 'vitest';
import {
  PROGRESS_DOCUMENT,
  PROGRESS_OFFSET,
  PROGRESS_TASK,
  profileFlags,
  WorkerOutOfMemory,
  WorkerPool,
  workerError,
} from '../../pipeline/corpus/workerPool.js';

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

/**
 * A worker module that answers each task with its own resource limits, after noting the task
 * and its document in `progress` as corpus workers do; a task with `hog` allocates without end.
 */
const WORKER = `
import { parentPort, workerData, resourceLimits } from 'node:worker_threads';
const progress = new Int32Array(workerData.progress);
const held = [];
parentPort.on('message', ({ id, task }) => {
  progress[${PROGRESS_TASK}] = id;
  progress[${PROGRESS_DOCUMENT}] = task.doc;
  progress[${PROGRESS_OFFSET}] = task.doc * 10;
  if (task.hog) for (;;) held.push(new Array(1 << 16).fill(id));
  parentPort.postMessage({ id, result: resourceLimits.maxOldGenerationSizeMb });
});
`;
const workerModule = () => new URL(`data:text/javascript;base64,${Buffer.from(WORKER).toString('base64')}`);

describe('WorkerPool memory cap', () => {
  it('gives each worker the old-generation cap it was given', async () => {
    const pool = new WorkerPool<{ doc: number }, number>(workerModule(), 2, null, { maxOldGenerationSizeMb: 96 });
    try {
      expect(await Promise.all([pool.run({ doc: 0 }), pool.run({ doc: 1 })])).toEqual([96, 96]);
    } finally {
      await pool.close();
    }
  });

  it("fails a worker's task that runs out of memory with WorkerOutOfMemory naming the document, and every later task", async () => {
    const pool = new WorkerPool<{ doc: number; hog?: boolean }, number>(workerModule(), 1, null, { maxOldGenerationSizeMb: 32 });
    try {
      const before = pool.run({ doc: 0 });
      const hog = pool.run({ doc: 7, hog: true });
      const after = pool.run({ doc: 1 });
      expect(await before).toBe(32);
      const e = await hog.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkerOutOfMemory);
      expect(e).toMatchObject({ capMb: 32, document: { index: 7, offset: 70 } });
      await expect(after).rejects.toBe(e);
      await expect(pool.run({ doc: 2 })).rejects.toBe(e);
    } finally {
      await pool.close();
    }
  });

  it('lets the other workers finish the tasks they hold when one runs out of memory', async () => {
    const pool = new WorkerPool<{ doc: number; hog?: boolean }, number>(workerModule(), 2, null, { maxOldGenerationSizeMb: 32 });
    try {
      // The least busy worker takes each task: the first and third go to one worker, the second to the other.
      const tasks = [pool.run({ doc: 0, hog: true }), pool.run({ doc: 1 }), pool.run({ doc: 2 })];
      const settled = await Promise.allSettled(tasks);
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    } finally {
      await pool.close();
    }
  });
});
