/**
 * What `suggest` reads besides the new text: the vocabularies (to pre-fill ids that exist) and
 * the other sources' annotations (so an entity already curated is proposed with the same id and
 * fields). Read leniently: a draft is still useful when a vocabulary is missing or invalid — the
 * build, not `suggest`, is where curated files are checked.
 */
import { readText, type ReadFS } from '../core/fs.js';
import { normalizeText } from '../core/text.js';
import { parseYaml } from '../core/yaml.js';
import { findTodos } from '../model/todo.js';
import { RAW, annotationPath, vocabPath } from '../snapshot/layout.js';
import type { AnnotationEntity } from '../types/tables.js';
import type { CountryName } from './countries.js';
import type { GoodsName } from './goods.js';

export interface IndicatorName {
  id: string;
  label: string;
  measure: string;
  unit: string;
}

export interface KnownEntity {
  entity: AnnotationEntity;
  /** The source whose annotation defines it (the first, by file name). */
  source: string;
}

export interface SuggestContext {
  countries: CountryName[];
  goods: GoodsName[];
  indicators: IndicatorName[];
  known: KnownEntity[];
}

/** A curated file's YAML value, read as the build reads it; undefined when missing or unparseable (the build reports that). */
function readLeniently(fs: ReadFS, path: string): unknown {
  const text = readText(fs, path);
  return text === undefined ? undefined : parseYaml(normalizeText(text), path).doc?.value;
}

function readList(fs: ReadFS, path: string): Record<string, unknown>[] {
  const v = readLeniently(fs, path);
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Vocabularies and known entities, skipping the annotation of `exceptSource` (being redrafted). */
export function readContext(fs: ReadFS, exceptSource: string): SuggestContext {
  const countries = readList(fs, vocabPath('countries')).map((c) => ({ code: str(c.code), name: str(c.name) }));
  const goods = readList(fs, vocabPath('goods')).map((g) => ({
    id: str(g.id),
    label: str(g.label),
    aliases: Array.isArray(g.aliases) ? g.aliases.map(str) : [],
  }));
  const indicators = readList(fs, vocabPath('indicators')).map((i) => ({
    id: str(i.id),
    label: str(i.label),
    measure: str(i.measure),
    unit: str(i.unit),
  }));
  const known: KnownEntity[] = [];
  const seen = new Set<string>();
  for (const name of fs.list(RAW.annotations)) {
    const source = /^(.*)\.yaml$/.exec(name)?.[1];
    if (!source || source === exceptSource) continue;
    const doc = readLeniently(fs, annotationPath(source));
    const entities = (doc as { entities?: unknown } | null | undefined)?.entities;
    if (!Array.isArray(entities)) continue;
    for (const e of entities as AnnotationEntity[]) {
      if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || seen.has(e.id)) continue;
      // Another draft's unfinished entity is no model to copy "identically": it would bring its
      // TODOs along under "keep these fields identical".
      if (findTodos(e).length > 0) continue;
      seen.add(e.id);
      known.push({ entity: e, source });
    }
  }
  return {
    countries: countries.filter((c) => c.code),
    goods: goods.filter((g) => g.id),
    indicators: indicators.filter((i) => i.id),
    known,
  };
}
