// Entry of every corpus worker thread. Plain JavaScript, because a worker starts with a bare
// Node: it registers tsx's loader in this thread (whatever ran the parent — tsx, vitest or
// node with tsx), then loads the TypeScript entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
