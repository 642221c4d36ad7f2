/**
 * Validate stage: every row of every table against its JSON Schema (ajv, draft 2020-12),
 * then the integrity checks. Rows that fail their schema are still checked for integrity,
 * so one run reports everything it can.
 */
import type { Problem } from '../core/errors.js';
import type { Tables } from '../model/index.js';
import { validateRow } from '../model/ajv.js';
import { checkIntegrity } from './integrity.js';
import type { BrokenReferences } from '../normalize/vocab.js';
import type { Origins } from '../model/origins.js';
import { TABLES } from '../model/schemas.js';

export function validateTables(
  tables: Tables,
  origins: Origins,
  texts: ReadonlyMap<string, string>,
  brokenReferences: BrokenReferences = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const spec of TABLES) {
    (tables[spec.name] as object[]).forEach((row, i) => {
      // Located in the YAML the row came from, when it came from YAML; else by table cell.
      problems.push(...validateRow(spec.schema, row, (field) => origins.locate(row, field, spec.name, i + 1)));
    });
  }
  problems.push(...checkIntegrity(tables, origins, texts, brokenReferences));
  return problems;
}
