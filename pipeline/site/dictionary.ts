/**
 * The data dictionary: one entry per column, read from the table's JSON Schema (the one
 * source of truth, like the row types and the Frictionless schemas), so the site can never
 * describe a column the data does not have.
 */
import { csvCell } from '../publish/csv.js';
import type { JsonSchema } from '../model/schemas.js';

export interface ColumnDoc {
  name: string;
  /** e.g. "string", "number or null", "list of string", "one of: a, b". */
  type: string;
  nullable: boolean;
  /** What the values are measured in; '' when the column has no unit. */
  unit: string;
  description: string;
  constraints: string[];
  /** The schema's first example as it would appear in the CSV; '' when none. */
  example: string;
}

const typesOf = (s: JsonSchema): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

function typeLabel(s: JsonSchema): string {
  if (s.enum)
    return (
      'one of: ' +
      s.enum
        .filter((v) => v !== null)
        .map((v) => String(v))
        .join(', ')
    );
  const types = typesOf(s).filter((t) => t !== 'null');
  const base = types.map((t) =>
    t === 'array' && s.items ? `list of ${typeLabel(s.items)}` : t === 'string' && s.format ? `${s.format} (string)` : t,
  );
  return base.join(' or ') || 'any';
}

function constraintsOf(s: JsonSchema, required: boolean): string[] {
  const c: string[] = [];
  if (required) c.push('required');
  if (s.pattern !== undefined) c.push(`pattern ${s.pattern}`);
  if (s.format !== undefined) c.push(`format ${s.format}`);
  if (s.minimum !== undefined) c.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) c.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) c.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) c.push(`< ${s.exclusiveMaximum}`);
  if (s.minLength !== undefined) c.push(`length ≥ ${s.minLength}`);
  if (s.maxLength !== undefined) c.push(`length ≤ ${s.maxLength}`);
  if (s.minItems !== undefined) c.push(`items ≥ ${s.minItems}`);
  if (s.maxItems !== undefined) c.push(`items ≤ ${s.maxItems}`);
  if (s.uniqueItems) c.push('items unique');
  if (s.items) for (const ic of constraintsOf(s.items, false)) c.push(`each item: ${ic}`);
  return c;
}

/**
 * The unit: stated by `x-unit` when present; a date column is in ISO 8601; a number column
 * beside a `unit` column is in that row's unit; an offset or length into a text is in UTF-16
 * code units (the project's offset convention, which the descriptions state).
 */
function unitOf(name: string, s: JsonSchema, schema: JsonSchema): string {
  if (s['x-unit']) return s['x-unit'];
  if (s.format === 'date') return 'ISO 8601 date';
  const numeric = typesOf(s).some((t) => t === 'number' || t === 'integer');
  if (typesOf(s).includes('integer') && /UTF-16/.test(s.description ?? '')) return 'UTF-16 code units';
  if (numeric && name !== 'unit' && schema.properties?.unit && (name.startsWith('value') || name === 'value')) return 'as in column unit';
  return '';
}

export function describeColumns(schema: JsonSchema): ColumnDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeLabel(s),
    nullable: typesOf(s).includes('null') || (s.enum?.includes(null) ?? false),
    unit: unitOf(name, s, schema),
    description: s.description ?? '',
    constraints: constraintsOf(s, required.has(name)),
    example: s.examples && s.examples.length > 0 ? csvCell(s.examples[0]) || (s.examples[0] === null ? 'null' : '') : '',
  }));
}
