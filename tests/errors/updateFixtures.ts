/**
 * Rewrites the `codes` and `expect` of every tests/fixtures/errors/cases/*.yaml from what the
 * build reports now, keeping each case's code, why and edits. Run after a deliberate change of
 * a message, then read the diff: the fixtures are the record of what users are told.
 *
 *   npx tsx tests/errors/updateFixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { CASES, applyEdits, asRecord, baseFiles, loadFixtures } from './fixtures.js';

for (const fx of loadFixtures()) {
  const { problems } = check(memoryFS(asRecord(applyEdits(baseFiles(), fx.edits))));
  const expect = problems
    .filter((p) => p.code === fx.code)
    .map((p) => ({
      message: p.message,
      location: p.location,
      ...(p.value !== undefined ? { value: p.value } : {}),
      ...(p.hint !== undefined ? { hint: p.hint } : {}),
    }));
  if (expect.length === 0)
    console.error(`${fx.name}: no ${fx.code} problem any more (got ${problems.map((p) => p.code).join(', ') || 'none'})`);
  const path = join(CASES, `${fx.name}.yaml`);
  const { name: _name, ...rest } = fx;
  const next = stringify({ ...rest, codes: problems.map((p) => p.code), expect }, { lineWidth: 0 });
  if (next !== readFileSync(path, 'utf8')) {
    writeFileSync(path, next);
    console.log(`updated ${path}`);
  }
}
