/**
 * Corpus runs against hostile input (issue 14): one document never ends a run, a run never
 * deletes or follows its way out of its input, and every failure is a coded message, not a
 * stack trace. In a child process, as users run it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
let dir: string;

const figures = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
const rejectsOf = (out: string) =>
  readFileSync(join(out, 'rejects.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { code: string; message: string; location: { line?: number } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'figures-adversarial-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a deeply nested line (finding 3)', () => {
  it('is one reject (corpus-document-error), and the run goes on in worker threads without a stack trace', () => {
    const deep = `{"id":"deep","text":"$5 million","meta":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const input = join(dir, 'deep.jsonl');
    writeFileSync(
      input,
      [JSON.stringify({ id: 'a', text: 'Up 18% in 2023.' }), deep, JSON.stringify({ id: 'b', text: '$3 billion' })].join('\n') + '\n',
    );
    const out = join(dir, 'deep-out');
    const r = figures('extract', '--corpus', input, '--out', out, '--workers', '2', '--format', 'jsonl', '--on-error', 'skip');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 documents, \d+ mentions, 1 rejected/);
    expect(rejectsOf(out).map((p) => [p.code, p.location.line])).toEqual([['corpus-document-error', 2]]);
  });
});

describe('where a run reads and writes (finding 4)', () => {
  it('refuses an --out that holds the input, and leaves the input where it was', () => {
    const out = join(dir, 'o');
    mkdirSync(out);
    const input = join(out, 'part-00000.jsonl');
    writeFileSync(input, '{"id":"a","text":"Up 18%"}\n');
    const r = figures('extract', '--corpus', input, '--out', out, '--format', 'jsonl');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error\[corpus-out-holds-input\]/);
    expect(readFileSync(input, 'utf8')).toBe('{"id":"a","text":"Up 18%"}\n');
  });

  it('refuses an --out inside a folder input', () => {
    const input = join(dir, 'texts');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Up 18%');
    const r = figures('extract', '--corpus', input, '--out', join(input, 'out'), '--format', 'jsonl');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error\[corpus-out-holds-input\]/);
  });

  it('reports an input that cannot be read as corpus-io-failed, not an unhandled error event', () => {
    // /proc/self/mem is a regular file whose read at offset 0 fails (EIO) on Linux, even for root.
    const r = figures('extract', '--corpus', '/proc/self/mem', '--out', join(dir, 'unreadable-out'), '--format', 'jsonl');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error\[corpus-io-failed\] \/proc\/self\/mem: could not read the input \(EIO/);
    expect(r.stderr).not.toMatch(/Unhandled|\n\s+at /);
  });
});

describe('a folder with symbolic links (finding 5)', () => {
  it('reads each regular file once and follows no link, even two that form a cycle', () => {
    const input = join(dir, 'linked');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(input, 'a.txt'), 'Up 18% in 2023.');
    writeFileSync(join(input, 'sub/b.txt'), '$3 billion');
    symlinkSync('..', join(input, 'sub/up'));
    symlinkSync('../sub', join(input, 'sub/again'));
    symlinkSync('a.txt', join(input, 'link.txt'));
    const out = join(dir, 'linked-out');
    const r = figures('extract', '--corpus', input, '--out', out, '--format', 'jsonl');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 documents, /);
    const docs = readFileSync(join(out, 'documents', 'part-00000.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(docs.map((l) => (JSON.parse(l) as { doc_id: string }).doc_id)).toEqual(['a', 'sub/b']);
  });
});
