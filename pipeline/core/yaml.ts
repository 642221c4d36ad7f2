/**
 * YAML with locations: parse errors become `yaml-syntax` problems with line and column, and
 * any value can be located by its path, so schema and integrity errors point into the file.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './errors.js';
import { messages } from './messages.js';

export interface LocatedYaml {
  file: string;
  value: unknown;
  /** 1-based line and column of the node at `path` (or its nearest existing parent). */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

export function parseYaml(text: string, file: string): { doc?: LocatedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = document.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return messages.yamlSyntax(file, pos.line, pos.col, e.message.split('\n')[0]!);
  });
  if (problems.length > 0) return { problems };
  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? document.contents : document.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { doc: { file, value: document.toJS({ maxAliasCount: 100 }), locate }, problems };
}
