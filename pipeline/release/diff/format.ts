/** Human-readable rendering of a package diff (the `--json` form is the PackageDiff itself). */
import { formatProblem } from '../../core/messages.js';
import type { Cell, PackageDiff, Row } from './types.js';
import { count } from '../../core/count.js';

const show = (c: Cell): string => (c === null ? 'null' : JSON.stringify(c));

/** A row's key as the reader knows it: the value itself, or a tuple for composite keys. */
export function keyText(key: Row): string {
  const values = Object.values(key);
  return values.length === 1 ? String(values[0]) : `(${values.map(show).join(', ')})`;
}

export function rowKey(row: Row, key: string[] | null): string {
  return key && key.length > 0 ? keyText(Object.fromEntries(key.map((k) => [k, row[k] ?? null]))) : JSON.stringify(row);
}

const versionText = (side: PackageDiff['old']) => (side.version ? `${side.label} (${side.version})` : side.label);

export function formatDiff(diff: PackageDiff): string {
  const lines: string[] = [
    `${versionText(diff.old)} → ${versionText(diff.new)}: ${diff.bump === 'none' ? 'no changes' : `${diff.bump.toUpperCase()} change`}`,
  ];
  for (const r of diff.reasons) lines.push(`  ${r.bump.padEnd(5)}  ${r.text}`);
  for (const [name, t] of Object.entries(diff.tables)) {
    if (t.status === 'unchanged') continue;
    const key = t.primaryKey.after ?? t.primaryKey.before;
    lines.push(
      '',
      `${name}: ${t.status === 'changed' ? `${t.rows.before} → ${t.rows.after} rows` : `table ${t.status}, ${count(t.status === 'added' ? t.rows.after : t.rows.before, 'row')}`}`,
    );
    if (t.status !== 'changed') continue;
    for (const f of t.columns.added) lines.push(`  + column ${f.name} (${f.type})`);
    for (const f of t.columns.removed) lines.push(`  - column ${f.name} (${f.type})`);
    for (const f of t.columns.retyped) lines.push(`  ~ column ${f.name}: ${f.before} → ${f.after}`);
    if (t.columns.reordered) lines.push('  ~ columns reordered');
    for (const r of t.rows.added) lines.push(`  + ${rowKey(r, key)}`);
    for (const r of t.rows.removed) lines.push(`  - ${rowKey(r, t.primaryKey.before)}`);
    for (const c of t.rows.changed) {
      lines.push(`  ~ ${keyText(c.key)}: ${c.cells.map((x) => `${x.field} ${show(x.before)} → ${show(x.after)}`).join('; ')}`);
    }
  }
  if (diff.resources.added.length + diff.resources.removed.length > 0) {
    lines.push('', 'resources:');
    for (const r of diff.resources.added) lines.push(`  + ${r}`);
    for (const r of diff.resources.removed) lines.push(`  - ${r}`);
  }
  if (diff.metadata.length > 0) {
    lines.push('', 'metadata (datapackage.json):');
    for (const m of diff.metadata) lines.push(`  ~ ${m.path}: ${JSON.stringify(m.before)} → ${JSON.stringify(m.after)}`);
  }
  const f = diff.files;
  if (f.added.length + f.removed.length + f.changed.length > 0) {
    lines.push(
      '',
      `other files (site, citation files; they follow the data and the version): ${f.changed.length} changed, ${f.added.length} added, ${f.removed.length} removed`,
    );
  }
  if (diff.warnings.length > 0) lines.push('', ...diff.warnings.map(formatProblem));
  return lines.join('\n') + '\n';
}
