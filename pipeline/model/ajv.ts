/**
 * JSON Schema validation (ajv, draft 2020-12) turned into Problems: each error located in
 * the YAML file it came from (line and column) or in a table cell, with a hint — the nearest
 * allowed value or property name where there is one.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { closest } from 'fastest-levenshtein';
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { LocatedYaml } from '../core/yaml.js';
import { guessOf, isTodo } from './todo.js';
import { isoDate, isoPeriod } from './isoHint.js';
import type { JsonSchema } from './schemas.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

// verbose: each error carries the schema object it failed in (parentSchema), for the allowed keys of an unknown one.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv);
// Schemas carry `examples` (for the Table Schemas and the data dictionary); ajv knows the keyword.

const compiled = new WeakMap<JsonSchema, ValidateFunction>();
function validator(schema: JsonSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

export type Path = (string | number)[];

/** Splits an ajv instancePath ("/observations/0/quote") into a path. */
function toPath(instancePath: string): Path {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const k of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[k];
  return v;
}

/** Only the most useful error per instance location: ajv reports every failed branch of a type union. */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const key = `${e.instancePath}|${e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Subschema at an ajv schemaPath, to find allowed values and property names for hints. */
function schemaAt(root: JsonSchema, schemaPath: string): JsonSchema | undefined {
  let s: unknown = root;
  const parts = schemaPath.replace(/^#\//, '').split('/');
  for (const p of parts.slice(0, -1)) {
    if (p === '$ref') continue;
    s = (s as Record<string, unknown> | undefined)?.[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    const ref = (s as { $ref?: string } | undefined)?.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) s = schemaAt(root, ref + '/x');
  }
  return s as JsonSchema | undefined;
}

/** A value as a message shows it: JSON, except the numbers JSON cannot write (NaN, Infinity), which it would show as null. */
const shown = (value: unknown): string => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value));

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const PERIOD_PATTERN = '^\\d{4}(-(Q[1-4]|H[12]|\\d{2}))?(/\\d{4}(-\\d{2})?)?$';

/** What the schemas' recurring patterns ask for, in words, where the field has no description. */
const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$':
    'Ids are slugs: lower-case letters, digits and hyphens, starting with a letter or digit (e.g. ru-machine-tools-share-cn-2023q4).',
  '^[A-Z]{3}$': 'A three-letter upper-case code: ISO 3166-1 alpha-3 for a country (CHN), ISO 4217 for a currency (USD).',
  [DATE_PATTERN]: 'Write a date as YYYY-MM-DD, in quotes.',
  [PERIOD_PATTERN]: 'Write a period as YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM, in quotes.',
  '^[a-z]{2,3}(-[A-Za-z0-9]+)*$': 'A BCP 47 language tag, such as en or zh-Hans.',
  '^https?://':
    'Write a web address starting with https:// or http://; other schemes (javascript:, data:, file:) are never published as links.',
  '^\\d{4}(\\.\\d{2})?$': 'An HS code: four digits, or six as 8407.10, in quotes.',
};

const FORMAT_HINTS: Record<string, string> = {
  date: 'Write YYYY-MM-DD, in quotes.',
  uri: 'Write a full address, starting with https://.',
  'date-time': 'Write YYYY-MM-DDThh:mm:ssZ, in quotes.',
  email: 'Write an e-mail address, name@example.org.',
};

/** The types a `type` error asks for (ajv gives a union as an array or as "string,null"). */
const wantedTypes = (e: ErrorObject): string[] => {
  const wanted = (e.params as { type: string | string[] }).type;
  return Array.isArray(wanted) ? wanted : String(wanted).split(',');
};

const article = (t: string): string =>
  t === 'null' ? 'null' : t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : t === 'integer' ? 'an integer' : `a ${t}`;

/** What to write instead, for a value of the wrong type in hand-edited YAML. */
function typeHint(types: string[], value: unknown): string {
  // YAML reads `period: 2023` as a number and `name: yes` as a boolean: the usual slip.
  if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean'))
    return `Put it in quotes, ${JSON.stringify(String(value))}: unquoted, YAML reads it as a ${typeof value}.`;
  if ((types.includes('number') || types.includes('integer')) && typeof value === 'string' && /^-?\d/.test(value))
    return 'Numbers are written without quotes.';
  if (value === null) return 'An empty value is null: write the value after the colon, or leave the key out if it is optional.';
  if (types.includes('string') && typeof value === 'object')
    return 'Write plain text; a value that starts with [ or { is read as a list or mapping, so put it in quotes.';
  if (types.includes('object')) return 'Write a mapping here: key: value lines, indented under it.';
  if (types.includes('array')) return 'Write a list here: one "- item" line per entry, or [a, b].';
  if (types.includes('boolean')) return 'Write true or false.';
  return `Write ${types.map(article).join(' or ')}.`;
}

function describe(e: ErrorObject, root: JsonSchema, value: unknown, written?: string): { detail: string; hint?: string } {
  const sub = schemaAt(root, e.schemaPath);
  switch (e.keyword) {
    case 'required':
      return {
        detail: `missing required key ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`,
        hint: `Add ${(e.params as { missingProperty: string }).missingProperty}: …`,
      };
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      // The schema the key is unknown in: a $ref'd definition holding a $ref itself is compiled
      // apart, and then the error's schemaPath is relative to it, not to the root.
      const allowed = Object.keys(((e.parentSchema as JsonSchema | undefined) ?? sub)?.properties ?? {});
      return {
        detail: `unknown key ${JSON.stringify(key)}`,
        hint: allowed.length ? `Did you mean ${JSON.stringify(closest(key, allowed))}? Allowed keys: ${allowed.join(', ')}.` : undefined,
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const strings = allowed.filter((a): a is string => typeof a === 'string');
      const near = typeof value === 'string' && strings.length ? closest(value, strings) : undefined;
      return {
        detail: `${shown(value)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
        hint: near ? `Did you mean ${JSON.stringify(near)}?` : 'Write one of the listed values, spelt exactly as shown.',
      };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const hint = sub?.description ? String(sub.description) : PATTERN_HINTS[pattern];
      // A date or period written in words gets its ISO form written out.
      const iso = pattern === DATE_PATTERN ? isoDate(value) : pattern === PERIOD_PATTERN ? isoPeriod(value) : undefined;
      return {
        detail: `${shown(value)} does not match the pattern ${pattern}`,
        hint: iso === undefined ? hint : `${hint ?? ''} Here: ${JSON.stringify(iso)}.`.trim(),
      };
    }
    case 'type': {
      const types = wantedTypes(e);
      // An explicit null (not an empty value) is a decision the field does not allow: say what it takes.
      if (value === null && written !== undefined && written !== '') {
        // A $ref'd definition is compiled apart: its schemaPath is relative to it, parentSchema is not.
        const description = ((e.parentSchema as JsonSchema | undefined) ?? sub)?.description;
        return {
          detail: `null must be ${types.map(article).join(' or ')}: this field cannot be null`,
          hint: `Write ${types.map(article).join(' or ')} here${description ? `; the schema says: ${String(description)}` : '.'}`,
        };
      }
      return {
        detail:
          typeof value === 'number' && !Number.isFinite(value)
            ? `${written !== undefined && written !== shown(value) ? `${written} (read as ${shown(value)})` : shown(value)} must be ${types.map(article).join(' or ')} (a finite one: YAML reads .nan, .inf and 1e400 as NaN and Infinity)`
            : `${shown(value)} must be ${types.map(article).join(' or ')}`,
        hint: typeHint(types, value),
      };
    }
    case 'format':
      return {
        detail: `${shown(value)} is not a valid ${(e.params as { format: string }).format}`,
        hint: FORMAT_HINTS[(e.params as { format: string }).format] ?? 'See the schema of this file in schemas/ for what the field takes.',
      };
    case 'minLength':
      return {
        detail: 'an empty value',
        hint: sub?.description ? String(sub.description) : 'Give the value, or leave the key out if it is optional.',
      };
    default:
      return {
        detail: `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') + ' ' : ''}${e.message ?? 'is invalid'}`,
        hint: sub?.description ? String(sub.description) : 'See the schema of this file in schemas/ for what the field takes.',
      };
  }
}

