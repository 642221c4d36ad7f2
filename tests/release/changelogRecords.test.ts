/**
 * The promise of every recorded CHANGELOG entry: `npm run figures -- zip VERSION` makes, from
 * the repository alone, the zip whose SHA-256 the entry records. A record taken from a release
 * zip that was not the release commit's dist/ (found in session 15: 2.1.1, 2.2.0 and 2.2.1 were
 * recorded from zips written before dist/ was rebuilt) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../pipeline/release/recordOf.js';
import { repoRoot } from './repoCopy.js';

const RECORD = /^## (\S+) — .*\n\nRelease commit `([0-9a-f]{40})`; zip `([^`]+)`, SHA-256 `([0-9a-f]{64})`/gm;

describe('the CHANGELOG records', () => {
  it('give, for every recorded release, the commit and SHA-256 of the zip its release commit makes', () => {
    const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8');
    const records = [...changelog.matchAll(RECORD)].map(([, version, commit, zipName, sha256]) => ({ version, commit, zipName, sha256 }));
    expect(records.length).toBeGreaterThan(0);
    const made = records.map((r) => ({ version: r.version, ...recordOf(repoRoot, r.version!) }));
    expect(made).toEqual(records);
  });
});
