/**
 * `npm run figures -- extract --corpus …` end to end, in a child process as users run it:
 * the compiled CLI with its compiled worker threads, exit codes, and the single-file mode unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractMentions } from '../../pipeline/extract/index.js';
import { normalizeText } from '../../pipeline/core/text.js';
import { CLI } from '../fixtures/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCE = 'raw/sources/news-2024-04-12-china-surges-sales-to-russia.txt';
let dir: string;

const figures = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'figures-cli-'));
  const text = readFileSync(join(ROOT, SOURCE), 'utf8');
  const lines = [
    JSON.stringify({ id: 'first-source', text, outlet: 'unknown' }),
    JSON.stringify({ id: 'short', text: 'Up 18% in 2023.' }),
    'not json',
  ];
  writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('figures extract --corpus', () => {
  it('runs the real extractor in 2 worker threads; its mentions are those of the single-file extract, with doc_id', () => {
    const out = join(dir, 'out');
    const r = figures('extract', '--corpus', join(dir, 'corpus.jsonl'), '--out', out, '--workers', '2', '--format', 'jsonl');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 documents, \d+ mentions, 1 rejected \(see .*rejects\.jsonl\) → /);
    const rows = readFileSync(join(out, 'part-00000.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const expected = extractMentions(normalizeText(readFileSync(join(ROOT, SOURCE), 'utf8'))).map((m) => ({
      doc_id: 'first-source',
      ...m,
    }));
    expect(rows.filter((m) => m.doc_id === 'first-source')).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(readdirSync(out).sort()).toEqual(['documents', 'manifest.json', 'part-00000.jsonl', 'rejects.jsonl']);
  });

  it('with --read, writes the drafts `figures read --json` prints for the same text, with doc_id', () => {
    const out = join(dir, 'read');
    const r = figures('extract', '--corpus', join(dir, 'corpus.jsonl'), '--out', out, '--workers', '2', '--format', 'jsonl', '--read');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 documents, \d+ mentions, [1-9]\d* draft observations, [1-9]\d* draft claims, 1 rejected /);
    const single = JSON.parse(figures('read', SOURCE, '--json').stdout) as { observations: object[]; claims: object[] };
    expect(single.observations.length).toBeGreaterThan(0);
    expect(single.claims.length).toBeGreaterThan(0);
    const drafts = (table: string, json: string[]) =>
      readFileSync(join(out, table, 'part-00000.jsonl'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((row) => row.doc_id === 'first-source')
        .map((row) => ({ ...row, ...Object.fromEntries(json.map((k) => [k, JSON.parse(row[k] as string)])) }));
    expect(drafts('draft_observations', ['hs_codes', 'evidence'])).toEqual(
      single.observations.map((o) => ({ doc_id: 'first-source', ...o })),
    );
    expect(drafts('draft_claims', ['supplier', 'supplier_names', 'evidence'])).toEqual(
      single.claims.map((c) => ({ doc_id: 'first-source', ...c })),
    );
  });

  it('exits 1 at the first bad line with --on-error fail, naming its line', () => {
    const r = figures('extract', '--corpus', join(dir, 'corpus.jsonl'), '--out', join(dir, 'fail'), '--on-error', 'fail', '--workers', '0');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[corpus-invalid-json\] corpus\.jsonl:3:1: not valid JSON/);
    expect(readdirSync(join(dir, 'fail'))).toEqual([]);
  });

  it('exits 2 on a bad --shard', () => {
    const bad = figures('extract', '--corpus', join(dir, 'corpus.jsonl'), '--out', join(dir, 'x'), '--shard', '2/2');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/error\[corpus-bad-shard\]/);
  });

  it('exits 2 on a bad --worker-memory', () => {
    const bad = figures('extract', '--corpus', join(dir, 'corpus.jsonl'), '--out', join(dir, 'x'), '--worker-memory', '10');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/error\[corpus-bad-worker-memory\] --worker-memory "10" is not a whole number of MB, 64 or more/);
  });

  it('with --read and a small --worker-memory, rejects a document longer than the cap admits as corpus-too-long', () => {
    const long = join(dir, 'long.jsonl');
    // 64 MB admits 0.67 MiB with --read (pipeline/corpus/workerMemory.ts); the default 256 MB admits this document.
    const text = 'Exports rose. '.repeat(60_000);
    writeFileSync(long, JSON.stringify({ id: 'short', text: 'Up 18% in 2023.' }) + '\n' + JSON.stringify({ id: 'long', text }) + '\n');
    const out = join(dir, 'long-out');
    const r = figures('extract', '--corpus', long, '--out', out, '--workers', '1', '--read', '--worker-memory', '64', '--format', 'jsonl');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1 document, 2 mentions, .*1 rejected/);
    expect(JSON.parse(readFileSync(join(out, 'rejects.jsonl'), 'utf8'))).toMatchObject({ code: 'corpus-too-long', location: { line: 2 } });
    const again = figures('extract', '--corpus', long, '--out', out, '--workers', '1', '--read', '--format', 'jsonl');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^2 documents, .* → /);
    expect(again.stdout).not.toMatch(/rejected/);
  });

  it('keeps the single-file mode: extract FILE --json prints the mentions as a JSON array', () => {
    const r = figures('extract', SOURCE, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(JSON.stringify(extractMentions(normalizeText(readFileSync(join(ROOT, SOURCE), 'utf8'))))),
    );
  });
});

describe('figures extract --corpus, its summary line', () => {
  it('counts one document and one mention in the singular', () => {
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, JSON.stringify({ id: 'one', text: 'Exports rose by 18%.' }) + '\n');
    const r = figures('extract', '--corpus', one, '--out', join(dir, 'one'), '--workers', '0', '--format', 'jsonl');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1 document, 1 mention → /);
  });
});
