/**
 * The commands that work on a checkout's raw/ refuse a folder without one (not-a-checkout, exit
 * 2), naming the checkout the CLI belongs to — instead of listing every input as missing with the
 * hint to create it, or, for suggest, writing a raw/ of its own where no later command looks.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, repoRoot, runCli } from '../fixtures/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'figures-no-checkout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = join(dir, 'downloads');
const pkg = join(dir, 'figures-9.9.9');
mkdirSync(plain);
mkdirSync(pkg);
writeFileSync(join(plain, 'article.txt'), 'Russia imported 130,000 trucks from China in 2023.\n');
writeFileSync(join(pkg, 'datapackage.json'), '{"resources": []}\n');
writeFileSync(join(pkg, 'SHA256SUMS'), '');

describe('a command that needs raw/, run in a folder without it', () => {
  it.each([['build'], ['validate'], ['verify'], ['review', 'some-source'], ['suggest', 'article.txt']])(
    '%s exits 2 with not-a-checkout naming the folder and the checkout to run it in',
    (...args) => {
      const r = runCli(plain, CLI, args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`error[not-a-checkout] ${plain}: no raw/ folder here, so no checkout of the repository`);
      expect(r.stderr).toContain(`Run it in the repository's root (${repoRoot})`);
      expect(r.stderr).not.toContain('missing-file');
      expect(r.stderr).not.toContain('sha256sum');
    },
  );

  it('suggest writes nothing there', () => {
    runCli(plain, CLI, ['suggest', 'article.txt', '--id', 'news-2024-01-01-trucks']);
    expect(existsSync(join(plain, 'raw'))).toBe(false);
  });

  it('in an unzipped release package, the hint says how to check the package instead', () => {
    const r = runCli(pkg, CLI, ['verify']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "This folder is a release package (it has datapackage.json): check its files with 'sha256sum -c SHA256SUMS'",
    );
  });

  it('a wrong file argument is still told first', () => {
    const r = runCli(plain, CLI, ['suggest', 'missing.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('file-not-found');
  });
});
