/**
 * YAML with locations: parse errors become `yaml-syntax` problems with line and column, and
 * any value can be located by its path, so schema and integrity errors point into the file.
 */
import { LineCounter, parseDocument, isNode, isScalar, visit, type Alias, type Document } from 'yaml';
import type { Problem } from './errors.js';
import { messages } from './messages.js';

export interface LocatedYaml {
  file: string;
  value: unknown;
  /** 1-based line and column of the node at `path` (or its nearest existing parent). */
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /** The scalar at `path` as the file writes it (`1e400`, `.nan`), to show a value YAML read as NaN or Infinity. */
  written(path: readonly (string | number)[]): string | undefined;
}

export function parseYaml(text: string, file: string): { doc?: LocatedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  // logLevel 'error': a collection used as a key would otherwise print a process warning; it is
  // stringified and then refused by the schema as an unknown key.
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  // Warnings too (an unknown tag silently read as a string): a hand-edited file that "mostly
  // parses" is how bad data gets in.
  // The offending line is the problem's value (cut at 200 characters, for a minified file).
  // Split once, when the first problem needs it: per problem it was quadratic (10,000 errors, 63 s).
  let lines: string[] | undefined;
  const lineText = (line: number): string => ((lines ??= text.split('\n'))[line - 1] ?? '').slice(0, 200);
  const problems = [...document.errors, ...document.warnings].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return messages.yamlSyntax(file, pos.line, pos.col, e.message.split('\n')[0]!, lineText(pos.line));
  });
  if (problems.length > 0) return { problems };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // toJS throws on an alias whose anchor is not set before it, and on alias bombs.
    const alias = badAlias(document);
    const pos = lineCounter.linePos(alias?.range?.[0] ?? 0);
    return { problems: [messages.yamlSyntax(file, pos.line, pos.col, (e as Error).message, lineText(pos.line))] };
  }
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
  const written = (path: readonly (string | number)[]) => {
    const node = document.getIn(path, true);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  };
  return { doc: { file, value, locate, written }, problems };
}

/** The first alias without an anchor before it, else the first alias (for an alias bomb). */
function badAlias(document: Document): Alias | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      first ??= node;
      if (node.resolve(document) === undefined) {
        unresolved = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first;
}
