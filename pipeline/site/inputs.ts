/**
 * What the site reads besides the built package: the JSON Schemas and the tables manifest (for
 * the data dictionary and the links between rows) and the hand-written documents. The build
 * gathers them with `loadSiteInputs`, so `buildSite` stays a pure function of its arguments.
 */
import { readText, type ReadFS } from '../core/fs.js';
import { normalizeText } from '../core/text.js';
import { TABLES, type JsonSchema, type TableSpec } from '../model/schemas.js';

export interface SiteDocs {
  /** docs/methodology.md */
  methodology?: string;
  /** docs/interval-policy.md, included in the methodology page when present. */
  intervalPolicy?: string;
  /** CHANGELOG.md at the repository root. */
  changelog?: string;
}

/** schemas/tables.json: order, titles and keys of the tables (the part the site reads). */
export interface TablesManifest {
  tables: Pick<TableSpec, 'name' | 'title' | 'primaryKey' | 'foreignKeys'>[];
}

export interface SiteInputs {
  /** Table name → its JSON Schema (schemas/<table>.schema.json). */
  schemas?: Record<string, JsonSchema>;
  manifest?: TablesManifest;
  docs?: SiteDocs;
}

/**
 * The table schemas and the manifest are the ones the build validated and published against
 * (validate/schemas.ts, part of the code), never a second reading of schemas/ from the project
 * folder: a build of another raw/ tree (--root, a test fixture) documents the same columns its
 * data files have. The documents are read from `fs`: docs/methodology.md,
 * docs/interval-policy.md and CHANGELOG.md (each optional).
 */
export function loadSiteInputs(fs: ReadFS): SiteInputs {
  const schemas: Record<string, JsonSchema> = Object.fromEntries(TABLES.map((t) => [t.name, t.schema]));
  const manifest: TablesManifest = {
    tables: TABLES.map(({ name, title, primaryKey, foreignKeys }) => ({ name, title, primaryKey, foreignKeys })),
  };
  // Normalized like the sources (BOM, CRLF, NFC), so a checkout with Windows line endings builds the same site.
  const doc = (path: string) => {
    const text = readText(fs, path);
    return text === undefined ? undefined : normalizeText(text);
  };
  const docs: SiteDocs = {};
  const methodology = doc('docs/methodology.md');
  const intervalPolicy = doc('docs/interval-policy.md');
  const changelog = doc('CHANGELOG.md');
  if (methodology !== undefined) docs.methodology = methodology;
  if (intervalPolicy !== undefined) docs.intervalPolicy = intervalPolicy;
  if (changelog !== undefined) docs.changelog = changelog;
  return { schemas, manifest, docs };
}
