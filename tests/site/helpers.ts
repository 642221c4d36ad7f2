/**
 * Shared by the site tests: the fixture package with the real schemas and tables manifest
 * (the site must describe the real tables), small fixed documents (so others' edits to docs/
 * cannot break these tests), and a DOM parser for the built pages.
 */
import { parseHTML } from 'linkedom';
import { fileURLToPath } from 'node:url';
import { diskFS } from '../../pipeline/core/fs.js';
import { buildSite, loadSiteInputs, type SitePackage } from '../../pipeline/site/index.js';
import { siteContext, type SiteContext } from '../../pipeline/site/context.js';
import { fixturePackage } from './fixtures/package.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

const real = loadSiteInputs(diskFS(REPO));

export const DOCS = {
  methodology:
    '# Methodology\n\nHow figures are found.\n\n## Interval policy\n\nThe rule.\n\n<!-- include: interval-policy.md -->\n\n## Limits of the data\n\nFew sources. <script>alert(1)</script>\n',
  intervalPolicy: '# Interval policy\n\n## Hedges\n\n| hedge | interval |\n|---|---|\n| about | v ± h |\n',
  changelog: '# Changelog\n\n## 0.1.0 — 2024-06-01\n\n- First release. See [the methodology](docs/methodology.md).\n',
};

export function fixtureSitePackage(): SitePackage {
  return { ...fixturePackage(), schemas: real.schemas!, ...(real.manifest ? { manifest: real.manifest } : {}), docs: { ...DOCS } };
}

export function fixtureContext(): SiteContext {
  const pkg = fixtureSitePackage();
  return siteContext(pkg, pkg);
}

let built: Map<string, string> | undefined;
/** The fixture site, built once per test file: path → text. */
export function fixtureSite(): Map<string, string> {
  if (!built) {
    const dec = new TextDecoder();
    built = new Map([...buildSite(fixtureSitePackage())].map(([p, b]) => [p, dec.decode(b)]));
  }
  return built;
}

export function dom(htmlText: string): Document {
  return parseHTML(htmlText).document as unknown as Document;
}
