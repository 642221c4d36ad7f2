/**
 * Vitest global setup: the tests that run the CLI in a child process run the compiled CLI
 * (build/cli.js), so it is compiled first whenever a source changed since — a test never
 * runs old code.
 */
import { compile, isCurrent } from '../../bin/compile.js';

export default async function setup(): Promise<void> {
  if (!isCurrent()) await compile();
}
