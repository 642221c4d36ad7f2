import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../pipeline/core/errors.js';
import { diskOutputDir } from '../../pipeline/corpus/outputDir.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'figures-out-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('diskOutputDir', () => {
  it('creates a missing folder', () => {
    diskOutputDir(join(root, 'a', 'b')).prepare();
    expect(existsSync(join(root, 'a', 'b'))).toBe(true);
  });

  it("replaces an earlier run's output, stale parts and the --read drafts included", () => {
    const out = join(root, 'out');
    for (const d of ['documents', 'draft_observations', 'draft_claims']) mkdirSync(join(out, d), { recursive: true });
    for (const f of [
      'manifest.json',
      'rejects.jsonl',
      'part-00000.parquet',
      'part-00007.parquet',
      '.part-00008.parquet.tmp',
      'documents/part-00000.parquet',
      'draft_observations/part-00000.parquet',
      'draft_claims/part-00003.jsonl',
    ])
      writeFileSync(join(out, f), 'old');
    diskOutputDir(out).prepare();
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a folder holding anything else, and touches nothing in it', () => {
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), 'keep');
    writeFileSync(join(out, 'thesis.docx'), 'keep');
    try {
      diskOutputDir(out).prepare();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).problems[0]).toMatchObject({ code: 'corpus-out-not-empty', value: 'thesis.docx' });
    }
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'thesis.docx']);
  });

  it('writes a file whole under its name, leaving no temporary file', () => {
    const out = diskOutputDir(root);
    out.writeAtomic('documents/part-00000.csv', utf8('a\n'));
    expect(readFileSync(join(root, 'documents', 'part-00000.csv'), 'utf8')).toBe('a\n');
    expect(readdirSync(join(root, 'documents'))).toEqual(['part-00000.csv']);
  });

  it('keeps a staged file hidden until commit, and removes it on abort', () => {
    const out = diskOutputDir(root);
    const a = out.stage('rejects.jsonl');
    a.append(utf8('x\n'));
    expect(readdirSync(root)).toEqual(['.rejects.jsonl.tmp']);
    a.commit();
    expect(readdirSync(root)).toEqual(['rejects.jsonl']);
    const b = out.stage('other.jsonl');
    b.append(utf8('y'));
    b.abort();
    expect(readdirSync(root)).toEqual(['rejects.jsonl']);
  });
});
