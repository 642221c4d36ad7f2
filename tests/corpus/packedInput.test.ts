/**
 * A corpus given as an archive or a compressed file is refused before the run, with the way to
 * give the same documents, instead of every line rejected as invalid UTF-8.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../pipeline/core/errors.js';
import { openInput } from '../../pipeline/corpus/input.js';
import { packedKind, unpackCommands } from '../../pipeline/corpus/packedInput.js';

const JSONL = '{"id":"a","text":"Exports rose 5% in 2023."}\n';
/** A tar header block: a file name, then "ustar" at byte 257. */
function tarHeader(): Uint8Array {
  const block = new Uint8Array(512);
  block.set(new TextEncoder().encode('texts/a.txt'), 0);
  block.set(new TextEncoder().encode('ustar'), 257);
  return block;
}

describe('packedKind', () => {
  it('tells gzip, zip and tar from their first bytes', () => {
    expect(packedKind(gzipSync(JSONL))?.name).toBe('a gzip-compressed file');
    expect(packedKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))?.name).toBe('a zip archive');
    expect(packedKind(tarHeader())?.name).toBe('a tar archive');
  });

  it('takes JSONL text, an empty file and a short one for what they are', () => {
    expect(packedKind(new TextEncoder().encode(JSONL))).toBeUndefined();
    expect(packedKind(new Uint8Array())).toBeUndefined();
    expect(packedKind(new TextEncoder().encode('PK'))).toBeUndefined();
  });

  it('gives for a compressed file both the tar command and the one that streams JSONL', () => {
    const commands = unpackCommands(packedKind(gzipSync(JSONL))!, 'corpus.tar.gz');
    expect(commands).toEqual([
      'mkdir texts && tar -xzf corpus.tar.gz -C texts, then --corpus texts',
      'zcat corpus.tar.gz | npm run -s figures -- extract --corpus - --out DIR',
    ]);
  });
});

describe('openInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'packed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a gzip-compressed corpus as a usage error naming what it is', () => {
    const path = join(dir, 'corpus.jsonl.gz');
    writeFileSync(path, gzipSync(JSONL));
    let error: unknown;
    try {
      openInput(path, 1000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const problem = (error as UsageError).problems[0]!;
    expect([problem.code, problem.value]).toEqual(['corpus-packed-input', 'a gzip-compressed file']);
    expect(problem.hint).toContain('| npm run -s figures -- extract --corpus - --out DIR');
  });

  it('still opens a JSONL file', () => {
    const path = join(dir, 'corpus.jsonl');
    writeFileSync(path, JSONL);
    expect(openInput(path, 1000).kind).toBe('jsonl');
  });
});
