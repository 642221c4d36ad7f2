import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryFS } from '../../pipeline/core/fs.js';
import { syncVersion } from '../../pipeline/release/syncVersion.js';

const dec = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const lock = (v: string) =>
  JSON.stringify(
    { name: 'x', version: v, lockfileVersion: 3, packages: { '': { name: 'x', version: v }, 'node_modules/a': { version: '9.9.9' } } },
    null,
    2,
  ) + '\n';

describe('syncVersion', () => {
  it('gives package.json and the root of package-lock.json the version of dataset.yaml, and nothing else', () => {
    const fs = memoryFS({
      'raw/dataset.yaml': 'version: 1.2.0\n',
      'package.json': '{\n  "name": "x",\n  "version": "0.0.0"\n}\n',
      'package-lock.json': lock('0.0.0'),
    });
    const out = syncVersion(fs);
    expect(dec(out.get('package.json'))).toBe('{\n  "name": "x",\n  "version": "1.2.0"\n}\n');
    expect(dec(out.get('package-lock.json'))).toBe(lock('1.2.0'));
  });

  it('returns nothing when every file already agrees', () => {
    const fs = memoryFS({ 'raw/dataset.yaml': 'version: 1.2.0\n', 'package.json': '{\n  "version": "1.2.0"\n}\n' });
    expect(syncVersion(fs).size).toBe(0);
  });

  it('makes the root CITATION.cff a copy of dist/CITATION.cff, and leaves an equal one alone', () => {
    const cff = 'cff-version: 1.2.0\nversion: 1.2.0\n';
    const base = { 'raw/dataset.yaml': 'version: 1.2.0\n', 'dist/CITATION.cff': cff };
    expect(dec(syncVersion(memoryFS(base)).get('CITATION.cff'))).toBe(cff);
    expect(dec(syncVersion(memoryFS({ ...base, 'CITATION.cff': 'version: 1.1.0\n' })).get('CITATION.cff'))).toBe(cff);
    expect(syncVersion(memoryFS({ ...base, 'CITATION.cff': cff })).size).toBe(0);
    expect(syncVersion(memoryFS({ 'raw/dataset.yaml': 'version: 1.2.0\n' })).has('CITATION.cff')).toBe(false);
  });

  it("keeps this repository's root CITATION.cff a copy of its dist/CITATION.cff", () => {
    expect(readFileSync('CITATION.cff')).toEqual(readFileSync('dist/CITATION.cff'));
  });

  it("leaves the repository's own package.json byte for byte as npm formats it", () => {
    for (const file of ['package.json', 'package-lock.json']) {
      const text = readFileSync(file, 'utf8');
      const version = JSON.parse(text).version as string;
      const fs = memoryFS({ 'raw/dataset.yaml': `version: ${version}\n`, [file]: text });
      expect(syncVersion(fs).size).toBe(0);
    }
  });
});

describe('syncVersion and the citation blocks', () => {
  it('rewrites the citation block of README.md and docs/citing.md, and leaves files without one alone', async () => {
    const { renderCitationBlock } = await import('../../pipeline/release/citationBlock.js');
    const { readDatasetMeta } = await import('../../pipeline/release/datasetYaml.js');
    const { datasetYaml } = await import('./fakeBuild.js');
    const yaml = datasetYaml('2.0.0', '2027-01-02');
    const stale = renderCitationBlock(readDatasetMeta(datasetYaml('1.0.0', '2026-11-28')));
    const fs = memoryFS({
      'raw/dataset.yaml': yaml,
      'README.md': `# X\n\n## How to cite\n\n${stale}\n\nMore.\n`,
      'docs/citing.md': 'No block here.\n',
    });
    const out = syncVersion(fs);
    expect([...out.keys()]).toEqual(['README.md']);
    const readme = dec(out.get('README.md'));
    expect(readme).toBe(`# X\n\n## How to cite\n\n${renderCitationBlock(readDatasetMeta(yaml))}\n\nMore.\n`);
    expect(readme).toContain('(Version 2.0.0) [Data set]');
    expect(readme).toContain('\tversion = {2.0.0},');
  });
});
