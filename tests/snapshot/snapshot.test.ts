import { describe, expect, it } from 'vitest';
import type { Problem } from '../../pipeline/core/errors.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { snapshot } from '../../pipeline/snapshot/index.js';
import { SECOND_ID, loadTree } from '../fixtures/rawTree.js';

const base = () => loadTree('tests/fixtures/second-source');
const TXT = `raw/sources/${SECOND_ID}.txt`;
const SIDE = `raw/sources/${SECOND_ID}.source.yaml`;
const ANN = `raw/annotations/${SECOND_ID}.yaml`;

function snap(edit: (f: Record<string, string | Uint8Array>) => void = () => {}) {
  const files: Record<string, string | Uint8Array> = base();
  edit(files);
  const problems: Problem[] = [];
  const s = snapshot(memoryFS(files), problems);
  return { s, problems, codes: problems.map((p) => p.code) };
}

describe('snapshot', () => {
  it('reads the text, its sidecar, the annotation, the vocabularies and dataset.yaml', () => {
    const { s, problems } = snap();
    expect(problems).toEqual([]);
    expect(s.sources.map((x) => [x.id, x.text.length, x.publicDomain])).toEqual([[SECOND_ID, 340, true]]);
    expect(s.annotations.get(SECOND_ID)?.valid).toBe(true);
    expect(Object.keys(s.vocab).sort()).toEqual(['countries', 'goods', 'indicators']);
    expect(s.dataset?.value.version).toBe('1.0.0');
  });
  it('normalizes a Windows copy (BOM, CRLF) to the same text and hash', () => {
    const { s, problems } = snap((f) => {
      f[TXT] = '\uFEFF' + (f[TXT] as string).replace(/\n/g, '\r\n');
    });
    expect(problems).toEqual([]);
    expect(s.sources[0]!.text).toBe(base()[TXT]);
  });
  it('fails loudly when the text changed since its hash was recorded', () => {
    const { codes, problems } = snap((f) => {
      f[TXT] = (f[TXT] as string).replace('about $45 million', 'about $46 million');
    });
    expect(codes).toEqual(['source-changed']);
    expect(problems[0]!.hint).toContain('sha256: ');
  });
  it('names a missing sidecar, an orphan sidecar, and an unexpected file', () => {
    expect(snap((f) => delete f[SIDE]).codes).toEqual(['missing-sidecar']);
    expect(
      snap((f) => {
        f['raw/sources/other.source.yaml'] = f[SIDE]!;
        f['raw/sources/notes.md'] = 'x';
      }).codes,
    ).toEqual(['unexpected-file', 'missing-source']);
  });
  it('names a missing annotation, an orphan annotation and a mismatched source id', () => {
    expect(snap((f) => delete f[ANN]).codes).toEqual(['missing-annotation']);
    expect(snap((f) => (f['raw/annotations/ghost.yaml'] = 'source: ghost\n')).codes).toEqual(['orphan-annotation']);
    const { problems } = snap((f) => (f[ANN] = (f[ANN] as string).replace(`source: ${SECOND_ID}`, 'source: other')));
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['annotation-source-mismatch', 1]]);
  });
  it('names missing and unknown vocabulary files and a missing dataset.yaml', () => {
    expect(snap((f) => delete f['raw/vocab/goods.yaml']).codes).toEqual(['missing-file']);
    expect(snap((f) => (f['raw/vocab/units.yaml'] = '[]')).codes).toEqual(['unexpected-file']);
    expect(snap((f) => delete f['raw/dataset.yaml']).codes).toEqual(['missing-file']);
  });
  it('locates sidecar schema errors at their line, with a hint', () => {
    const { problems } = snap((f) => (f[SIDE] = (f[SIDE] as string).replace('excerpt: false', 'excerpt: false\nexcerpts: 1')));
    expect(problems.map((p) => [p.code, p.location.line, p.hint])).toEqual([
      ['schema', 14, expect.stringContaining('Did you mean "excerpt"')],
    ]);
  });
  it('checks the recorded character count', () => {
    expect(snap((f) => (f[SIDE] = (f[SIDE] as string).replace('characters: 340', 'characters: 341'))).codes).toEqual(['sidecar-mismatch']);
  });
  it('refuses invalid UTF-8 with its byte offset', () => {
    const { problems } = snap((f) => (f[TXT] = new Uint8Array([0x41, 0xff, 0x42])));
    expect(problems.map((p) => [p.code, p.location.offset])).toEqual([['invalid-utf8', 1]]);
  });
  it('reports a YAML syntax error with its line and column', () => {
    const { problems } = snap((f) => (f[ANN] = 'source: [x\n'));
    expect(problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });
});
