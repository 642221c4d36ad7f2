import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../pipeline/core/yaml.js';

describe('parseYaml', () => {
  it('locates a nested value by its path (1-based line and column)', () => {
    const { doc, problems } = parseYaml('observations:\n  - id: a\n    quote: Nearly 70%\n', 'f.yaml');
    expect(problems).toEqual([]);
    expect(doc!.locate(['observations', 0, 'quote'])).toEqual({ line: 3, column: 12 });
  });
  it('falls back to the nearest existing parent for a missing key', () => {
    const { doc } = parseYaml('observations:\n  - id: a\n', 'f.yaml');
    expect(doc!.locate(['observations', 0, 'quote'])).toEqual({ line: 2, column: 5 });
  });
  it('reports a syntax error as yaml-syntax with file, line and column', () => {
    const { doc, problems } = parseYaml('a: 1\nb: [1, 2\n', 'raw/x.yaml');
    expect(doc).toBeUndefined();
    expect(problems[0]!.code).toBe('yaml-syntax');
    expect(problems[0]!.location.file).toBe('raw/x.yaml');
    expect(problems[0]!.location.line).toBeGreaterThan(0);
  });
  it('rejects duplicate keys', () => {
    expect(parseYaml('a: 1\na: 2\n', 'f.yaml').problems[0]!.code).toBe('yaml-syntax');
  });
});

describe('many syntax errors (issue 14, finding 9)', () => {
  it('reports each with its own line as the value', () => {
    const text = Array.from({ length: 300 }, (_, i) => `k${i}: [unclosed ${i}`).join('\n');
    const { problems } = parseYaml(text, 'f.yaml');
    expect(problems.length).toBeGreaterThan(1);
    for (const p of problems) {
      const line = p.location.line!;
      expect(p.value).toBe(text.split('\n')[line - 1]!.slice(0, 200));
    }
  });
});
