import { describe, expect, it } from 'vitest';
import { memoryFS } from '../../pipeline/core/fs.js';
import { loadSiteInputs } from '../../pipeline/site/inputs.js';
import { TABLES, tableSpec } from '../../pipeline/model/schemas.js';

describe('loadSiteInputs', () => {
  it('reads the documents, and takes the table schemas and manifest from the code, not from the folder', () => {
    const inputs = loadSiteInputs(
      memoryFS({
        'schemas/claims.schema.json': '{"title":"not this one"}',
        'schemas/tables.json': '{"tables":[]}',
        'docs/methodology.md': '# M',
        'CHANGELOG.md': '# C',
      }),
    );
    expect(inputs.schemas!.claims).toBe(tableSpec('claims').schema);
    expect(Object.keys(inputs.schemas!)).toEqual(TABLES.map((t) => t.name));
    expect(inputs.manifest!.tables.find((t) => t.name === 'claims')!.title).toBe(tableSpec('claims').title);
    expect(inputs.docs).toEqual({ methodology: '# M', changelog: '# C' });
  });
  it('normalizes the documents’ line endings, so a Windows checkout builds the same site', () => {
    const inputs = loadSiteInputs(memoryFS({ 'CHANGELOG.md': '\uFEFF# C\r\n\r\n- x\r\n' }));
    expect(inputs.docs!.changelog).toBe('# C\n\n- x\n');
  });
});
