/**
 * A fixed set of worker threads running one JavaScript module (a file: or data: URL; see
 * workerBundle.ts). `run` sends a task to the least busy worker and resolves with its
 * answer. A worker that dies fails its tasks and every later one: a corpus run stops rather
 * than produce output with a hole in it.
 *
 * The module receives `workerData.data`, answers `{ id, result }` or `{ id, error }` to each
 * `{ id, task }` message (see worker.ts).
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

interface Pending<Out> {
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<Out> {
  worker: Worker;
  pending: Map<number, Pending<Out>>;
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<Out>[];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(entry: URL, count: number, data: unknown) {
    this.slots = Array.from({ length: count }, () => {
      // Not the parent's execArgv: its loader flags are not for this plain JavaScript. Only its
      // CPU-profile flags, so `node --cpu-prof build/cli.js extract --corpus …` profiles every thread.
      const worker = new Worker(entry, { workerData: { data }, execArgv: profileFlags(process.execArgv) });
      const slot: Slot<Out> = { worker, pending: new Map() };
      worker.on('message', (msg: { id: number; result?: Out; error?: string; stack?: string }) => {
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        if (msg.error !== undefined) p.reject(workerError(msg.error, msg.stack));
        else p.resolve(msg.result as Out);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread exited unexpectedly (code ${code})`));
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

  private fail(e: Error): void {
    this.failure ??= e;
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(this.failure);
      s.pending.clear();
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
