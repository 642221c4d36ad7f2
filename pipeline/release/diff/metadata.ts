/**
 * Metadata changes between two datapackage.json descriptors: everything except what is
 * compared elsewhere (tables' rows, columns and keys; resources added or removed) and what
 * changes with every release by construction (`version`, `created`, files' `bytes` and `hash`).
 */
import type { MetadataChange } from './types.js';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const omit = (o: Obj, keys: string[]): Obj => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** Fields keyed by name without what the column diff covers (type, format; added/removed fields). */
function fieldsByName(schema: Json): Obj {
  if (!isObj(schema) || !Array.isArray(schema.fields)) return {};
  return Object.fromEntries((schema.fields as Obj[]).map((f) => [String(f.name), omit(f, ['name', 'type', 'format'])]));
}

function normalizeResource(r: Obj): Obj {
  const out = omit(r, ['bytes', 'hash']);
  if (isObj(r.schema)) out.schema = { ...omit(r.schema, ['fields', 'primaryKey']), fields: fieldsByName(r.schema) };
  return out;
}

function resourcesByName(d: Obj): Obj {
  const list = Array.isArray(d.resources) ? (d.resources as Obj[]) : [];
  return Object.fromEntries(list.map((r) => [String(r.name ?? r.path), normalizeResource(r)]));
}

function walk(a: Json, b: Json, path: string, out: MetadataChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      walk(a[k], b[k], path ? `${path}.${k}` : k, out);
    }
    return;
  }
  out.push({ path, before: a ?? null, after: b ?? null });
}

export function diffMetadata(before: Obj, after: Obj): MetadataChange[] {
  const out: MetadataChange[] = [];
  walk(omit(before, ['version', 'created', 'resources']), omit(after, ['version', 'created', 'resources']), '', out);
  const rb = resourcesByName(before);
  const ra = resourcesByName(after);
  for (const name of Object.keys(rb)
    .filter((n) => n in ra)
    .sort()) {
    const a = rb[name] as Obj;
    const b = ra[name] as Obj;
    const base = `resources[${name}]`;
    walk(omit(a, ['schema']), omit(b, ['schema']), base, out);
    const sa = (a.schema ?? {}) as Obj;
    const sb = (b.schema ?? {}) as Obj;
    walk(omit(sa, ['fields']), omit(sb, ['fields']), `${base}.schema`, out);
    const fa = (sa.fields ?? {}) as Obj;
    const fb = (sb.fields ?? {}) as Obj;
    for (const f of Object.keys(fa)
      .filter((n) => n in fb)
      .sort())
      walk(fa[f], fb[f], `${base}.schema.fields[${f}]`, out);
  }
  return out;
}
