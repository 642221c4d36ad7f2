import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { downloads, downloadsTable, fileFormat } from '../../pipeline/site/downloads.js';
import { linker, paths } from '../../pipeline/site/links.js';
import { dom } from './helpers.js';

const enc = new TextEncoder();
const files = new Map([
  ['data/b.parquet', enc.encode('PAR1')],
  ['data/a.csv', enc.encode('a\n1\n')],
  ['datapackage.json', enc.encode('{}')],
  ['site/index.html', enc.encode('<p>')],
]);

describe('downloads', () => {
  it('lists every package file by path with format, size and SHA-256, not the site’s pages', () => {
    const list = downloads(files);
    expect(list.map((d) => d.path)).toEqual(['data/a.csv', 'data/b.parquet', 'datapackage.json']);
    expect(list[0]).toEqual({
      path: 'data/a.csv',
      format: { label: 'CSV', mime: 'text/csv' },
      bytes: 4,
      sha256: createHash('sha256').update('a\n1\n').digest('hex'),
    });
  });
  it('knows the package’s formats', () => {
    expect(fileFormat('data/x.arrow').mime).toBe('application/vnd.apache.arrow.file');
    expect(fileFormat('datapackage.json').label).toBe('Frictionless Data Package');
    expect(fileFormat('data/entities.ftm.json')).toEqual({
      label: 'FollowTheMoney entities (one JSON object a line)',
      mime: 'application/x-ndjson',
    });
    expect(fileFormat('other.json').label).toBe('JSON');
    expect(fileFormat('CITATION.cff').label).toBe('Citation File Format (YAML)');
    expect(fileFormat('SHA256SUMS').mime).toBe('text/plain');
    expect(fileFormat('x.bin').mime).toBe('application/octet-stream');
  });
  it('links each file relative to the page', () => {
    const d = dom(`<div>${downloadsTable(downloads(files), linker(paths.index)).value}</div>`);
    expect([...d.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '../data/a.csv',
      '../data/b.parquet',
      '../datapackage.json',
    ]);
  });
});
