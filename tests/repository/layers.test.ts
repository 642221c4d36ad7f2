/**
 * The pipeline's layers import only downward: the data model and core helpers under every
 * stage, each stage only from the stages before it, and the tools (reader, suggest, corpus,
 * commands, the CLI) from anything below them but never the other way round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Bottom to top. A module may import from its own layer or any layer before it. `types` holds
 * the types generated from the JSON Schemas; `schemas` is the generator itself, a developer tool.
 */
export const LAYERS = [
  'core',
  'types',
  'model',
  'snapshot',
  'extract',
  'normalize',
  'validate',
  'publish',
  'release',
  'site',
  'build',
  'read',
  'review',
  'suggest',
  'corpus',
  'commands',
  'cli',
  'schemas',
] as const;

const ROOT = join(import.meta.dirname, '..', '..');
const PIPELINE = join(ROOT, 'pipeline');

/** A module's layer: its folder under pipeline/, or for the top-level files their role. */
function layerOf(file: string): string {
  const rel = relative(PIPELINE, file).split(/[\\/]/);
  if (rel.length > 1) return rel[0]!;
  const name = rel[0]!.replace(/\.ts$/, '');
  return name === 'cli' ? 'cli' : 'build';
}

function modules(): string[] {
  return readdirSync(PIPELINE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(PIPELINE, f));
}

/** Every relative import (static, dynamic and type-only) of a module, as a file path. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'))
    .filter((target) => target.startsWith(PIPELINE));
}

const rank = (file: string): number => LAYERS.indexOf(layerOf(file) as (typeof LAYERS)[number]);

/** The edges that go up the layer order, as `from -> to (layer -> layer)`. */
function upward(edges: Array<[string, string]>): string[] {
  return edges
    .filter(([from, to]) => rank(to) > rank(from))
    .map(([from, to]) => `${relative(ROOT, from)} -> ${relative(ROOT, to)} (${layerOf(from)} -> ${layerOf(to)})`);
}

const edges = (files: string[]): Array<[string, string]> =>
  files.flatMap((file) => importsOf(file).map((target): [string, string] => [file, target]));

describe('layers', () => {
  it('places every pipeline module in a known layer', () => {
    const unknown = modules().filter((f) => !LAYERS.includes(layerOf(f) as (typeof LAYERS)[number]));
    expect(unknown.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('lets no module import from a later stage or a tool', () => {
    expect(upward(edges(modules()))).toEqual([]);
  });

  it('reports a stage importing a tool, and a stage importing a later stage', () => {
    const p = (f: string): string => join(PIPELINE, f);
    expect(
      upward([
        [p('validate/integrity.ts'), p('suggest/draft.ts')],
        [p('snapshot/index.ts'), p('validate/index.ts')],
        [p('site/index.ts'), p('model/units.ts')],
        [p('commands/build.ts'), p('build.ts')],
      ]),
    ).toEqual([
      'pipeline/validate/integrity.ts -> pipeline/suggest/draft.ts (validate -> suggest)',
      'pipeline/snapshot/index.ts -> pipeline/validate/index.ts (snapshot -> validate)',
    ]);
  });

  it('finds the imports of a real module, type-only ones included', () => {
    const targets = importsOf(join(PIPELINE, 'model', 'intervals.ts')).map((t) => relative(ROOT, t));
    expect(targets).toContain('pipeline/core/decimal.ts');
    expect(targets).toContain('pipeline/types/tables.ts');
  });
});
