/**
 * The reader's vocabularies go with the CLI, not with the current folder: `read FILE` and
 * `extract --corpus --read` work when run from outside the repository, and a missing vocabulary
 * names the full path that was looked at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FiguresError } from '../../pipeline/core/errors.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { ownRoot } from '../../pipeline/core/ownRoot.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { CLI, repoRoot, runCli } from '../fixtures/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'figures-elsewhere-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'note.txt'), 'Russia imported 130,000 trucks from China in 2023, the consultancy Autostat estimated.\n');
writeFileSync(join(dir, 'corpus.jsonl'), '{"id":"a","text":"Russia imported 130,000 trucks from China in 2023."}\n');

describe('the CLI run from a folder outside the repository', () => {
  it('read FILE drafts the observation with the vocabularies of its own checkout', () => {
    const r = runCli(dir, CLI, ['read', 'note.txt']);
    expect(r.stderr).not.toContain('read-vocab-missing');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('indicator     import-count');
  });

  it('extract --corpus --read writes draft observations there too', () => {
    const r = runCli(dir, CLI, ['extract', '--corpus', 'corpus.jsonl', '--out', 'out', '--read', '--workers', '0', '--format', 'jsonl']);
    expect(r.stderr).not.toContain('read-vocab-missing');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 draft observation/);
  });
});

describe('the checkout of the CLI', () => {
  it('is the folder above the module that holds package.json', () => {
    expect(ownRoot()).toBe(repoRoot);
    const fake = join(dir, 'checkout');
    mkdirSync(join(fake, 'build'), { recursive: true });
    writeFileSync(join(fake, 'package.json'), '{}');
    expect(ownRoot(join(fake, 'build', 'chunk.js'))).toBe(fake);
    expect(readFileSync(join(ownRoot(), 'raw/vocab/goods.yaml'), 'utf8').length).toBeGreaterThan(0);
  });

  it('a missing vocabulary names the full path looked at and how to restore it', () => {
    try {
      loadReaderVocab(memoryFS({ 'raw/vocab/goods.yaml': '[]', 'raw/vocab/countries.yaml': '[]' }), '/opt/figures');
      expect.unreachable();
    } catch (e) {
      const [p] = (e as FiguresError).problems;
      expect(p!.message).toContain('/opt/figures/raw/vocab/indicators.yaml: missing.');
      expect(p!.hint).toContain(`git -C "/opt/figures" checkout -- raw/vocab`);
    }
  });
});