/**
 * A TODO that 'figures suggest' left (TODO or TODO(guess)) fails whatever rule its field has — a
 * pattern, an enum, a type; it is one thing to do, so it gets its own code and says how to accept
 * the guess: quoted where the field takes a string, bare where it takes a number or a boolean.
 */
function draftValue(e: ErrorObject, at: Location, path: Path, value: string): Problem {
  const field = String([...path].reverse().find((k) => typeof k === 'string') ?? 'the value');
  const guess = guessOf(value);
  const wanted = e.keyword === 'type' ? wantedTypes(e) : ['string'];
  // A guess suggest wrote quoted already (a date, TODO("2024-06-03"), which unquoted YAML reads as a date) keeps its quotes once.
  const quoted = guess !== undefined && /^"[^"\\]*"$/.test(guess);
  const accept = guess === undefined ? undefined : wanted.includes('string') && !quoted ? JSON.stringify(guess) : guess;
  return messages.draftValue(at, field, value, accept);
}

function run(
  schema: JsonSchema,
  data: unknown,
  locate: (path: Path) => Location,
  written: (path: Path) => string | undefined = () => undefined,
): Problem[] {
  const v = validator(schema);
  if (v(data)) return [];
  return prune(v.errors ?? []).map((e) => {
    const path = toPath(e.instancePath);
    const keyPath =
      e.keyword === 'additionalProperties' ? [...path, (e.params as { additionalProperty: string }).additionalProperty] : path;
    const value = e.keyword === 'required' ? undefined : valueAt(data, keyPath);
    if (isTodo(value) && e.keyword !== 'additionalProperties') return draftValue(e, locate(keyPath), keyPath, value);
    if (e.keyword === 'format' && (e.params as { format: string }).format === 'date')
      return messages.invalidDate(locate(keyPath), String(value));
    const { detail, hint } = describe(e, schema, value, written(keyPath));
    // NaN and Infinity would be null in JSON output: the value is then the number as written.
    const shownValue = typeof value === 'number' && !Number.isFinite(value) ? (written(keyPath) ?? shown(value)) : value;
    return messages.schema(locate(keyPath), detail, shownValue, hint);
  });
}

/** Validates a parsed YAML file; problems point at its lines. */
export function validateYaml(schema: JsonSchema, doc: LocatedYaml): Problem[] {
  return run(
    schema,
    doc.value,
    (path) => ({ file: doc.file, ...doc.locate(path) }),
    (path) => doc.written(path),
  );
}

/** Validates one table row; `locate` maps a column (undefined: the whole row) to a location. */
export function validateRow(schema: JsonSchema, data: unknown, locate: (field: string | undefined) => Location): Problem[] {
  return run(schema, data, (path) => locate(path.length ? String(path[0]) : undefined));
}

/** Instance paths of the schema errors of `data` (to skip just the invalid entries of a file). */
export function schemaErrorPaths(schema: JsonSchema, data: unknown): Path[] {
  const v = validator(schema);
  return v(data) ? [] : (v.errors ?? []).map((e) => toPath(e.instancePath));
}

/** Whether `data` is valid, without problems (for type guards). */
export function isValid(schema: JsonSchema, data: unknown): boolean {
  return validator(schema)(data) as boolean;
}
