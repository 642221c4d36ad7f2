/**
 * No code change for a new source: a complete raw/ tree written for the test (an invented
 * text with its sidecar, annotation, vocabularies and dataset.yaml) goes through the same
 * build, real extractor included, and yields the rows its annotation describes.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const tree = build(secondSource());
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(new TextDecoder().decode(tree.get(`data/${table}.csv`)).trimEnd(), { header: true }).data;

describe('a new source, built with no code change', () => {
  it('publishes every table in three formats plus the descriptor and checksums', () => {
    for (const t of ['sources', 'mentions', 'observations', 'entities', 'entity_mentions', 'claims', 'goods', 'indicators', 'countries']) {
      for (const ext of ['csv', 'arrow', 'parquet']) expect(tree.has(`data/${t}.${ext}`), `${t}.${ext}`).toBe(true);
    }
    expect(tree.has('datapackage.json')).toBe(true);
    expect(tree.has('SHA256SUMS')).toBe(true);
  });
  it('finds its figures and reads them as the annotation says', () => {
    expect(csv('mentions').map((m) => [m.text, m.kind])).toEqual([
      ['about $45 million', 'money'],
      ['2024', 'year'],
      ['$12 million', 'money'],
      ['2023', 'year'],
      ['Nearly 60%', 'percent'],
    ]);
    expect(
      csv('observations').map((o) => [
        o.observation_id,
        o.value,
        o.unit,
        o.hedge,
        o.value_low,
        o.value_high,
        o.period_start,
        o.period_end,
        o.method,
      ]),
    ).toEqual([
      [
        'qsy-drone-engines-imports-qfr-2024',
        '45000000',
        'USD',
        'approximately',
        '44500000',
        '45500000',
        '2024-01-01',
        '2024-12-31',
        'curated',
      ],
      ['qsy-drone-engines-imports-qfr-2023', '12000000', 'USD', 'exact', '12000000', '12000000', '2023-01-01', '2023-12-31', 'curated'],
      [
        'qsy-drone-engines-growth-qfr-2024',
        '3.75',
        'ratio',
        'approximately',
        '3.70833333333',
        '3.79166666667',
        '2024-01-01',
        '2024-12-31',
        'derived',
      ],
    ]);
  });
  it('has its source, entities, claims and vocabularies', () => {
    expect(csv('sources').map((s) => [s.source_id, s.characters, s.public_domain])).toEqual([[SECOND_ID, '340', 'true']]);
    expect(csv('entities').map((e) => e.entity_id)).toEqual(['acme-rotors', 'freedonia', 'sylvania', 'trade-watch-institute']);
    expect(csv('claims').map((c) => [c.claim_id, c.supplier, c.certainty])).toEqual([
      ['qfr-drone-engines-asserted', 'freedonia', 'asserted'],
      ['qfr-military-use-denied', 'freedonia', 'denied'],
    ]);
    expect(csv('countries').map((c) => c.country_code)).toEqual(['QFR', 'QSY', 'WLD']);
  });
});
