/**
 * Primary and foreign keys of the tables, so every row gets an anchor and every reference a
 * link. Read from the tables manifest (schemas/tables.json) or, failing that, datapackage.json
 * (both use Frictionless' primaryKey/foreignKeys); for a table neither describes, from its JSON
 * Schema: the key is the first column, and a column refers to another table when it bears that
 * table's key name (source_id) or its description says "(→ table)".
 */
import type { JsonSchema } from '../validate/schemas.js';

export interface TableRelations {
  primaryKey: string;
  /** column → referenced table (whose primary key the values are). */
  foreignKeys: Map<string, string>;
}

interface FrictionlessResource {
  name?: string;
  schema?: {
    primaryKey?: string | string[];
    foreignKeys?: { fields: string | string[]; reference: { resource: string } }[];
  };
}

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** A table of the manifest, or a datapackage resource's schema: the same keys. */
type KeyDecl = FrictionlessResource['schema'];

function declarations(doc: unknown): [string, KeyDecl][] {
  const d = doc as { tables?: unknown; resources?: unknown } | undefined;
  if (Array.isArray(d?.tables)) return (d.tables as (KeyDecl & { name?: string })[]).map((t) => [t?.name ?? '', t]);
  if (Array.isArray(d?.resources)) return (d.resources as FrictionlessResource[]).map((r) => [r?.name ?? '', r?.schema]);
  return [];
}

function declared(doc: unknown): Map<string, Partial<TableRelations>> {
  const out = new Map<string, Partial<TableRelations>>();
  for (const [name, schema] of declarations(doc)) {
    if (!name || typeof schema !== 'object' || schema === null) continue;
    const rel: Partial<TableRelations> = {};
    const pk = first(schema.primaryKey);
    if (pk) rel.primaryKey = pk;
    if (Array.isArray(schema.foreignKeys)) {
      rel.foreignKeys = new Map();
      for (const fk of schema.foreignKeys) {
        const field = first(fk?.fields);
        // An empty resource name is Frictionless for "this table".
        if (field && typeof fk.reference?.resource === 'string') rel.foreignKeys.set(field, fk.reference.resource || name);
      }
    }
    out.set(name, rel);
  }
  return out;
}

/** `sources` are tried in order (manifest, then datapackage.json); the first that declares a table wins. */
export function tableRelations(tables: readonly string[], schemas: Record<string, JsonSchema>, ...sources: unknown[]): Map<string, TableRelations> {
  const all = sources.map(declared);
  const decl = (t: string) => all.find((d) => d.has(t))?.get(t);
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
