import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import type { FileTree } from '../../pipeline/core/fs.js';
import { conformanceProblems } from '../../pipeline/release/conformance.js';
import { secondSource } from '../fixtures/rawTree.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const built = build(secondSource());

function withFile(tree: FileTree, file: string, edit: (text: string) => string): FileTree {
  return new Map([...tree].map(([p, b]): [string, Uint8Array] => [p, p === file ? enc(edit(dec(b))) : b]));
}

describe('conformanceProblems', () => {
  it('finds nothing wrong with what the build publishes', () => {
    expect(conformanceProblems(built)).toEqual([]);
  });

  it('rejects a datapackage.json the Data Package v2.0 profile rejects, naming the field and the value', () => {
    const tree = withFile(built, 'datapackage.json', (t) => JSON.stringify({ ...JSON.parse(t), resources: [], name: 42 }));
    const problems = conformanceProblems(tree);
    expect(problems.map((p) => [p.code, p.location.file, p.location.field])).toEqual(
      expect.arrayContaining([
        ['published-nonconforming', 'datapackage.json', '/name'],
        ['published-nonconforming', 'datapackage.json', '/resources'],
      ]),
    );
    expect(problems.find((p) => p.location.field === '/name')?.value).toBe(42);
    expect(problems[0]?.message).toMatch(/does not conform to the Data Package v2\.0 profile/);
  });

  it('rejects a CITATION.cff without authors', () => {
    const tree = withFile(built, 'CITATION.cff', (t) => t.replace(/^authors:[\s\S]*?(?=^\S)/m, ''));
    const problems = conformanceProblems(tree);
    expect(problems.map((p) => p.code)).toContain('published-nonconforming');
    expect(problems.some((p) => /authors/.test(p.message))).toBe(true);
  });
});

describe('build', () => {
  it('refuses a package whose descriptor the profile rejects, with one coded error per place (exit 1)', () => {
    // A licence path that is not a URL or a POSIX path makes an invalid descriptor.
    const raw = secondSource((files) => {
      files['raw/dataset.yaml'] = files['raw/dataset.yaml']!.replace('- name: CC0-1.0', '- name: "CC0 1.0!"');
    });
    let thrown: unknown;
    try {
      build(raw);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FiguresError);
    expect((thrown as FiguresError).exitCode).toBe(1);
    expect((thrown as FiguresError).problems.map((p) => [p.code, p.location.file, p.location.field])).toEqual([
      ['published-nonconforming', 'datapackage.json', '/licenses/0/name'],
      ['published-nonconforming', 'CITATION.cff', '/license'],
    ]);
  });
});
