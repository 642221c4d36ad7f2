/** The vendored standards are byte for byte the upstream files their README names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/core/hash.js';

const VENDOR = join(import.meta.dirname, '..', '..', 'schemas', 'vendor');

/** `file here` → sha256, from the README's tables (| `path` | upstream | blob | `sha256` |). */
function recorded(): Map<string, string> {
  const rows = readFileSync(join(VENDOR, 'README.md'), 'utf8').matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm);
  return new Map([...rows].map((m) => [m[1]!, m[2]!]));
}

describe('schemas/vendor', () => {
  it('records a SHA-256 for each of the five vendored files', () => {
    expect([...recorded().keys()].sort()).toEqual([
      'cff/schema.json',
      'datapackage/datapackage.json',
      'datapackage/dataresource.json',
      'datapackage/tabledialect.json',
      'datapackage/tableschema.json',
    ]);
  });

  it('holds each file unmodified', () => {
    for (const [file, hash] of recorded()) expect([file, sha256(readFileSync(join(VENDOR, file)))]).toEqual([file, hash]);
  });
});
