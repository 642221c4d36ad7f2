/**
 * A fixed set of worker threads running one JavaScript module (a file: or data: URL; see
 * workerBundle.ts). `run` sends a task to the least busy worker and resolves with its
 * answer. A worker that dies fails its own tasks and every later one: a corpus run stops
 * rather than produce output with a hole in it. The other workers finish the tasks they hold,
 * so the results before the failed task still come back in order, and the run reports the
 * failure where it happened.
 *
 * The module receives `workerData.data` and `workerData.progress` (see worker.ts), answers
 * `{ id, result }` or `{ id, error }` to each `{ id, task }` message, and keeps in `progress`
 * the task it is on and its place in it, so that a worker that runs out of memory can be
 * reported with the document it was on.
 */
import { Worker } from 'node:worker_threads';

/**
 * An error a worker reported: its message, with the worker's stack kept for --debug. The
 * bundle runs from a data: URL, which every stack frame repeats whole (hundreds of KB of
 * base64), so frames name it `<worker bundle>` instead.
 */
export function workerError(message: string, stack?: string): Error {
  const e = new Error(message);
  e.stack = stack === undefined ? `Error: ${message}` : stack.replace(/data:[a-z/+-]+;base64,[A-Za-z0-9+/=]+/g, '<worker bundle>');
  return e;
}

/**
 * The `--cpu-prof` flags among a process's execArgv (`--cpu-prof-dir D` and `--cpu-prof-dir=D`
 * alike), for its worker threads: each thread then writes its own profile. `--cpu-prof-name`
 * is left out, or every thread would write the same file.
 */
export function profileFlags(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (!a.startsWith('--cpu-prof') || a.startsWith('--cpu-prof-name')) continue;
    out.push(a);
    if ((a === '--cpu-prof-dir' || a === '--cpu-prof-interval') && i + 1 < execArgv.length) out.push(execArgv[++i]!);
  }
  return out;
}

/** What a worker keeps in its shared `progress` array (Int32): the task and the document it is on. */
export const PROGRESS_TASK = 0;
export const PROGRESS_DOCUMENT = 1;
export const PROGRESS_OFFSET = 2;
const PROGRESS_SLOTS = 3;

/**
 * A worker went over its memory cap (V8 stopped it: ERR_WORKER_OUT_OF_MEMORY). Rejects the task
 * the worker was on, with the document it had reached in that task's input (a 0-based line
 * and its byte offset in a JSONL batch, or the index of a file) when the worker had started it,
 * and every later task of that worker.
 */
export class WorkerOutOfMemory extends Error {
  constructor(
    readonly capMb: number | null,
    readonly document: { index: number; offset: number } | null,
  ) {
    super(`a worker thread ran out of memory${capMb === null ? '' : ` (its cap: ${capMb} MB)`}`);
    this.name = 'WorkerOutOfMemory';
  }
}

export interface PoolOptions {
  /** Each worker's old-generation cap (Worker resourceLimits.maxOldGenerationSizeMb); null: V8's default. */
  maxOldGenerationSizeMb?: number | null;
}

interface Pending<Out> {
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<Out> {
  worker: Worker;
  /** In the order sent: a worker answers in that order, so the first is the one it is on. */
  pending: Map<number, Pending<Out>>;
  progress: Int32Array;
  failure?: Error;
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<Out>[];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(entry: URL, count: number, data: unknown, options: PoolOptions = {}) {
    const cap = options.maxOldGenerationSizeMb ?? null;
    this.slots = Array.from({ length: count }, () => {
      const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * Int32Array.BYTES_PER_ELEMENT)).fill(-1);
      // Not the parent's execArgv: its loader flags are not for this plain JavaScript. Only its
      // CPU-profile flags, so `node --cpu-prof build/cli.js extract --corpus …` profiles every thread.
      const worker = new Worker(entry, {
        workerData: { data, progress: progress.buffer },
        execArgv: profileFlags(process.execArgv),
        ...(cap === null ? {} : { resourceLimits: { maxOldGenerationSizeMb: cap } }),
      });
      const slot: Slot<Out> = { worker, pending: new Map(), progress };
      worker.on('message', (msg: { id: number; result?: Out; error?: string; stack?: string }) => {
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        if (msg.error !== undefined) p.reject(workerError(msg.error, msg.stack));
        else p.resolve(msg.result as Out);
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') return this.fail(slot, e);
        const [first] = slot.pending.keys();
        const onIt = first !== undefined && progress[PROGRESS_TASK] === first && progress[PROGRESS_DOCUMENT]! >= 0;
        this.fail(
          slot,
          new WorkerOutOfMemory(cap, onIt ? { index: progress[PROGRESS_DOCUMENT]!, offset: progress[PROGRESS_OFFSET]! } : null),
        );
      });
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(slot, new Error(`a worker thread exited unexpectedly (code ${code})`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  run(task: In, transfer: ArrayBuffer[] = []): Promise<Out> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise<Out>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, task }, transfer);
    });
  }

  /** A worker died: its tasks fail with the error, and so does every task sent from now on. */
  private fail(slot: Slot<Out>, e: Error): void {
    if (slot.failure) return; // 'exit' follows 'error'
    slot.failure = e;
    this.failure ??= e;
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
