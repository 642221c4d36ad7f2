/**
 * The version bump a diff calls for (docs/citing.md, after Frictionless's and SemVer's rules):
 * MAJOR when a consumer's code can break (a table, column, resource or row removed; a column
 * renamed, retyped or moved; a key changed), MINOR for additions (tables, columns, rows,
 * resources), PATCH for corrected values and metadata only, otherwise none.
 */
import { maxBump, type Bump } from '../semver.js';
import type { MetadataChange, Reason, TableDiff } from './types.js';
import { count } from '../../core/count.js';

export function tableReasons(name: string, t: TableDiff): Reason[] {
  if (t.status === 'added') return [{ bump: 'minor', text: `table ${name} added (${count(t.rows.after, 'row')})` }];
  if (t.status === 'removed') return [{ bump: 'major', text: `table ${name} removed` }];
  const out: Reason[] = [];
  const { before, after } = t.primaryKey;
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ bump: 'major', text: `table ${name}: primary key changed from (${before?.join(', ')}) to (${after?.join(', ')})` });
  }
  for (const f of t.columns.removed) out.push({ bump: 'major', text: `table ${name}: column ${f.name} removed or renamed` });
  for (const f of t.columns.retyped)
    out.push({ bump: 'major', text: `table ${name}: column ${f.name} retyped from ${f.before} to ${f.after}` });
  if (t.columns.reordered) out.push({ bump: 'major', text: `table ${name}: columns reordered` });
  if (t.rows.removed.length > 0) out.push({ bump: 'major', text: `table ${name}: ${count(t.rows.removed.length, 'row')} removed` });
  for (const f of t.columns.added) out.push({ bump: 'minor', text: `table ${name}: column ${f.name} added` });
  if (t.rows.added.length > 0) out.push({ bump: 'minor', text: `table ${name}: ${count(t.rows.added.length, 'row')} added` });
  const cells = t.rows.changed.reduce((s, r) => s + r.cells.length, 0);
  if (cells > 0)
    out.push({ bump: 'patch', text: `table ${name}: ${count(cells, 'value')} corrected in ${count(t.rows.changed.length, 'row')}` });
  return out;
}

export function classify(
  tables: Record<string, TableDiff>,
  resources: { added: string[]; removed: string[] },
  metadata: MetadataChange[],
): { bump: Bump; reasons: Reason[] } {
  const reasons: Reason[] = [
    ...Object.entries(tables).flatMap(([name, t]) => tableReasons(name, t)),
    ...resources.removed.map((r): Reason => ({ bump: 'major', text: `resource ${r} removed` })),
    ...resources.added.map((r): Reason => ({ bump: 'minor', text: `resource ${r} added` })),
    ...(metadata.length > 0 ? [{ bump: 'patch' as const, text: `metadata changed: ${metadata.map((m) => m.path).join(', ')}` }] : []),
  ];
  const order: Record<Reason['bump'], number> = { major: 0, minor: 1, patch: 2 };
  reasons.sort((a, b) => order[a.bump] - order[b.bump]);
  return { bump: maxBump(...reasons.map((r) => r.bump)), reasons };
}
