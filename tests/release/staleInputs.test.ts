import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { verifyDist } from '../../pipeline/release/verify.js';
import { SECOND_ID, SECOND_SOURCE, loadTree } from '../fixtures/rawTree.js';

const ANNOTATION = `raw/annotations/${SECOND_ID}.yaml`;

/** The fixture's inputs, and a dist/ built from them after `edit`. */
function builtFrom(edit: (files: Record<string, string>) => void): Record<string, string | Uint8Array> {
  const files = loadTree(SECOND_SOURCE);
  const edited = { ...files };
  edit(edited);
  const dist = build(memoryFS(edited));
  return { ...files, ...Object.fromEntries([...dist].map(([p, b]) => [`dist/${p}`, b])) };
}

describe('verify on a dist/ built from inputs that were not committed (issue 13, item 2)', () => {
  it("names the annotation a correction was built from, in every dist-stale hint, instead of only 'run the build'", async () => {
    const repo = builtFrom((f) => {
      f[ANNOTATION] = f[ANNOTATION]!.replace('attributed_to: customs records compiled', 'attributed_to: customs data compiled');
    });
    const { problems } = await verifyDist(memoryFS(repo), (fs) => build(fs));
    const stale = problems.filter((p) => p.code === 'dist-stale');
    expect(stale.length).toBeGreaterThan(0);
    for (const p of stale) {
      expect(p.hint).toContain(`dist/ was built from other versions of ${ANNOTATION}.`);
      expect(p.hint).toContain('commit those files');
    }
  });
  it('names the sidecar and text too when the sources row differs', async () => {
    const sidecar = `raw/sources/${SECOND_ID}.source.yaml`;
    const repo = builtFrom((f) => {
      f[sidecar] = f[sidecar]!.replace('(invented test text)"', '(invented test text, corrected)"');
    });
    const { problems } = await verifyDist(memoryFS(repo), (fs) => build(fs));
    const hint = problems.find((p) => p.code === 'dist-stale' && p.location.file === 'dist/data/sources.csv')?.hint;
    expect(hint).toContain(sidecar);
  });
  it('keeps the plain hint when no data row explains the difference', async () => {
    const repo = builtFrom(() => {});
    repo['dist/site/index.html'] = 'tampered';
    const { problems } = await verifyDist(memoryFS(repo), (fs) => build(fs));
    const stale = problems.filter((p) => p.code === 'dist-stale');
    expect(stale.map((p) => [p.location.file, p.hint])).toEqual([
      ['dist/site/index.html', "dist/ is stale: run 'npm run build' and commit dist/."],
    ]);
  });
});
