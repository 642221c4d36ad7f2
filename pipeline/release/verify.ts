/**
 * `verify`: a fresh build, made in memory from the repository, must equal dist/ byte for
 * byte, and every file that states the version must agree with raw/dataset.yaml. Each
 * differing, missing or extra file is named.
 */
import type { ReadFS } from '../core/fs.js';
import type { Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { checkVersionAgreement } from './agreement.js';
import type { BuildFn } from './plan.js';
import { staleInputs } from './staleInputs.js';
import { compareTrees, readTree } from './tree.js';

export interface VerifyResult {
  /** Files a fresh build makes. */
  built: number;
  problems: Problem[];
}

export async function verifyDist(fs: ReadFS, build: BuildFn, distDir = 'dist'): Promise<VerifyResult> {
  const built = await build(fs);
  const dist = readTree(fs, distDir);
  const { differing, missing, extra } = compareTrees(built, dist);
  const inputs = staleInputs(fs, built, dist, differing);
  const problems: Problem[] = [
    ...differing.map((p) => messages.distStale(p, built.get(p)!.length, dist.get(p)!.length, inputs)),
    ...missing.map((p) => messages.distMissing(p)),
    ...extra.map((p) => messages.distExtra(p)),
    ...checkVersionAgreement(fs),
  ];
  return { built: built.size, problems };
}
