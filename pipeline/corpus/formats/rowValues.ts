/** A table's columns as JavaScript arrays (null for nulls), for the row-oriented formats. */
import type { Table } from 'apache-arrow';

export function columnsOf(table: Table): { names: string[]; columns: unknown[][] } {
  const names = table.schema.fields.map((f) => f.name);
  // Iterating a vector yields null for null slots; toArray() of a numeric vector would not.
  const columns = names.map((_, i) => Array.from(table.getChildAt(i)!) as unknown[]);
  return { names, columns };
}
