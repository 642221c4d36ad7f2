/**
 * Every test can fail: none is skipped on a condition, left as a todo, narrowed with `.only`,
 * or returns before its first assertion. The one exception is named here with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Files allowed a skip, and why. */
const ALLOWED: Record<string, string> = {
  // Without Chromium the suite fails in CI and is skipped, visibly and with its reason, elsewhere.
  'tests/site/browser.test.ts': 'runs only with a Chromium; CI fails without one',
  'tests/repository/honestTests.test.ts': 'holds examples of what it finds',
};

/** A skip, todo or only modifier, a skip from the test context, or a test whose body starts with `if (…) return`. */
const PATTERNS: Array<[string, RegExp]> = [
  ['skip', /\b(?:it|test|describe|suite)\s*\.\s*(?:skip|skipIf|runIf|todo|only)\b/],
  ['context skip', /\b(?:ctx|context|t)\s*\.\s*skip\s*\(/],
  ['early return', /\b(?:it|test)\s*\([^\n]*=>\s*\{\s*\n\s*if\s*\([^\n]*\)\s*return\s*;/],
];

/** `name:line` of each match of the patterns in `text`. */
export function findSkips(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of PATTERNS) {
    const global = new RegExp(re.source, 'g');
    for (const m of text.matchAll(global)) out.push(`${name}:${text.slice(0, m.index).split('\n').length}`);
  }
  return out;
}

function testFiles(): string[] {
  return readdirSync(join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => relative(ROOT, join(ROOT, 'tests', f)))
    .sort();
}

describe('honest tests', () => {
  it('skips no test on a condition, and returns early from none', () => {
    const found = testFiles()
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => findSkips(readFileSync(join(ROOT, f), 'utf8')).map((s) => `${f} ${s}`));
    expect(found).toEqual([]);
  });

  it('finds each kind of skip, and not a return inside a helper', () => {
    const text = [
      "describe.skipIf(!ok)('a', () => {});",
      "it.skip('b', () => {});",
      "it('c', (ctx) => { ctx.skip(); });",
      "it('d', () => {",
      '  if (!exists) return;',
      '});',
      'function helper() {',
      '  if (!x) return;',
      '}',
    ].join('\n');
    expect(findSkips(text)).toEqual(['skip:1', 'skip:2', 'context skip:3', 'early return:4']);
  });
});
