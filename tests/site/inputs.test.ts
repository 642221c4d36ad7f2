import { describe, expect, it } from 'vitest';
import { memoryFS } from '../../pipeline/core/fs.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { loadSiteInputs } from '../../pipeline/site/inputs.js';

describe('loadSiteInputs', () => {
  it('reads the table schemas, the manifest and the documents', () => {
    const inputs = loadSiteInputs(
      memoryFS({
        'schemas/claims.schema.json': '{"title":"ClaimsRow"}',
        'schemas/tables.json': '{"tables":[{"name":"claims","title":"Supply claims"}]}',
        'schemas/notes.txt': 'ignored',
        'docs/methodology.md': '# M',
        'CHANGELOG.md': '# C',
      }),
    );
    expect(inputs.schemas).toEqual({ claims: { title: 'ClaimsRow' } });
    expect(inputs.manifest!.tables[0]!.title).toBe('Supply claims');
    expect(inputs.docs).toEqual({ methodology: '# M', changelog: '# C' });
  });
  it('normalizes the documents’ line endings, so a Windows checkout builds the same site', () => {
    const inputs = loadSiteInputs(memoryFS({ 'CHANGELOG.md': '\uFEFF# C\r\n\r\n- x\r\n' }));
    expect(inputs.docs!.changelog).toBe('# C\n\n- x\n');
  });
  it('reports every schema that is not JSON, naming the file', () => {
    try {
      loadSiteInputs(memoryFS({ 'schemas/a.schema.json': '{', 'schemas/b.schema.json': '{"x":1,}' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FiguresError);
      expect((e as FiguresError).problems.map((p) => [p.code, p.location.file])).toEqual([
        ['schema-not-json', 'schemas/a.schema.json'],
        ['schema-not-json', 'schemas/b.schema.json'],
      ]);
      // Where V8 names a position, the message gives its line and column.
      expect((e as FiguresError).problems[1]!.message).toMatch(/^schemas\/b\.schema\.json:1:8: not valid JSON: /);
    }
  });
});
