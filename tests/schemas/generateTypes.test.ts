import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateTypes } from '../../pipeline/schemas/generateTypes.js';

describe('generateTypes', () => {
  it('the committed pipeline/types/tables.ts is what the schemas generate (run npm run gen:types)', async () => {
    expect(readFileSync('pipeline/types/tables.ts', 'utf8')).toBe(await generateTypes());
  });
});
