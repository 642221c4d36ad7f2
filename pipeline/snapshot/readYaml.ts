/** Reads a curated YAML file through the ReadFS: strict UTF-8, YAML with locations, schema-checked. */
import type { Problem } from '../core/errors.js';
import type { ReadFS } from '../core/fs.js';
import { findBadCharacters } from '../core/badCharacters.js';
import { messages } from '../core/messages.js';
import { readNormalized } from '../core/text.js';
import { parseYaml, type LocatedYaml } from '../core/yaml.js';
import { schemaErrorPaths, validateYaml, type Path } from '../model/ajv.js';
import type { JsonSchema } from '../model/schemas.js';

export interface YamlFile<T> {
  doc: LocatedYaml;
  /** The parsed value; only trustworthy as T when `valid`. */
  value: T;
  valid: boolean;
  /** Where the schema errors are (instance paths), so a caller can skip just those entries. */
  errorPaths: Path[];
}

/**
 * The file's parsed value, schema-validated. `undefined` when it is missing (the caller
 * reports that, since only it knows why the file is needed) or not parseable.
 */
export function readYaml<T>(fs: ReadFS, path: string, schema: JsonSchema, problems: Problem[]): YamlFile<T> | undefined {
  const bytes = fs.read(path);
  if (bytes === undefined) return undefined;
  const text = readNormalized(bytes, path, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, path);
  problems.push(...parsed.problems);
  if (!parsed.doc) return undefined;
  const bad = findBadCharacters(parsed.doc.value);
  for (const b of bad) problems.push(messages.badCharacter({ file: path, ...parsed.doc.locate(b.path) }, b.what, b.path.join('.')));
  if (bad.length > 0) return undefined;
  const schemaProblems = validateYaml(schema, parsed.doc);
  problems.push(...schemaProblems);
  const errorPaths = schemaProblems.length ? schemaErrorPaths(schema, parsed.doc.value) : [];
  return { doc: parsed.doc, value: parsed.doc.value as T, valid: schemaProblems.length === 0, errorPaths };
}
