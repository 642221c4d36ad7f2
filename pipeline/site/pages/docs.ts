/**
 * methodology.html (docs/methodology.md, with docs/interval-policy.md included where the
 * methodology asks for it) and changelog.html (CHANGELOG.md), rendered from Markdown.
 */
import type { DatasetMeta } from '../../model/index.js';
import type { SiteContext } from '../context.js';
import { html, type Html } from '../html.js';
import type { SiteDocs } from '../inputs.js';
import { layout } from '../layout.js';
import { linker, paths, webUrl, type Linker } from '../links.js';
import { renderMarkdown } from '../markdown.js';

/** The id of the methodology's "Interval policy" heading, which other pages link to. */
export const INTERVAL_POLICY_ANCHOR = 'interval-policy';

/** The line in docs/methodology.md where docs/interval-policy.md goes. */
const INCLUDE_INTERVAL_POLICY = '<!-- include: interval-policy.md -->';

/**
 * Links between the documents point at the pages that show them; a link to any other file of
 * the repository goes to the repository, since the site does not carry it.
 */
export function docLink(href: string, at: Linker, meta: DatasetMeta): string {
  if (href.startsWith('#') || /^mailto:/i.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return webUrl(href) ?? '#';
  const [path, fragment] = href.split('#', 2) as [string, string | undefined];
  const name = path.split('/').pop() ?? '';
  if (name === 'methodology.md' || name === 'interval-policy.md') return at.methodology(fragment);
  if (name === 'CHANGELOG.md') return at.changelog();
  const clean = path.replace(/^(\.\/|\.\.\/)+/, '');
  const inDocs = !path.startsWith('../') && !path.startsWith('/');
  const repository = webUrl(meta.repository);
  if (!repository) return '#';
  return `${repository.replace(/\/$/, '')}/blob/main/${inDocs ? 'docs/' : ''}${clean.replace(/^\//, '')}${fragment ? `#${fragment}` : ''}`;
}

const stripComments = (md: string) => md.replace(/<!--[\s\S]*?-->/g, '');

export function methodologyPage(ctx: SiteContext, docs: SiteDocs): [string, string] {
  const path = paths.methodology;
  const at = linker(path);
  const rewriteLink = (href: string) => docLink(href, at, ctx.pkg.meta);
  let body: Html;
  if (docs.methodology === undefined) {
    body = html`<h1>Methodology</h1><p>The methodology (docs/methodology.md) is not part of this build.</p>`;
  } else {
    const [before, after] = docs.methodology.includes(INCLUDE_INTERVAL_POLICY)
      ? (docs.methodology.split(INCLUDE_INTERVAL_POLICY, 2) as [string, string])
      : [docs.methodology, undefined];
    const policy =
      docs.intervalPolicy !== undefined
        ? html`<section class="included" id="interval-policy-full"><p class="meta-line">The interval policy in full, as the extractor applies it (docs/interval-policy.md):</p>${renderMarkdown(stripComments(docs.intervalPolicy), { demote: 2, rewriteLink, idPrefix: 'policy-' })}</section>`
        : '';
    body = html`<div class="doc">${renderMarkdown(stripComments(before), { rewriteLink })}${after === undefined ? '' : policy}${
      after === undefined ? '' : renderMarkdown(stripComments(after), { rewriteLink, idPrefix: 'more-' })
    }${after === undefined && docs.intervalPolicy !== undefined ? html`<h2 id="interval-policy-in-full">Interval policy in full</h2>${policy}` : ''}</div>`;
  }
  return [
    path,
    layout(ctx, {
      path,
      title: 'Methodology',
      description: 'How the figures are found, normalized, bounded and attributed, and the limits of the data.',
      section: 'methodology',
      body,
    }),
  ];
}

export function changelogPage(ctx: SiteContext, docs: SiteDocs): [string, string] {
  const path = paths.changelog;
  const at = linker(path);
  const { meta } = ctx.pkg;
  const body =
    docs.changelog === undefined
      ? html`<h1>Changelog</h1><p>No changelog is part of this build. This is version ${meta.version}, released ${meta.released}.</p>`
      : html`<h1>Changelog</h1><div class="doc">${renderMarkdown(stripComments(docs.changelog).replace(/^# .*\n/, ''), { rewriteLink: (href) => docLink(href, at, meta) })}</div>`;
  return [
    path,
    layout(ctx, { path, title: 'Changelog', description: `What changed in each version of ${meta.title}.`, section: 'changelog', body }),
  ];
}
