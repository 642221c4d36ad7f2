/**
 * What every page needs to know about the package, indexed once: rows by id, the schemas and
 * the keys between tables, and readable names for ids (goods labels, country names).
 */
import type {
  BuiltPackage,
  ClaimsRow,
  EntitiesRow,
  GoodsRow,
  IndicatorsRow,
  ObservationsRow,
  SourceDoc,
  SourcesRow,
} from '../model/index.js';
import type { JsonSchema } from '../model/schemas.js';
import type { SiteInputs } from './inputs.js';
import { tableRelations, type TableRelations } from './relations.js';

export interface SiteContext {
  pkg: BuiltPackage;
  /** Table names in the order the package lists them. */
  tables: string[];
  schemas: Record<string, JsonSchema>;
  relations: Map<string, TableRelations>;
  /** The table's title from the manifest ("Supply claims"), else its name. */
  tableTitle(table: string): string;
  entity(id: string): EntitiesRow | undefined;
  goods(id: string): GoodsRow | undefined;
  indicator(id: string): IndicatorsRow | undefined;
  source(id: string): SourcesRow | undefined;
  sourceDoc(id: string): SourceDoc | undefined;
  observation(id: string): ObservationsRow | undefined;
  claimsOf(sourceId: string): ClaimsRow[];
  /** "Russia" for RUS: from the countries table, else a country entity, else a built-in name, else the code. */
  countryName(code: string): string;
  /** The goods label for prose ("machine tools"), the id when the goods table lacks it. */
  productName(goodsId: string): string;
}

// Only for codes neither the countries table nor a country entity names; WLD is the
// trade-statistics code for all partners.
const FALLBACK_COUNTRY: Record<string, string> = { WLD: 'all partners', RUS: 'Russia', CHN: 'China', USA: 'the United States' };

function byId<T>(rows: readonly T[], key: keyof T): Map<string, T> {
  return new Map(rows.map((r) => [String(r[key]), r]));
}

/** Lower-cases a label's first letter for use mid-sentence, unless it starts an acronym (UAV). */
export function inProse(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

export function siteContext(pkg: BuiltPackage, inputs: SiteInputs = {}): SiteContext {
  const { tables } = pkg;
  const schemas = inputs.schemas ?? {};
  const titles = new Map<string, string>((inputs.manifest?.tables ?? []).map((t) => [t.name, t.title]));
  const names = Object.keys(tables);
  const entities = byId(tables.entities, 'entity_id');
  const goods = byId(tables.goods, 'goods_id');
  const indicators = byId(tables.indicators, 'indicator_id');
  const sources = byId(tables.sources, 'source_id');
  const observations = byId(tables.observations, 'observation_id');
  const docs = new Map(pkg.sources.map((d) => [d.id, d]));
  const countries = new Map<string, string>();
  for (const c of tables.countries ?? []) countries.set(c.country_code, c.name);
  for (const e of tables.entities) if (e.type === 'country' && e.country && !countries.has(e.country)) countries.set(e.country, e.name);
  return {
    pkg,
    tables: names,
    schemas,
    relations: tableRelations(names, schemas, inputs.manifest),
    tableTitle: (t) => titles.get(t) ?? t,
    entity: (id) => entities.get(id),
    goods: (id) => goods.get(id),
    indicator: (id) => indicators.get(id),
    source: (id) => sources.get(id),
    sourceDoc: (id) => docs.get(id),
    observation: (id) => observations.get(id),
    claimsOf: (sourceId) => tables.claims.filter((c) => c.source_id === sourceId),
    countryName: (code) => countries.get(code) ?? FALLBACK_COUNTRY[code] ?? code,
    productName: (id) => inProse(goods.get(id)?.label ?? id),
  };
}
