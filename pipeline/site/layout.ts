/**
 * The page frame every page shares: language, viewport, the one stylesheet, navigation and a
 * footer with version and licence. No script is loaded, and the icon is an empty data URL so
 * the browser does not ask the host for a favicon that does not exist.
 */
import type { SiteContext } from './context.js';
import { html, type Html } from './html.js';
import { linker, paths, webUrl, type Linker } from './links.js';

/** The data licence, linked only when its path is a web address (site/links.ts, webUrl). */
function licenceLink(licence: { path: string; title: string } | undefined): Html | string {
  if (!licence) return 'see the package';
  const url = webUrl(licence.path);
  return url ? html`<a href="${url}" rel="license">${licence.title}</a>` : licence.title;
}

export type Section = 'home' | 'tables' | 'sources' | 'methodology' | 'changelog';

export interface PageSpec {
  /** dist-relative path of the page (site/…). */
  path: string;
  title: string;
  description: string;
  section: Section;
  body: Html;
  /** Extra head elements (the JSON-LD block). */
  head?: Html;
}

function nav(at: Linker, section: Section): Html {
  const items: [string, string, Section | undefined][] = [
    ['Overview', at.index(), 'home'],
    ['Tables', at.index('tables'), 'tables'],
    ['Sources', at.index('sources'), 'sources'],
    ['Downloads', at.index('downloads'), undefined],
    ['Methodology', at.methodology(), 'methodology'],
    ['Changelog', at.changelog(), 'changelog'],
  ];
  return html`<nav aria-label="Site"><ul>${items.map(
    ([label, href, s]) => html`<li><a href="${href}"${s === section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>`;
}

export function layout(ctx: SiteContext, spec: PageSpec): string {
  const at = linker(spec.path);
  const { meta } = ctx.pkg;
  const licence = meta.licenses[0];
  const title = spec.path === paths.index ? spec.title : `${spec.title} · ${meta.title}`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${spec.description}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${at.style()}">
${spec.head ?? ''}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><div class="inner">
<a class="site-title" href="${at.index()}">${meta.title}</a>
${nav(at, spec.section)}
</div></header>
<main id="main">
${spec.body}
</main>
<footer class="site-footer"><div class="inner">
<p>${meta.title}, version ${meta.version}, released ${meta.released}. Data licence: ${licenceLink(licence)}. Pipeline code: ${meta.code_license}. <a href="${at.index('cite')}">How to cite</a> · <a href="${at.changelog()}">Changelog</a></p>
</div></footer>
</body>
</html>
`.value;
}
