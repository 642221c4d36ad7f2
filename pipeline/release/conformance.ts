/**
 * What the build publishes must conform to the standards it claims: `datapackage.json` to the
 * Frictionless Data Package v2.0 profile and `CITATION.cff` to the CFF 1.2.0 schema, both
 * vendored in schemas/vendor/ (exact versions, offline). A build whose files do not conform is
 * refused like any other error, so dist/ never holds a package a validator would reject.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { Problem } from '../core/errors.js';
import type { FileTree } from '../core/fs.js';
import { messages } from '../core/messages.js';
import cffSchema from '../../schemas/vendor/cff/schema.json' with { type: 'json' };
import dataPackageProfile from '../../schemas/vendor/datapackage/datapackage.json' with { type: 'json' };

// Both schemas are JSON Schema draft-07: ajv's default build, not the 2020-12 one the tables use.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

export interface Standard {
  /** The published file it applies to, relative to dist/. */
  file: string;
  /** How messages name the standard. */
  spec: string;
  parse: (text: string) => unknown;
  schema: object;
}

export const STANDARDS: readonly Standard[] = [
  { file: 'datapackage.json', spec: 'the Data Package v2.0 profile', parse: (t) => JSON.parse(t), schema: dataPackageProfile },
  { file: 'CITATION.cff', spec: 'the Citation File Format 1.2.0 schema', parse: (t) => parse(t), schema: cffSchema },
];

let ajv: InstanceType<typeof Ajv> | undefined;
const compiled = new Map<object, ValidateFunction>();
function validator(schema: object): ValidateFunction {
  ajv ??= (() => {
    const a = new Ajv({ allErrors: true, strict: false });
    addFormats(a);
    // The Data Package profile marks long descriptions as "textarea", an editor hint, not a constraint.
    a.addFormat('textarea', true);
    return a;
  })();
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = ajv.compile(schema)));
  return v;
}

/** ajv's most specific errors: a failed `anyOf`/`oneOf` repeats what its branches said. */
function specific(errors: ErrorObject[]): ErrorObject[] {
  const leaves = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  return leaves.length > 0 ? leaves : errors;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const key of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** Every way in which the tree's published files depart from their standards (none: conforms). */
export function conformanceProblems(tree: FileTree, standards: readonly Standard[] = STANDARDS): Problem[] {
  const problems: Problem[] = [];
  for (const std of standards) {
    const bytes = tree.get(std.file);
    if (!bytes) continue;
    const doc = std.parse(new TextDecoder().decode(bytes));
    const validate = validator(std.schema);
    if (validate(doc)) continue;
    const seen = new Set<string>();
    for (const e of specific(validate.errors ?? [])) {
      const detail = `${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`;
      // One problem per place: the alternatives of a failed anyOf all name the same value.
      if (seen.has(e.instancePath)) continue;
      seen.add(e.instancePath);
      problems.push(messages.publishedNonconforming(std.file, std.spec, e.instancePath, detail, valueAt(doc, e.instancePath)));
    }
  }
  return problems;
}
