import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, repoRoot } from '../repoCopy.js';

const fx = (name: string) => join('tests', 'release', 'fixtures', name);

describe('figures diff', () => {
  it('prints {"bump", "tables", …} with --json and exits 0', () => {
    const r = figures(repoRoot, ['diff', fx('pkg-1.0.0'), fx('pkg-2.0.0-major'), '--json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d).slice(0, 2)).toEqual(['bump', 'old']);
    expect(d.bump).toBe('major');
    expect(Object.keys(d.tables)).toEqual(['sources', 'observations']);
  });

  it('warns on stderr about files that contradict their datapackage.json, and still compares', () => {
    const r = figures(repoRoot, ['diff', fx('pkg-1.0.0'), fx('pkg-1.0.0-tampered')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('~ ru-microelectronics-share-cn-2023: value "90" → "91"');
    expect(r.stderr).toContain('warning[package-hash-mismatch]');
    expect(r.stderr).toContain('data/observations.csv');
  });
});
