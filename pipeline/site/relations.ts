/**
 * Primary and foreign keys of the tables, so every row gets an anchor and every reference a
 * link. Read from the tables manifest (schemas/tables.json, which the build passes); for a table
 * it does not describe, from its JSON Schema: the key is the first column, and a column refers to
 * another table when it bears that table's key name (source_id) or its description says
 * "(→ table)".
 */
import type { JsonSchema } from '../model/schemas.js';
import type { TablesManifest } from './inputs.js';

export interface TableRelations {
  primaryKey: string;
  /** column → referenced table (whose primary key the values are). */
  foreignKeys: Map<string, string>;
}

function declared(manifest: TablesManifest | undefined): Map<string, Partial<TableRelations>> {
  const out = new Map<string, Partial<TableRelations>>();
  for (const t of manifest?.tables ?? []) {
    const rel: Partial<TableRelations> = {};
    const pk = t.primaryKey?.[0];
    if (pk) rel.primaryKey = pk;
    if (t.foreignKeys) rel.foreignKeys = new Map(t.foreignKeys.map((fk) => [fk.fields[0]!, fk.reference.resource || t.name] as const));
    out.set(t.name, rel);
  }
  return out;
}

export function tableRelations(
  tables: readonly string[],
  schemas: Record<string, JsonSchema>,
  manifest?: TablesManifest,
): Map<string, TableRelations> {
  const declarations = declared(manifest);
  const decl = (t: string) => declarations.get(t);
  const keyOf = (t: string) => decl(t)?.primaryKey ?? Object.keys(schemas[t]?.properties ?? {})[0] ?? `${t}_id`;
  const keyOwner = new Map(tables.map((t) => [keyOf(t), t]));
  const out = new Map<string, TableRelations>();
  for (const t of tables) {
    const pk = keyOf(t);
    let fks = decl(t)?.foreignKeys;
    if (!fks) {
      fks = new Map();
      for (const [col, s] of Object.entries(schemas[t]?.properties ?? {})) {
        if (col === pk) continue;
        const arrow = /\(→\s*([a-z0-9_-]+)\)/.exec(s.description ?? '')?.[1];
        const target = arrow && tables.includes(arrow) ? arrow : keyOwner.get(col);
        if (target) fks.set(col, target);
      }
    }
    out.set(t, { primaryKey: pk, foreignKeys: fks });
  }
  return out;
}
