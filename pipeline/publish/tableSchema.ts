/**
 * Frictionless Table Schema (v2) of a table, derived from its JSON Schema and the manifest:
 * field types, descriptions, one example, constraints (required, unique, enum, pattern,
 * minimum, minLength), primaryKey and foreignKeys.
 *
 * List columns are declared as `string` with their delimiter in the description: the v2 spec
 * text has a `list` type, but the published v2.0 profile (datapackage.org/profiles/2.0,
 * vendored in schemas/vendor/datapackage/) does not accept it, and the package must validate against it.
 * Foreign keys from a list column (claims.supplier) are checked by the build but cannot be
 * expressed in Table Schema, so they are left out here.
 */
import { columns, type JsonSchema, type TableSpec } from '../model/schemas.js';
import { LIST_DELIMITER, columnType } from '../model/columnTypes.js';
import { csvCell } from './csv.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function field(name: string, s: JsonSchema, isKey: boolean): Record<string, Json> {
  const t = columnType(s);
  const type = t.kind === 'list' ? 'string' : t.kind;
  const description =
    t.kind === 'list'
      ? `${s.description ?? ''} A list: items separated by '${LIST_DELIMITER}'; empty (null) when it has none.`.trim()
      : (s.description ?? '');
  const constraints: Record<string, Json> = {};
  if (!t.nullable) constraints.required = true;
  if (isKey) constraints.unique = true;
  const values = s.enum?.filter((v): v is string => typeof v === 'string');
  if (values?.length) constraints.enum = values;
  if (type === 'string' && s.pattern && t.kind !== 'list') constraints.pattern = s.pattern;
  if (type === 'string' && typeof s.minLength === 'number') constraints.minLength = s.minLength;
  if ((type === 'integer' || type === 'number') && typeof s.minimum === 'number') constraints.minimum = s.minimum;
  const example = s.examples?.find((e) => e !== null);
  const out: Record<string, Json> = { name, type };
  if (type === 'date') out.format = 'default';
  if (description) out.description = description;
  if (example !== undefined) out.example = csvCell(example);
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

export function tableSchema(spec: TableSpec): Record<string, Json> {
  const props = spec.schema.properties ?? {};
  const fields = columns(spec.schema).map((n) => field(n, props[n]!, spec.primaryKey.length === 1 && spec.primaryKey[0] === n));
  const foreignKeys = spec.foreignKeys
    .filter((fk) => !fk.list)
    .map((fk) => ({ fields: fk.fields, reference: { resource: fk.reference.resource, fields: fk.reference.fields } }));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    primaryKey: spec.primaryKey,
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}
