/** Opens the fixture packages of tests/release/fixtures/ (see its README). */
import { join } from 'node:path';
import { loadPackage } from '../../../pipeline/release/diff/load.js';
import type { DataPackage } from '../../../pipeline/release/diff/types.js';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

export function fixture(name: 'pkg-1.0.0' | 'pkg-1.0.1-patch' | 'pkg-1.1.0-minor' | 'pkg-2.0.0-major' | 'pkg-1.0.0-tampered'): DataPackage {
  return loadPackage(name, fixturesDir);
}
