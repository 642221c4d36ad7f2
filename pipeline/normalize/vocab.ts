/**
 * Vocabulary tables (goods, indicators, countries) and the sources table, from curated YAML,
 * each row remembering its YAML origin so a later problem (a foreign key, a unit) points there.
 */
import type { CountriesRow, GoodsRow, IndicatorsRow, SourcesRow } from '../model/index.js';
import type { Vocabularies } from '../snapshot/index.js';
import type { SnapshotSource } from '../snapshot/readSources.js';
import type { Origins } from '../model/origins.js';
import type { YamlFile } from '../snapshot/readYaml.js';

/**
 * Ids whose curated entry failed its schema (a vocabulary entry, a source's sidecar, an
 * annotation's entity), by table, or 'all' when the whole file could not be read: the root error
 * is already reported, so a reference to such an id is not reported again (one bad entry once
 * cascaded into an error per reference).
 */
export type BrokenReferences = Partial<Record<'goods' | 'indicators' | 'countries' | 'sources' | 'entities', ReadonlySet<string> | 'all'>>;

/** The entries of a vocabulary file that passed their schema, and the ids of those that did not. */
function entries<T>(
  file: YamlFile<T[]> | undefined,
  idKey: string,
): { ok: [T, number][]; broken: ReadonlySet<string> | 'all' | undefined } {
  if (!file) return { ok: [], broken: 'all' };
  if (!Array.isArray(file.value)) return { ok: [], broken: file.valid ? undefined : 'all' };
  const bad = new Set(file.errorPaths.map((p) => p[0]));
  if (!file.valid && file.errorPaths.some((p) => typeof p[0] !== 'number')) return { ok: [], broken: 'all' };
  const ok: [T, number][] = [];
  const broken = new Set<string>();
  file.value.forEach((e, i) => {
    if (!bad.has(i)) ok.push([e, i]);
    else {
      const id = (e as Record<string, unknown> | null)?.[idKey];
      if (typeof id === 'string') broken.add(id);
    }
  });
  return { ok, broken: broken.size ? broken : undefined };
}

export function vocabularyRows(
  vocab: Vocabularies,
  origins: Origins,
): {
  goods: GoodsRow[];
  indicators: IndicatorsRow[];
  countries: CountriesRow[];
  broader: ReadonlyMap<string, string>;
  broken: BrokenReferences;
} {
  const g = entries(vocab.goods, 'id');
  // Not a published column: corroboration's only use of it, for now ("missiles" within "arms").
  const broader = new Map(g.ok.flatMap(([e]) => (e.broader ? [[e.id, e.broader] as const] : [])));
  const goods = g.ok.map(([e, i]) => {
    const row: GoodsRow = {
      goods_id: e.id,
      label: e.label,
      hs_codes: e.hs_codes,
      chpl_tier: e.chpl_tier,
      on_chpl: e.chpl_tier !== null,
      basis: e.basis,
      basis_note: e.basis_note,
    };
    origins.set(row, { doc: vocab.goods!.doc, path: [i], keys: { goods_id: 'id', on_chpl: 'chpl_tier' } });
    return row;
  });
  const ind = entries(vocab.indicators, 'id');
  const indicators = ind.ok.map(([x, i]) => {
    const row: IndicatorsRow = { indicator_id: x.id, label: x.label, measure: x.measure, unit: x.unit, description: x.description };
    origins.set(row, { doc: vocab.indicators!.doc, path: [i], keys: { indicator_id: 'id' } });
    return row;
  });
  const c = entries(vocab.countries, 'code');
  const countries = c.ok.map(([x, i]) => {
    const row: CountriesRow = { country_code: x.code, name: x.name };
    origins.set(row, { doc: vocab.countries!.doc, path: [i], keys: { country_code: 'code' } });
    return row;
  });
  const broken: BrokenReferences = {};
  if (g.broken) broken.goods = g.broken;
  if (ind.broken) broken.indicators = ind.broken;
  if (c.broken) broken.countries = c.broken;
  return { goods, indicators, countries, broader, broken };
}

export function sourceRow(s: SnapshotSource, origins: Origins): SourcesRow {
  const m = s.sidecar.value;
  const row: SourcesRow = {
    source_id: s.id,
    title: m.title,
    title_basis: m.title_basis ?? null,
    publisher: m.publisher,
    publisher_basis: m.publisher_basis ?? null,
    dateline: m.dateline ?? null,
    byline: m.byline ?? null,
    published: m.published,
    published_inferred: m.published_inferred ?? null,
    published_basis: m.published_basis ?? null,
    url: m.url,
    retrieved: m.retrieved,
    sha256: s.sha256,
    characters: s.text.length,
    language: m.language,
    licence: m.licence,
    public_domain: m.public_domain,
    open_licence: m.open_licence ?? false,
    excerpt: m.excerpt,
    note: m.excerpt_note ?? m.notes ?? null,
  };
  origins.set(row, { doc: s.sidecar.doc, path: [], keys: { source_id: null, note: 'excerpt_note', characters: 'characters' } });
  return row;
}
