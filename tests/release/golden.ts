/** Golden files beside the tests: compared byte for byte; `UPDATE_GOLDEN=1` rewrites them. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const dir = join(import.meta.dirname, 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
