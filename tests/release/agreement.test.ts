import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diskFS, memoryFS } from '../../pipeline/core/fs.js';
import { checkVersionAgreement, versionClaims } from '../../pipeline/release/agreement.js';

const page = (version: string, date: string) =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Dataset', version, datePublished: date })}</script></head></html>`;

const files = (over: Record<string, string> = {}) =>
  memoryFS({
    'raw/dataset.yaml': 'version: 1.0.0\nreleased: "2026-11-28"\n',
    'package.json': '{"version": "1.0.0"}',
    'dist/datapackage.json': '{"version": "1.0.0"}',
    'dist/CITATION.cff': 'version: 1.0.0\ndate-released: "2026-11-28"\n',
    'dist/.zenodo.json': '{"version": "1.0.0", "publication_date": "2026-11-28"}',
    'dist/site/index.html': page('1.0.0', '2026-11-28'),
    'CHANGELOG.md': '# Changelog\n\n## 1.0.0 — 2026-11-28\n',
    ...over,
  });

describe('checkVersionAgreement', () => {
  it('accepts files that all state the version and date of dataset.yaml', () => {
    expect(versionClaims(files())).toHaveLength(9);
    expect(checkVersionAgreement(files())).toEqual([]);
  });

  it('names each file whose version or date disagrees', () => {
    const problems = checkVersionAgreement(
      files({
        'package.json': '{"version": "0.1.0"}',
        'dist/site/index.html': page('1.0.0', '2024-06-01'),
        'dist/CITATION.cff': 'version: 0.9.0\ndate-released: "2026-11-28"\n',
      }),
    );
    expect(problems.map((p) => `${p.code} ${p.location.file} ${p.location.field} ${String(p.value)}`)).toEqual([
      'version-mismatch package.json version 0.1.0',
      'version-mismatch dist/CITATION.cff version 0.9.0',
      'version-mismatch dist/site/index.html release date 2024-06-01',
    ]);
  });

  it('reports a root CITATION.cff that is not a copy of dist/CITATION.cff', () => {
    const cff = 'version: 1.0.0\ndate-released: "2026-11-28"\n';
    expect(checkVersionAgreement(files({ 'CITATION.cff': cff }))).toEqual([]);
    const problems = checkVersionAgreement(files({ 'CITATION.cff': 'version: 0.9.0\n' }));
    expect(problems.map((p) => [p.code, p.location.file])).toEqual([['citation-copy-stale', 'CITATION.cff']]);
    expect(problems[0]!.hint).toMatch(/release --sync/);
  });

  it('reports a site page without Dataset JSON-LD', () => {
    expect(checkVersionAgreement(files({ 'dist/site/index.html': '<html></html>' })).map((p) => p.location.file)).toEqual([
      'dist/site/index.html',
    ]);
  });

  it('holds in this repository: package.json, dist/ and the site agree with raw/dataset.yaml', () => {
    const repo = diskFS('.');
    const claimed = new Set(versionClaims(repo).map(([file]) => file));
    expect(claimed).toContain('package.json');
    // Once the build has written dist/, every generated file must state the version.
    if (existsSync('dist/datapackage.json')) {
      for (const f of ['dist/datapackage.json', 'dist/CITATION.cff', 'dist/.zenodo.json']) expect(claimed).toContain(f);
    }
    if (existsSync('dist/site')) expect(claimed).toContain('dist/site/index.html');
    expect(checkVersionAgreement(repo)).toEqual([]);
  });
});

describe('checkVersionAgreement and citation blocks', () => {
  it('fails for a README whose citation block cites another version', async () => {
    const { renderCitationBlock } = await import('../../pipeline/release/citationBlock.js');
    const { readDatasetMeta } = await import('../../pipeline/release/datasetYaml.js');
    const { datasetYaml } = await import('./fakeBuild.js');
    const old = renderCitationBlock(readDatasetMeta(datasetYaml('0.9.0', '2026-11-28')));
    const fs = memoryFS({ 'raw/dataset.yaml': datasetYaml('1.0.0', '2026-11-28'), 'README.md': old });
    expect(checkVersionAgreement(fs).map((p) => `${p.location.file} ${String(p.value)}`)).toEqual(['README.md 0.9.0']);
    const current = renderCitationBlock(readDatasetMeta(datasetYaml('1.0.0', '2026-11-28')));
    expect(checkVersionAgreement(memoryFS({ 'raw/dataset.yaml': datasetYaml('1.0.0', '2026-11-28'), 'README.md': current }))).toEqual([]);
  });
});
