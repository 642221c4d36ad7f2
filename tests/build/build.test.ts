import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, check } from '../../pipeline/build.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { diskFS, type FileTree } from '../../pipeline/core/fs.js';
import { sha256 } from '../../pipeline/core/hash.js';
import { previousRelease } from '../../pipeline/release/previous.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

function readTree(root: string): FileTree {
  const tree: FileTree = new Map();
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else tree.set(rel, new Uint8Array(readFileSync(join(root, rel))));
    }
  };
  walk('');
  return tree;
}

const stages: string[] = [];
// As `figures build` does: with the previous release, which each figure's history comes from.
const previous = previousRelease('.');
const tree = build(diskFS('.'), { onStage: (s) => stages.push(s), ...(previous ? { previous } : {}) });

describe('build of this repository', () => {
  it('reproduces the committed dist/ byte for byte (run npm run build and commit dist/ if not)', () => {
    const committed = readTree('dist');
    expect([...committed.keys()].sort()).toEqual([...tree.keys()].sort());
    for (const [path, bytes] of tree) expect(sha256(committed.get(path)!), path).toBe(sha256(bytes));
  });
  it('runs the stages in the order of the phase diagram', () => {
    expect(stages).toEqual([
      'snapshot',
      'extract',
      'normalize',
      'validate',
      'history',
      'publish',
      'release',
      'conformance',
      'site',
      'checksums',
    ]);
  });
  it('is deterministic: a second build gives the same bytes', () => {
    const again = build(diskFS('.'), previous ? { previous } : {});
    expect([...again].map(([p, b]) => [p, sha256(b)])).toEqual([...tree].map(([p, b]) => [p, sha256(b)]));
  });
  it('lists every file in SHA256SUMS with its hash', () => {
    const sums = new TextDecoder().decode(tree.get('SHA256SUMS'));
    const listed = sums
      .trimEnd()
      .split('\n')
      .map((l) => l.split('  ') as [string, string]);
    expect(listed.map(([, p]) => p).sort()).toEqual([...tree.keys()].filter((p) => p !== 'SHA256SUMS').sort());
    for (const [hash, p] of listed) expect(hash).toBe(sha256(tree.get(p)!));
  });
  it('publishes no copyrighted source text whole, and at most half of it in sentences', () => {
    const { sources, tables } = check(diskFS('.'));
    for (const s of sources.filter((x) => !x.shownWhole)) {
      const forms = [s.text, JSON.stringify(s.text).slice(1, -1), s.text.replace(/\n/g, ' ')];
      for (const [path, bytes] of tree) {
        const content = new TextDecoder().decode(bytes);
        for (const f of forms) expect(content.includes(f), `${path} holds the text of ${s.id}`).toBe(false);
      }
      const covered = new Uint8Array(s.text.length);
      for (const rows of [tables.observations, tables.claims, tables.entities]) {
        for (const r of rows as { source_id: string; sentence: string | null }[]) {
          if (r.source_id !== s.id || !r.sentence) continue;
          const at = s.text.indexOf(r.sentence);
          covered.fill(1, at, at + r.sentence.length);
        }
      }
      expect(covered.reduce((a, b) => a + b, 0) / s.text.length).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('build of another project tree', () => {
  it('documents every table on the site from the schemas it published with, though the tree has no schemas/', () => {
    const tree = build(secondSource());
    const page = new TextDecoder().decode(tree.get('site/tables/observations.html'));
    expect(page).toContain('Generated from <code>schemas/observations.schema.json</code>');
    expect(page).not.toContain('No schema was found');
  });
});

describe('build warnings', () => {
  it('a successful build hands its warnings to onWarnings (this fixture has none); a failed one does not', () => {
    const got: unknown[][] = [];
    build(secondSource(), { onWarnings: (w) => got.push(w) });
    expect(got).toEqual([[]]);
    const failing = secondSource((f) => delete f['raw/vocab/goods.yaml']);
    expect(() => build(failing, { onWarnings: (w) => got.push(w) })).toThrow(FiguresError);
    expect(got).toHaveLength(1);
  });
});

describe('build failures', () => {
  it('throws every problem at once and returns nothing', () => {
    const fs = secondSource((f) => {
      const a = `raw/annotations/${SECOND_ID}.yaml`;
      f[a] = f[a]!.replace('quote: $12 million', 'quote: $13 million').replace('certainty: denied', 'certainty: denyed');
      delete f['raw/vocab/goods.yaml'];
    });
    try {
      build(fs);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FiguresError);
      // The missing goods vocabulary is its one error: the references to goods are not reported again.
      expect(new Set((e as FiguresError).problems.map((p) => p.code))).toEqual(new Set(['schema', 'missing-file', 'quote-not-found']));
      expect((e as FiguresError).exitCode).toBe(1);
    }
  });
});

describe('committed dist/', () => {
  it('has the release date of raw/dataset.yaml as created', () => {
    const dp = JSON.parse(readFileSync('dist/datapackage.json', 'utf8'));
    expect(dp.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
