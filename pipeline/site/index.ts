/**
 * The documentation site (dist/site/): a pure function of the built package and the site's
 * inputs (schemas, tables manifest, docs), returning dist-relative paths under "site/". The
 * build calls it after the data files and datapackage.json are in `pkg.files`, so the
 * downloads table can list them with their sizes and hashes.
 *
 *   index.html              overview, key figures, charts, tables, sources, downloads, citation
 *   tables/<table>.html     data dictionary from the JSON Schema + every row, anchored at its key
 *   sources/<id>.html       provenance + every figure and claim in its sentence, linked to its row
 *   methodology.html        docs/methodology.md (+ docs/interval-policy.md)
 *   changelog.html          CHANGELOG.md
 *   style.css               the one stylesheet; no script anywhere
 */
import type { FileTree } from '../core/fs.js';
import type { BuiltPackage } from '../model/index.js';
import type { Chart } from './charts/chart.js';
import { comparisonChart } from './charts/comparison.js';
import { comparableGroups, seriesOf } from './charts/groups.js';
import { networkChart } from './charts/network.js';
import { seriesChart } from './charts/series.js';
import { shareChart } from './charts/share.js';
import { siteContext, type SiteContext } from './context.js';
import type { SiteInputs } from './inputs.js';
import { paths } from './links.js';
import { changelogPage, INTERVAL_POLICY_ANCHOR, methodologyPage } from './pages/docs.js';
import { homePage } from './pages/home.js';
import { sourcePage } from './pages/source.js';
import { tablePage } from './pages/table.js';
import { STYLESHEET } from './style.js';

export { loadSiteInputs, type SiteDocs, type SiteInputs } from './inputs.js';

/** The package plus what the site reads besides it (all optional: the site degrades, it does not fail). */
export type SitePackage = BuiltPackage & SiteInputs;

/**
 * The charts of the index page, in page order: shares by product, one chart per series, one
 * per group of comparable figures (charts/groups.ts), the supply network. A chart whose rows
 * are absent is left out.
 */
export function charts(ctx: SiteContext): Chart[] {
  const t = ctx.pkg.tables;
  return [
    shareChart(ctx),
    ...seriesOf(t.observations).map((s) => seriesChart(ctx, s)),
    ...comparableGroups(t).map((g) => comparisonChart(ctx, g)),
    networkChart(ctx),
  ].filter((c): c is Chart => c !== undefined);
}

export function buildSite(pkg: SitePackage): FileTree {
  const ctx = siteContext(pkg, pkg);
  const docs = pkg.docs ?? {};
  const methodology = methodologyPage(ctx, docs);
  // Link the interval policy's section only if the methodology has one (a link must resolve).
  const policyAnchor = methodology[1].includes(`id="${INTERVAL_POLICY_ANCHOR}"`) ? INTERVAL_POLICY_ANCHOR : undefined;
  const pages: [string, string][] = [
    homePage(ctx, charts(ctx), policyAnchor),
    ...ctx.tables.map((t) => tablePage(ctx, t)),
    ...pkg.tables.sources.map((s) => sourcePage(ctx, s)),
    methodology,
    changelogPage(ctx, docs),
    [paths.style, STYLESHEET],
  ];
  const enc = new TextEncoder();
  return new Map(pages.map(([path, text]) => [path, enc.encode(text)]));
}
