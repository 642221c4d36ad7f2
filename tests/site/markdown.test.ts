import { describe, expect, it } from 'vitest';
import { renderMarkdown, slug } from '../../pipeline/site/markdown.js';

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown, tables included', () => {
    const out = renderMarkdown('Text with `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n').value;
    expect(out).toContain('<code>code</code>');
    expect(out).toContain('<table>');
  });
  it('shows raw HTML as text instead of passing it through', () => {
    const out = renderMarkdown('Before <script>alert(1)</script> after.\n\n<div onclick="x()">block</div>\n').value;
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<div');
    expect(out).toContain('&lt;script&gt;');
  });
  it('gives headings stable, unique slug ids and demotes them when asked', () => {
    const out = renderMarkdown('# Interval policy\n\n## Hedges\n\n## Hedges\n', { demote: 1, idPrefix: 'p-' }).value;
    expect(out).toContain('<h2 id="p-interval-policy">Interval policy</h2>');
    expect(out).toContain('<h3 id="p-hedges">Hedges</h3>');
    expect(out).toContain('<h3 id="p-hedges-1">Hedges</h3>');
  });
  it('rewrites link targets', () => {
    const out = renderMarkdown('[policy](interval-policy.md)', { rewriteLink: (h) => h.replace('.md', '.html') }).value;
    expect(out).toContain('href="interval-policy.html"');
  });
});

describe('slug', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    expect(slug('HS mapping & its basis')).toBe('hs-mapping-its-basis');
    expect(slug('Limits of the data')).toBe('limits-of-the-data');
  });
});

describe('renderMarkdown tables', () => {
  it('puts a Markdown table in a scroll box, so a wide one never widens the page', () => {
    const out = String(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n'));
    expect(out).toMatch(/^<div class="table-wrap"><table>[\s\S]*<\/table><\/div>\s*$/);
  });
});
