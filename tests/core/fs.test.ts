import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryFS, writeTreeAtomic, recoverInterruptedWrite } from '../../pipeline/core/fs.js';

describe('memoryFS', () => {
  it('lists the direct children of a folder in code-unit order', () => {
    const fs = memoryFS({ 'raw/sources/b.txt': 'b', 'raw/sources/a.txt': 'a', 'raw/sources/sub/c.txt': 'c', 'raw/x': '' });
    expect(fs.list('raw/sources')).toEqual(['a.txt', 'b.txt', 'sub']);
    expect(new TextDecoder().decode(fs.read('raw/sources/a.txt'))).toBe('a');
    expect(fs.read('raw/none')).toBeUndefined();
  });
});

describe('writeTreeAtomic', () => {
  it('replaces the old tree with the new one and leaves no temporary folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'fig-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.txt'), 'old');
    writeTreeAtomic(out, new Map([['data/a.csv', new TextEncoder().encode('x\n1\n')]]));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['data']);
    expect(readFileSync(join(out, 'data/a.csv'), 'utf8')).toBe('x\n1\n');
  });
  it('restores a tree that an interrupted swap had moved aside', () => {
    const root = mkdtempSync(join(tmpdir(), 'fig-'));
    mkdirSync(join(root, '.dist-old-123'));
    writeFileSync(join(root, '.dist-old-123', 'f'), 'old');
    mkdirSync(join(root, '.dist-new-123'));
    recoverInterruptedWrite(join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist', 'f'), 'utf8')).toBe('old');
  });
});
