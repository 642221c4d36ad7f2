/**
 * `figures merge-shards DIR` on disk, in a child process as users (and scale/slurm/run.ts)
 * run it: the merged manifest, exit codes, and a stale merge removed when the shards no
 * longer merge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOptions } from '../../pipeline/corpus/options.js';
import { diskOutputDir } from '../../pipeline/corpus/outputDir.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { FAKE_EXTRACTOR } from '../corpus/fixtures/fakeExtractor.js';
import { jsonlCorpus } from '../corpus/fixtures/corpus.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const figures = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
let dir: string;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'figures-merge-'));
  out = join(dir, 'out');
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, jsonlCorpus(60, { bad: true }));
  for (let k = 0; k < 2; k++) {
    const shard = join(out, `source_shard=${k}`);
    await runCorpus(
      { ...defaultOptions(corpus, shard), extractor: FAKE_EXTRACTOR, workers: 0, shard: { index: k, count: 2 } },
      { out: diskOutputDir(shard) },
    );
  }
  writeFileSync(join(out, 'notes.txt'), 'other files beside the shards are left alone\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('figures merge-shards', () => {
  it('writes DIR/manifest.json over both shards and prints the totals', () => {
    const r = figures('merge-shards', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 shards, 60 documents, \d+ mentions, 6 rejected \(see .*\) → .*manifest\.json\n$/);
    // Each shard's rejects file, as a path the user can open (not the manifest's path relative to DIR).
    expect(r.stdout).toContain(`(see ${join(out, 'source_shard=0/rejects.jsonl')}, ${join(out, 'source_shard=1/rejects.jsonl')})`);
    const merged = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(merged.generator).toBe('figures merge-shards');
    expect(merged.tables.mentions.parts.map((p: { path: string }) => p.path)).toEqual([
      'source_shard=0/part-00000.parquet',
      'source_shard=1/part-00000.parquet',
    ]);
  });

  it('exits 1 when a shard is missing, names it with the sbatch rerun, and removes the stale merge', () => {
    expect(figures('merge-shards', out).status).toBe(0);
    const m = join(out, 'source_shard=1', 'manifest.json');
    renameSync(m, `${m}.away`);
    try {
      const r = figures('merge-shards', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('error[merge-shard-missing]');
      expect(r.stderr).toContain(`sbatch --array=1 scale/slurm/extract.sbatch CORPUS ${out} 2`);
      expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    } finally {
      renameSync(`${m}.away`, m);
    }
  });

  it('exits 2 for a folder that does not exist', () => {
    const r = figures('merge-shards', join(dir, 'nowhere'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[file-not-found]');
  });
});
