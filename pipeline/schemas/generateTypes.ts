/**
 * Generates pipeline/types/tables.ts from the JSON Schemas in schemas/ (the one source of
 * truth). `npm run gen:types` writes it; tests/schemas/generateTypes.test.ts fails when the
 * committed file is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { fileURLToPath } from 'node:url';

const BANNER = '/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */';

export async function generateTypes(schemaDir = 'schemas'): Promise<string> {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  const parts = [BANNER];
  for (const f of files) {
    const schema = JSON.parse(readFileSync(`${schemaDir}/${f}`, 'utf8'));
    delete schema.$id; // ids are URLs; the generator would try to resolve them
    const ts = await compile(schema, schema.title, {
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      format: true,
      style: { singleQuote: true, printWidth: 110 },
    });
    parts.push(`// from schemas/${f}\n${ts.trim()}`);
  }
  return parts.join('\n\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync('pipeline/types/tables.ts', await generateTypes());
}
