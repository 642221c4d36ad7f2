/**
 * The commands that read or write a checkout's raw/ (build, validate, verify, review, suggest)
 * refuse a folder without one. Run elsewhere — in an unzipped release package, or in ~/Downloads
 * through `node …/bin/figures.js` — build listed every input as missing with the hint to create
 * it, and suggest wrote a raw/ of its own there, which no later `npm run figures` command saw.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { ownRoot } from '../core/ownRoot.js';

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** Throws `not-a-checkout` (exit 2) unless `root` holds a raw/ folder. */
export function requireCheckout(root: string, command: string): void {
  if (isFolder(join(root, 'raw'))) return;
  throw new UsageError(messages.notACheckout(resolve(root), command, ownRoot(), existsSync(join(root, 'datapackage.json'))));
}
