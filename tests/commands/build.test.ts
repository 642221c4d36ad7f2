/**
 * `figures build` in-process, with the pipeline's build replaced by one that reports a warning:
 * a successful build prints its warnings to stderr after the package is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuildOptions } from '../../pipeline/check.js';
import type { Problem } from '../../pipeline/core/errors.js';

const WARNING: Problem = {
  code: 'test-warning',
  severity: 'warning',
  message: 'raw/annotations/x.yaml:3:5: something to look at.',
  location: { file: 'raw/annotations/x.yaml', line: 3, column: 5 },
  value: 'x',
  hint: 'Look at it.',
};

vi.mock('../../pipeline/build.js', () => ({
  build: (_fs: unknown, opts: BuildOptions) => {
    opts.onWarnings?.([WARNING]);
    return new Map([
      ['datapackage.json', new TextEncoder().encode('{}\n')],
      ['CITATION.cff', new TextEncoder().encode('cff-version: 1.2.0\nreferences: [new]\n')],
    ]);
  },
}));

const { registerBuild } = await import('../../pipeline/commands/build.js');

/** A project folder: the build is mocked, but the command checks that raw/ is there. */
function project(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'raw'));
  return root;
}

describe('figures build', () => {
  afterEach(() => vi.restoreAllMocks());
  it('prints the warnings of a successful build to stderr, after writing the package', async () => {
    const root = project('figures-build-warn-');
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const program = new Command().exitOverride();
    registerBuild(program);
    await program.parseAsync(['node', 'figures', 'build', '--root', root]);
    expect(existsSync(join(root, 'dist', 'datapackage.json'))).toBe(true);
    const text = err.join('');
    expect(text).toContain('warning[test-warning] raw/annotations/x.yaml:3:5: something to look at.\n    hint: Look at it.');
    expect(text).toContain('0 error(s), 1 warning(s).');
    expect(text.indexOf('warning[test-warning]')).toBeLessThan(text.indexOf('built '));
  });
  it("refreshes the root CITATION.cff, dist/CITATION.cff's copy, when building into the project's dist/", async () => {
    const root = project('figures-build-cff-');
    writeFileSync(join(root, 'CITATION.cff'), 'cff-version: 1.2.0\nreferences: [old]\n');
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const program = new Command().exitOverride();
    registerBuild(program);
    await program.parseAsync(['node', 'figures', 'build', '--root', root]);
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toBe(readFileSync(join(root, 'dist', 'CITATION.cff'), 'utf8'));
    expect(err.join('')).toContain('CITATION.cff: commit it with dist/');
  });
  it('leaves the root CITATION.cff alone when building elsewhere (--out)', async () => {
    const root = project('figures-build-cff-out-');
    writeFileSync(join(root, 'CITATION.cff'), 'old\n');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const program = new Command().exitOverride();
    registerBuild(program);
    await program.parseAsync(['node', 'figures', 'build', '--root', root, '--out', join(root, 'elsewhere')]);
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toBe('old\n');
  });
});
