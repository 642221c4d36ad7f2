/**
 * Markdown from docs/ and CHANGELOG.md to HTML with marked. Raw HTML in the Markdown is shown
 * as text, not passed through (the site stays script-free whatever a doc contains); headings
 * get stable slug ids so sections can be linked; links can be rewritten (a doc's link to
 * another .md file becomes a link to the page that shows it).
 */
import { Marked, type Tokens } from 'marked';
import { escapeHtml, trusted, type Html } from './html.js';

export interface MarkdownOptions {
  /** Added to every heading level (1 turns # into <h2>), capped at h6. */
  demote?: number;
  /** Maps a link target; return it unchanged to keep it. */
  rewriteLink?: (href: string) => string;
  /** Prefix of heading ids, to keep them unique when several documents share a page. */
  idPrefix?: string;
}

/** GitHub-style slug: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): Html {
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth, text }: Tokens.Heading) {
        const level = Math.min(6, depth + (options.demote ?? 0));
        const base = (options.idPrefix ?? '') + (slug(text) || 'section');
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        return `<h${level} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
    walkTokens(token) {
      if ((token.type === 'link' || token.type === 'image') && options.rewriteLink) {
        (token as Tokens.Link).href = options.rewriteLink((token as Tokens.Link).href);
      }
    },
  });
  // A wide table (a changelog's corrected values) scrolls in its own box instead of widening the
  // page on a phone; raw HTML is escaped above, so every <table> here is a Markdown table.
  const out = (marked.parse(markdown) as string)
    .replace(/<table>/g, '<div class="table-wrap"><table>')
    .replace(/<\/table>/g, '</table></div>');
  return trusted(out);
}
