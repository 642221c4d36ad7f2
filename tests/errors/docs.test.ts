/**
 * docs/errors.md documents every code that pipeline/core/messages.ts defines, and every docs/
 * file a message or hint sends the reader to exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCodes } from './knownCodes.js';
import { repoRoot } from './project.js';

const doc = readFileSync(join(repoRoot, 'docs/errors.md'), 'utf8');
const messagesSource = readFileSync(join(repoRoot, 'pipeline/core/messages.ts'), 'utf8');

describe('docs/errors.md', () => {
  it('names every error code of messages.ts', () => {
    const missing = [...knownCodes()].filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
  it('links only to docs that exist, and so do the messages', () => {
    const linked = [...doc.matchAll(/\]\(([a-z-]+\.md)(?:#[a-z-]+)?\)/g)].map((m) => `docs/${m[1]}`);
    const named = [...messagesSource.matchAll(/docs\/([a-z-]+\.md)/g)].map((m) => `docs/${m[1]}`);
    expect([...new Set([...linked, ...named])].filter((p) => !existsSync(join(repoRoot, p)))).toEqual([]);
  });
});
