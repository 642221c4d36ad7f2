import { describe, expect, it } from 'vitest';
import { memoryFS, type FileTree } from '../../pipeline/core/fs.js';
import { verifyDist } from '../../pipeline/release/verify.js';
import { datasetYaml, fakeBuild, packageJson } from './fakeBuild.js';

const inputs = {
  'raw/dataset.yaml': datasetYaml('1.0.0', '2026-11-28'),
  'raw/tables/observations.csv': 'observation_id,value\nru-a,90\n',
  'package.json': packageJson('1.0.0'),
};
const dist = (tree: FileTree): Record<string, string | Uint8Array> => Object.fromEntries([...tree].map(([p, b]) => [`dist/${p}`, b]));
const fresh = () => dist(fakeBuild(memoryFS(inputs)));

describe('verifyDist', () => {
  it('passes when dist/ is exactly what a fresh build makes', async () => {
    const r = await verifyDist(memoryFS({ ...inputs, ...fresh() }), fakeBuild);
    expect(r.problems).toEqual([]);
    expect(r.built).toBe(4);
  });

  it('names each differing, missing and extra file', async () => {
    const stale = fresh();
    stale['dist/data/observations.csv'] = 'observation_id,value\nru-a,91\n';
    delete stale['dist/CITATION.cff'];
    stale['dist/site/old.html'] = '';
    const r = await verifyDist(memoryFS({ ...inputs, ...stale }), fakeBuild);
    expect(r.problems.map((p) => `${p.code} ${p.location.file}`)).toEqual([
      'dist-stale dist/data/observations.csv',
      'dist-missing dist/CITATION.cff',
      'dist-extra dist/site/old.html',
    ]);
  });

  it('fails when dist/ is stale because an input changed after the build', async () => {
    const r = await verifyDist(
      memoryFS({ ...inputs, ...fresh(), 'raw/tables/observations.csv': 'observation_id,value\nru-a,92\n' }),
      fakeBuild,
    );
    expect(r.problems.map((p) => p.code)).toContain('dist-stale');
  });

  it('fails when package.json disagrees with raw/dataset.yaml', async () => {
    const r = await verifyDist(memoryFS({ ...inputs, ...fresh(), 'package.json': packageJson('0.9.0') }), fakeBuild);
    expect(r.problems.map((p) => `${p.code} ${p.location.file}`)).toEqual(['version-mismatch package.json']);
  });
});
