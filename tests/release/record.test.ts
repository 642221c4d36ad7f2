import { describe, expect, it } from 'vitest';
import { addRecord, recordedSha256, recordLine, unrecordedVersions } from '../../pipeline/release/record.js';

const LOG = `# Changelog

Preamble.

## 1.0.1 — 2026-12-05

Patch release, compared with 1.0.0.

## 1.0.0 — 2026-11-28

First release.
`;
const R = { commit: 'a'.repeat(40), zipName: 'x-1.0.0.zip', sha256: 'b'.repeat(64) };

describe('release records in the changelog', () => {
  it('lists the versions whose entry records no commit and zip SHA-256 yet, newest first', () => {
    expect(unrecordedVersions(LOG)).toEqual(['1.0.1', '1.0.0']);
  });

  it('puts the record under the heading of that version only, once', () => {
    const once = addRecord(LOG, '1.0.0', R);
    expect(once).toContain(`## 1.0.0 — 2026-11-28\n\n${recordLine('1.0.0', R)}\n\nFirst release.`);
    expect(unrecordedVersions(once)).toEqual(['1.0.1']);
    expect(addRecord(once, '1.0.0', { ...R, sha256: 'c'.repeat(64) })).toBe(once);
  });

  it('says how to make the zip again', () => {
    expect(recordLine('1.0.0', R)).toBe(
      `Release commit \`${'a'.repeat(40)}\`; zip \`x-1.0.0.zip\`, SHA-256 \`${'b'.repeat(64)}\` (\`npm run figures -- zip 1.0.0\` makes it again).`,
    );
  });

  it('reads back the zip SHA-256 recorded for a version, and none for an unrecorded or unknown one', () => {
    const recorded = addRecord(LOG, '1.0.0', R);
    expect(recordedSha256(recorded, '1.0.0')).toBe('b'.repeat(64));
    expect(recordedSha256(recorded, '1.0.1')).toBeUndefined();
    expect(recordedSha256(recorded, '1.0')).toBeUndefined();
  });
});
