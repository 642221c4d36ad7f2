/**
 * What the site reads besides the built package: the JSON Schemas (for the data dictionary)
 * and the hand-written documents. `loadSiteInputs` reads them through a ReadFS, so the build
 * does the reading and `buildSite` stays a pure function of its arguments.
 */
import { FiguresError, type Problem } from '../core/errors.js';
import { readText, type ReadFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { lineColumn, normalizeText } from '../core/text.js';
import type { JsonSchema } from '../validate/schemas.js';

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
  tables: { name: string; title?: string; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields?: string[] } }[] }[];
}

export interface SiteInputs {
  /** Table name → its JSON Schema (schemas/<table>.schema.json). */
  schemas?: Record<string, JsonSchema>;
  manifest?: TablesManifest;
  docs?: SiteDocs;
}

const SUFFIX = '.schema.json';

const MANIFEST = 'schemas/tables.json';

/**
 * Reads schemas/*.schema.json, schemas/tables.json, docs/methodology.md,
 * docs/interval-policy.md and CHANGELOG.md (each optional).
 */
export function loadSiteInputs(fs: ReadFS): SiteInputs {
  const schemas: Record<string, JsonSchema> = {};
  const problems: Problem[] = [];
  const parse = (file: string): unknown => {
    try {
      return JSON.parse(readText(fs, file) ?? '');
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      // V8 says where: "… in JSON at position 11"; the curator's editor wants a line and column.
      const position = /at position (\d+)/.exec(detail)?.[1];
      problems.push(messages.schemaNotJson(file, detail, position === undefined ? undefined : lineColumn(readText(fs, file) ?? '', Number(position))));
      return undefined;
    }
  };
  for (const name of fs.list('schemas')) {
    if (!name.endsWith(SUFFIX)) continue;
    const schema = parse(`schemas/${name}`);
    if (schema !== undefined) schemas[name.slice(0, -SUFFIX.length)] = schema as JsonSchema;
  }
  const manifest = fs.read(MANIFEST) === undefined ? undefined : (parse(MANIFEST) as TablesManifest | undefined);
  if (problems.length > 0) throw new FiguresError(problems);
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
  return { schemas, ...(manifest ? { manifest } : {}), docs };
}
