/**
 * The FollowTheMoney export (issue 18): data/entities.ftm.json, one entity per line as `ftm`
 * and Aleph read them — documents, then legal entities, then claims as UnknownLinks, then the
 * documents' links to the entities they name. Deterministic: rows in table order, relations
 * sorted by our ids, properties by name, empty properties left out. docs/ftm.md has the mapping.
 */
import type { Tables } from '../../model/index.js';
import { claimLinks, documentations } from './relations.js';
import { document, legalEntity } from './things.js';
import type { FtmEntity } from './types.js';

export const FTM_PATH = 'data/entities.ftm.json';

export function ftmEntities(tables: Tables): FtmEntity[] {
  const sources = new Map(tables.sources.map((s) => [s.source_id, s]));
  return [
    ...tables.sources.map(document),
    ...tables.entities.map((e) => legalEntity(e, sources.get(e.source_id))),
    ...claimLinks(tables),
    ...documentations(tables),
  ];
}

/** One line: the id, the schema, then the non-empty properties by name, each list without repeats. */
function line(e: FtmEntity): string {
  const props = Object.keys(e.properties)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => [k, [...new Set(e.properties[k]!)]] as const)
    .filter(([, v]) => v.length > 0);
  return JSON.stringify({ id: e.id, schema: e.schema, properties: Object.fromEntries(props) });
}

export function toFtm(tables: Tables): Uint8Array {
  return new TextEncoder().encode(
    ftmEntities(tables)
      .map((e) => line(e) + '\n')
      .join(''),
  );
}
