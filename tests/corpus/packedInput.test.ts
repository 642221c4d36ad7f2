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

  it('gives for a compressed file it cannot look into both the tar command and the one that streams JSONL', () => {
    const commands = unpackCommands(packedKind(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0, 0]))!, 'corpus.tar.zst');
    expect(commands).toEqual([
      'mkdir texts && tar --zstd -xf corpus.tar.zst -C texts, then --corpus texts',
      'zstdcat corpus.tar.zst | npm run -s figures -- extract --corpus - --out DIR',
    ]);
  });

  it('looks inside gzip: a tar archive is to unpack, anything else to stream, each with its one command', () => {
    const tarGz = packedKind(gzipSync(tarHeader()))!;
    expect(tarGz.name).toBe('a gzip-compressed tar archive');
    expect(unpackCommands(tarGz, 'corpus.tar.gz')).toEqual(['mkdir texts && tar -xzf corpus.tar.gz -C texts, then --corpus texts']);
    const jsonlGz = packedKind(gzipSync(JSONL.repeat(20)))!;
    expect(jsonlGz.name).toBe('a gzip-compressed file');
    expect(unpackCommands(jsonlGz, 'corpus.jsonl.gz')).toEqual([
      'zcat corpus.jsonl.gz | npm run -s figures -- extract --corpus - --out DIR',
    ]);
    // Only the head of a large archive is read: its first header is enough.
    const big = new Uint8Array(512 * 400);
    big.set(tarHeader(), 0);
    for (let i = 512; i < big.length; i++) big[i] = (i * 7919) % 251;
    expect(packedKind(gzipSync(big).subarray(0, 4096))?.name).toBe('a gzip-compressed tar archive');
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
