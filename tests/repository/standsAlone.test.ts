/**
 * The repository stands alone: a clone, a mirror or a fork has nothing beside it, so no file
 * (code, docs, data, the published dist/) may name a folder outside the repository, a machine
 * path, or a design document that is not in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', '.tmp', 'release']);

// Written in pieces so that this file does not match itself.
const FORBIDDEN: Array<[string, RegExp]> = [
  ['the folder beside the repository', new RegExp(['\\.\\.', 'shared'].join('/'))],
  ['a machine path', new RegExp(['', '(work|home|root|Users)', '[A-Za-z._-]+'].join('/'))],
  ['a design document not in the repository', new RegExp(['DESIGN', '(\\.md|\\s§)|', 'TOOLCHAIN', '(\\.md|\\s§)'].join(''))],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : e.isFile() ? [p] : [];
  });
}

/** `file:line: what (the text)` for every forbidden reference in the given texts. */
export function outsideReferences(texts: Array<[string, string]>): string[] {
  const found: string[] = [];
  for (const [file, text] of texts) {
    text.split('\n').forEach((line, i) => {
      for (const [what, re] of FORBIDDEN) {
        const m = re.exec(line);
        if (m) found.push(`${file}:${i + 1}: ${what} (${m[0]})`);
      }
    });
  }
  return found;
}

const BINARY = /\.(arrow|parquet|zip|png|wasm)$/;

describe('the repository stands alone', () => {
  it('no file names a folder outside the repository, a machine path or a document not in it', () => {
    const texts = files(ROOT)
      .filter((f) => !BINARY.test(f))
      .map((f): [string, string] => [relative(ROOT, f), readFileSync(f, 'utf8')]);
    expect(texts.length).toBeGreaterThan(100);
    expect(outsideReferences(texts)).toEqual([]);
  });

  it('catches each kind of reference', () => {
    const sibling = ['..', 'shared', 'specs', 'x.json'].join('/');
    const machine = ['', 'work', 'notes', 'format.md'].join('/');
    const design = ['DESIGN', ' §5'].join('');
    expect(outsideReferences([['a.ts', `read ${sibling}\nsee ${machine}\nper ${design}\nfine: docs/interval-policy.md`]])).toEqual([
      `a.ts:1: the folder beside the repository (${['..', 'shared'].join('/')})`,
      `a.ts:2: a machine path (${['', 'work', 'notes'].join('/')})`,
      `a.ts:3: a design document not in the repository (${['DESIGN', ' §'].join('')})`,
    ]);
  });
});
