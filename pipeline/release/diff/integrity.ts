/**
 * Checks each file against the `bytes` and `hash` its datapackage.json records. A mismatch is
 * a warning, not an error: `diff` still compares what is there (issue 6), but says so.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import type { DataPackage } from './types.js';

interface ResourceRef {
  path?: string | string[];
  hash?: string;
  bytes?: number;
}

/**
 * The file's actual hash, written like the recorded one, when the two differ; undefined when
 * they agree or the algorithm is unknown to Node. Frictionless v2 writes `<algorithm>:<hex>`;
 * bare hex means MD5.
 */
function mismatch(recorded: string, bytes: Uint8Array): string | undefined {
  const prefixed = recorded.includes(':');
  const [algorithm, hex] = prefixed ? (recorded.split(':', 2) as [string, string]) : ['md5', recorded];
  let actual: string;
  try {
    actual = createHash(algorithm).update(bytes).digest('hex');
  } catch {
    return undefined;
  }
  if (actual === hex.toLowerCase()) return undefined;
  return prefixed ? `${algorithm}:${actual}` : actual;
}

export function checkIntegrity(pkg: DataPackage): Problem[] {
  const problems: Problem[] = [];
  const resources = (pkg.descriptor.resources ?? []) as ResourceRef[];
  for (const r of resources) {
    if (typeof r.path !== 'string') continue; // inline data or multi-file resources carry no single hash
    const bytes = pkg.files.get(r.path);
    if (!bytes) {
      problems.push(messages.packageFileMissing(pkg.label, r.path));
      continue;
    }
    if (typeof r.hash === 'string') {
      const actual = mismatch(r.hash, bytes);
      if (actual) problems.push(messages.packageHashMismatch(pkg.label, r.path, r.hash, actual));
    } else if (typeof r.bytes === 'number' && r.bytes !== bytes.length) {
      problems.push(messages.packageHashMismatch(pkg.label, r.path, `${r.bytes} bytes`, `${bytes.length} bytes`));
    }
  }
  return problems;
}
