/**
 * Progress of a corpus run on standard error — documents, MB read, MB/s and, when the input
 * size is known, a bar and the time left — only when standard error is a terminal, so logs
 * of batch jobs stay clean. Never part of any output file.
 */
import { createRequire } from 'node:module';

/**
 * Loaded only for a terminal: importing cli-progress took 30–90 ms of the main thread before a
 * run could start its worker threads, in every batch job and benchmark, whose standard error is
 * a file. Through `require`: it is CommonJS, and this must stay synchronous.
 */
const loadCliProgress = (): typeof import('cli-progress') =>
  createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');

export interface Progress {
  update(documents: number, bytes: number): void;
  stop(): void;
}

const MB = 1e6;

export function createProgress(stream: NodeJS.WriteStream, totalBytes: number | null): Progress {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const started = performance.now();
  const known = totalBytes !== null && totalBytes > 0;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      fps: 5,
      hideCursor: true,
      clearOnComplete: false,
      format: known
        ? '{bar} {percentage}% | {documents} documents | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted}'
        : '{documents} documents | {mb} MB | {rate} MB/s',
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (documents: number, bytes: number) => {
    const seconds = (performance.now() - started) / 1000;
    return {
      documents,
      mb: (bytes / MB).toFixed(1),
      totalMb: ((totalBytes ?? 0) / MB).toFixed(1),
      rate: seconds > 0 ? (bytes / MB / seconds).toFixed(1) : '0.0',
    };
  };
  bar.start(known ? totalBytes : 1, 0, payload(0, 0));
  return {
    update(documents, bytes) {
      bar.update(known ? bytes : 0, payload(documents, bytes));
    },
    stop() {
      bar.stop();
    },
  };
}
