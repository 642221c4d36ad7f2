/**
 * A stand-in for the package build in release tests: raw/dataset.yaml + raw/tables/<t>.csv
 * (first column the key) → datapackage.json (version, bytes, sha256, Table Schema), the CSVs,
 * CITATION.cff, and a changelog page copied from CHANGELOG.md (as the real site does), so tests
 * can see which inputs a build was given.
 */
import { readText, type FileTree, type ReadFS } from '../../pipeline/core/fs.js';
import { sha256 } from '../../pipeline/core/hash.js';
import { renderCff } from '../../pipeline/release/cff.js';
import { readDatasetMeta } from '../../pipeline/release/datasetYaml.js';

const enc = new TextEncoder();

export function fakeBuild(fs: ReadFS): FileTree {
  const meta = readDatasetMeta(readText(fs, 'raw/dataset.yaml')!);
  const out: FileTree = new Map();
  const resources = fs
    .list('raw/tables')
    .filter((f) => f.endsWith('.csv'))
    .map((f) => {
      const bytes = fs.read(`raw/tables/${f}`)!;
      const header = new TextDecoder().decode(bytes).split('\n')[0]!.split(',');
      out.set(`data/${f}`, bytes);
      return {
        name: f.slice(0, -4),
        path: `data/${f}`,
        format: 'csv',
        bytes: bytes.length,
        hash: `sha256:${sha256(bytes)}`,
        schema: { fields: header.map((name) => ({ name, type: name === 'value' ? 'number' : 'string' })), primaryKey: [header[0]] },
      };
    });
  out.set(
    'datapackage.json',
    enc.encode(
      JSON.stringify({ name: meta.name, version: meta.version, created: `${meta.released}T00:00:00Z`, resources }, null, 2) + '\n',
    ),
  );
  out.set('CITATION.cff', enc.encode(renderCff(meta, [])));
  out.set('site/changelog.html', enc.encode(readText(fs, 'CHANGELOG.md') ?? ''));
  return out;
}

export const datasetYaml = (
  version: string,
  released: string,
) => `# Package metadata: the one place that holds the version and release date.
name: fixture-figures
title: "Fixture figures"
description: Fixture.
version: ${version} # bumped by release
released: "${released}"
homepage: "https://example.org/"
repository: "https://example.org/repo"
licenses:
  - name: CC-BY-4.0
    path: "https://creativecommons.org/licenses/by/4.0/"
    title: "CC BY 4.0"
code_license: MIT
creators:
  - name: "Fixture contributors"
    type: organization
keywords: [fixture]
`;

export const packageJson = (version: string) => JSON.stringify({ name: 'fixture-figures', version, private: true }, null, 2) + '\n';
