/**
 * The compiled CLI (bin/compile.js → build/), which `npm run build` and the child-process
 * tests run: current with the sources, loading from node_modules exactly the runtime
 * dependencies, and with a corpus worker that runs on its own in a bare worker thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { isCurrent, OUT, ROOT } from '../../bin/compile.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The packages (not node: modules, not relative files) the compiled code imports, statically or dynamically. */
function importedPackages(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(OUT).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(OUT, f), 'utf8');
    const specs = [
      ...code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm), // import … from "x" (esbuild writes one per line start)
      ...code.matchAll(/^import\s*"([^"]+)"/gm), // import "x"
      ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g), // import("x")
      ...code.matchAll(/\bcreateRequire\d*\([^)]*\)\(\s*"([^"]+)"\s*\)/g), // createRequire(import.meta.url)("x"), createRequire2 where esbuild renamed a second import of it: CommonJS packages
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return [...names].sort();
}

describe('the compiled CLI', () => {
  it('is current with the sources (the test run compiles it first)', () => {
    expect(isCurrent()).toBe(true);
    const { files } = JSON.parse(readFileSync(join(OUT, 'inputs.json'), 'utf8')) as { files: string[] };
    expect(files).toContain('pipeline/cli.ts');
    expect(files).toContain('schemas/mentions.schema.json');
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  it('imports every runtime dependency and nothing else from node_modules, bar esbuild for other extractors', () => {
    const imported = importedPackages();
    // esbuild: only to bundle a worker for an extractor other than the project's (tests).
    expect(imported.filter((p) => p !== 'esbuild')).toEqual(Object.keys(pkg.dependencies).sort());
    expect(pkg.devDependencies).toHaveProperty('esbuild');
    expect(pkg.devDependencies).toHaveProperty('tsx');
  });

  it('has a corpus worker that runs on its own in a bare worker thread', async () => {
    const worker = new Worker(new URL(`file://${join(OUT, 'corpus-worker.js')}`), { workerData: { data: { shard: null } }, execArgv: [] });
    try {
      const answer = await new Promise<{ result?: { documents: number; mentions: { length: number } }; error?: string }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          const jsonl = '{"id":"a","text":"About 90% of Russia\'s microelectronics came from China in 2023."}\n';
          worker.postMessage({ id: 0, task: { kind: 'jsonl', bytes: new TextEncoder().encode(jsonl) } });
        },
      );
      expect(answer.error).toBeUndefined();
      expect(answer.result?.documents).toBe(1);
      expect(answer.result?.mentions.length).toBe(2);
    } finally {
      await worker.terminate();
    }
  });
});
