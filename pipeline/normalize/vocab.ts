/**
 * Vocabulary tables (goods, indicators, countries) and the sources table, from curated YAML,
 * each row remembering its YAML origin so a later problem (a foreign key, a unit) points there.
 */
import type { CountriesRow, GoodsRow, IndicatorsRow, SourcesRow } from '../model/index.js';
import type { Vocabularies } from '../snapshot/index.js';
import type { SnapshotSource } from '../snapshot/readSources.js';
import type { Origins } from '../model/origins.js';

export function vocabularyRows(
  vocab: Vocabularies,
  origins: Origins,
): { goods: GoodsRow[]; indicators: IndicatorsRow[]; countries: CountriesRow[] } {
  const goods = vocab.goods?.valid
    ? vocab.goods.value.map((g, i) => {
        const row: GoodsRow = {
          goods_id: g.id,
          label: g.label,
          hs_codes: g.hs_codes,
          chpl_tier: g.chpl_tier,
          on_chpl: g.chpl_tier !== null,
          basis: g.basis,
          basis_note: g.basis_note,
        };
        origins.set(row, { doc: vocab.goods!.doc, path: [i], keys: { goods_id: 'id', on_chpl: 'chpl_tier' } });
        return row;
      })
    : [];
  const indicators = vocab.indicators?.valid
    ? vocab.indicators.value.map((x, i) => {
        const row: IndicatorsRow = { indicator_id: x.id, label: x.label, measure: x.measure, unit: x.unit, description: x.description };
        origins.set(row, { doc: vocab.indicators!.doc, path: [i], keys: { indicator_id: 'id' } });
        return row;
      })
    : [];
  const countries = vocab.countries?.valid
    ? vocab.countries.value.map((c, i) => {
        const row: CountriesRow = { country_code: c.code, name: c.name };
        origins.set(row, { doc: vocab.countries!.doc, path: [i], keys: { country_code: 'code' } });
        return row;
      })
    : [];
  return { goods, indicators, countries };
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
