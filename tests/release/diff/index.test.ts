import { describe, expect, it } from 'vitest';
import { diffPackages } from '../../../pipeline/release/diff/index.js';
import { fixture } from './fixtures.js';

describe('diffPackages', () => {
  it('classifies two identical packages as none', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.0'));
    expect(d.bump).toBe('none');
    expect(d.reasons).toEqual([]);
    expect(d.warnings).toEqual([]);
  });

  it('classifies a corrected value and reworded metadata as patch, listing the value with before and after', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.1-patch'));
    expect(d.bump).toBe('patch');
    expect(d.old.version).toBe('1.0.0');
    expect(d.new.version).toBe('1.0.1');
    expect(d.tables.observations!.rows.changed).toEqual([
      { key: { observation_id: 'ru-machine-tools-share-cn-2023q4' }, cells: [{ field: 'value_low', before: '65', after: '60' }] },
    ]);
    expect(d.metadata.map((m) => m.path)).toEqual(['description', 'resources[observations].schema.fields[value].description']);
    expect(d.tables.sources!.status).toBe('unchanged');
  });

  it('classifies added rows, a column and a table as minor', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.1.0-minor'));
    expect(d.bump).toBe('minor');
    expect(d.reasons.map((r) => r.text)).toEqual([
      'table sources: 1 row added',
      'table observations: column attributed_to added',
      'table observations: 1 row added',
      'table indicators added (1 row)',
    ]);
    // Filling the new column is not a correction of old values.
    expect(d.tables.observations!.rows.changed).toEqual([]);
  });

  it('classifies a removed row, a removed column and a retyped column as major', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-2.0.0-major'));
    expect(d.bump).toBe('major');
    expect(d.reasons.filter((r) => r.bump === 'major').map((r) => r.text)).toEqual([
      'table observations: column hedge removed or renamed',
      'table observations: column value retyped from number to string',
      'table observations: 1 row removed',
    ]);
    expect(d.tables.observations!.rows.removed.map((r) => r.observation_id)).toEqual(['ru-semiconductors-imports-cn-2021']);
  });

  it('classifies the reverse of an addition (a table removed) as major', () => {
    const d = diffPackages(fixture('pkg-1.1.0-minor'), fixture('pkg-1.0.0'));
    expect(d.bump).toBe('major');
    expect(d.reasons.map((r) => r.text)).toContain('table indicators removed');
  });

  it('still compares a package whose file does not match its recorded hash, with a warning naming the file', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.0-tampered'));
    expect(d.warnings.map((w) => [w.code, w.severity, w.location.file])).toEqual([
      ['package-hash-mismatch', 'warning', 'data/observations.csv'],
    ]);
    expect(d.warnings[0]!.message).toContain('pkg-1.0.0-tampered');
    expect(d.tables.observations!.rows.changed[0]!.cells).toEqual([{ field: 'value', before: '90', after: '91' }]);
    expect(d.bump).toBe('patch');
  });

  it('reports other files that differ without letting them decide the bump', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.1-patch'));
    expect(d.files).toEqual({ added: [], removed: [], changed: ['CITATION.cff', 'site/index.html'] });
  });
});
