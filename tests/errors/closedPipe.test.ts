/**
 * A pipe closed by its reader (`figures extract FILE | head -1`) ends the CLI quietly: exit 0
 * and no stack trace, as Unix tools behave, whatever the command was still writing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, repoRoot } from '../fixtures/cli.js';

/** Runs the CLI and closes its stdout after the first chunk, as `head -1` does. */
function runClosedEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    child.stdout!.once('data', () => child.stdout!.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'figures-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a closed output pipe', () => {
  it('ends a command that still has output to write with exit 0 and no stack trace', async () => {
    // Thousands of figures: their JSON is far more than a pipe holds, so a write must fail.
    const text = join(dir, 'many.txt');
    writeFileSync(text, Array.from({ length: 3000 }, (_, i) => `Russia imported $${i + 1} million of goods in 2023.`).join(' '));
    const { code, stderr } = await runClosedEarly(['extract', text, '--json']);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
