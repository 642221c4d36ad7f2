/**
 * No text field holds NUL or a lone surrogate (issue 14, finding 15): a quote ending in half a
 * surrogate pair was published as U+FFFD, no longer the source's words; a NUL was published as is.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { findBadCharacters } from '../../pipeline/core/badCharacters.js';
import { B, applyEdits, asRecord, baseFiles } from '../errors/fixtures.js';

const problemsAfter = (file: string, replace: string, by: string) =>
  check(memoryFS(asRecord(applyEdits(baseFiles(), [{ file, replace, with: by }])))).problems;

describe('bad characters', () => {
  it('finds NUL and lone surrogates in values and keys, with their paths, and passes whole pairs', () => {
    expect(findBadCharacters({ a: ['ok 😀', 'x\uD83D'], 'k\u0000': 'v', b: '\uDE00y' }).map((b) => [b.path.join('.'), b.what])).toEqual([
      ['a.1', 'a lone surrogate (U+D83D)'],
      ['k\u0000', 'NUL (U+0000)'],
      ['b', 'a lone surrogate (U+DE00)'],
    ]);
  });
  it('refuses a quote ending in half a surrogate pair (a YAML escape), located at the quote', () => {
    const ps = problemsAfter(
      `raw/annotations/${B}.yaml`,
      'quote: it had sold no drone engines to Acme Rotors',
      'quote: "it had sold no drone engines to Acme Rotors\\uD83D"',
    );
    const p = ps.find((x) => x.code === 'bad-character')!;
    expect(p).toMatchObject({ value: 'a lone surrogate (U+D83D)', location: { file: `raw/annotations/${B}.yaml`, line: 15 } });
  });
  it('refuses a NUL in a sidecar field and in a source text', () => {
    const ps = problemsAfter(`raw/sources/${B}.source.yaml`, 'title: "Freedonia denies', 'title: "\\0Freedonia denies');
    expect(ps.map((p) => p.code)).toContain('bad-character');
    const files = baseFiles();
    const path = `raw/sources/${B}.txt`;
    files.set(path, new TextEncoder().encode(`${new TextDecoder().decode(files.get(path))}\u0000`));
    expect(check(memoryFS(asRecord(files))).problems.map((p) => p.code)).toContain('bad-character');
  });
});
