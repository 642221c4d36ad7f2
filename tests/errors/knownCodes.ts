/** The codes pipeline/core/messages.ts defines: a problem with any other code was made outside it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './project.js';

export function knownCodes(): Set<string> {
  const src = readFileSync(join(repoRoot, 'pipeline/core/messages.ts'), 'utf8');
  return new Set([...src.matchAll(/\b(?:err|warn)\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!));
}

/** The codes issue 4 names; each must have a fixture. */
export const ISSUE_CODES = [
  'yaml-syntax',
  'quote-not-found',
  'quote-ambiguous',
  'duplicate-id',
  'unknown-vocabulary',
  'schema',
  'foreign-key',
  'source-changed',
  'invalid-utf8',
  'missing-sidecar',
  'uncovered-mention',
  'interval-order',
] as const;

/**
 * Codes of the build that no edit of raw/ can provoke, because the pipeline itself computes the
 * values they check: they guard against a bug, and tests/errors/tableLevel.test.ts provokes them
 * on doctored tables.
 */
export const TABLE_ONLY_CODES = ['quote-mismatch', 'period-order'] as const;

/** Codes of where the build writes: tests/errors/output.test.ts. */
export const OUTPUT_CODES = ['unsafe-out', 'out-not-package', 'write-failed'] as const;
