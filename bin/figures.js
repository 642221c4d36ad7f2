#!/usr/bin/env node
// @ts-check
/**
 * `npm run figures -- <command>` and `npm run build`: runs the compiled CLI (build/cli.js),
 * compiling it first if a source has changed since it was compiled — so an edit to
 * pipeline/ is never run as the old code.
 */
import process from 'node:process';
import { URL } from 'node:url';
import { compile, isCurrent } from './compile.js';

if (!isCurrent()) {
  process.stderr.write('compiling the CLI into build/ (a source changed since it was last compiled)\n');
  try {
    await compile();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(3);
  }
}
// Through a URL, not a literal specifier: build/ is made by the compiler, not checked in.
await import(new URL('../build/cli.js', import.meta.url).href);
