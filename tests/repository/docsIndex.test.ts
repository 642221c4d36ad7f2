/**
 * A newcomer finds every document from the README: each docs/*.md is linked from README.md, and
 * no relative link of the README or of a document points to a file (or a heading of a Markdown
 * file) that is not there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/cli.js';

const DOCS = readdirSync(join(repoRoot, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const read = (file: string): string => readFileSync(join(repoRoot, file), 'utf8');

/** The relative link targets of a Markdown text, outside code spans and blocks. */
export function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:|^#/.test(t));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('the documentation index', () => {
  it('links every document of docs/ from README.md', () => {
    const linked = new Set(relativeLinks(read('README.md')).map((t) => normalize(t.split('#')[0]!)));
    expect(DOCS.filter((d) => !linked.has(d))).toEqual([]);
  });

  it('has no dead relative link in the README or the documents', () => {
    const dead: string[] = [];
    for (const file of ['README.md', ...DOCS]) {
      for (const target of relativeLinks(read(file))) {
        const [path, hash] = target.split('#') as [string, string | undefined];
        const full = normalize(join(dirname(file), path));
        if (!existsSync(join(repoRoot, full))) dead.push(`${file}: ${target}`);
        else if (hash && full.endsWith('.md')) {
          const headings = [...read(full).matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1]!));
          if (!headings.includes(hash)) dead.push(`${file}: ${target} (no such heading)`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('finds the links of a text but not those inside code', () => {
    expect(relativeLinks('see [a](docs/a.md#x), `[b](b.md)`, [c](https://c.org)\n```\n[d](d.md)\n```')).toEqual(['docs/a.md#x']);
  });
});
