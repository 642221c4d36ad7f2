/**
 * Every user-facing message of the project lives here (Vega-Lite's log/message style):
 * one function per stable error code, returning a Problem with location, value and hint.
 * Other modules never build message strings themselves; they call these.
 */
import type { Location, Problem } from './errors.js';

const err = (code: string, message: string, location: Location, value?: unknown, hint?: string): Problem => ({
  code,
  severity: 'error',
  message,
  location,
  ...(value !== undefined ? { value } : {}),
  ...(hint !== undefined ? { hint } : {}),
});

const warn = (code: string, message: string, location: Location, value?: unknown, hint?: string): Problem => ({
  ...err(code, message, location, value, hint),
  severity: 'warning',
});

const q = (v: unknown): string => JSON.stringify(v);

export const messages = {
  // ---- usage (exit 2) ----
  usage: (detail: string, hint = "Run 'npm run figures -- --help' for the commands and their options.") =>
    err('usage', detail, {}, undefined, hint),
  fileNotFound: (file: string) =>
    err('file-not-found', `${file}: no such file.`, { file }, file, 'Check the path; it is read relative to the current folder.'),

  // ---- input text ----
  invalidUtf8: (file: string, byteOffset: number) =>
    err(
      'invalid-utf8',
      `${file}: not valid UTF-8 at byte ${byteOffset}.`,
      { file, offset: byteOffset },
      byteOffset,
      'Re-save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    ),
  missingSidecar: (file: string, sidecar: string) =>
    err(
      'missing-sidecar',
      `${file}: no provenance sidecar; expected ${sidecar}.`,
      { file },
      sidecar,
      `Create ${sidecar} (see docs/adding-a-source.md), or run 'npm run figures -- suggest ${file}' to draft it.`,
    ),
  orphanSidecar: (sidecar: string, text: string) =>
    err('missing-source', `${sidecar}: sidecar without its text; expected ${text}.`, { file: sidecar }, text, `Add ${text}, or delete the sidecar.`),
  sourceChanged: (file: string, recorded: string, actual: string, sidecar: string) =>
    err(
      'source-changed',
      `${file}: the text changed since it was recorded: its SHA-256 is ${actual}, the sidecar says ${recorded}.`,
      { file },
      actual,
      `Source texts are never edited. If the change is deliberate (a corrected copy), set sha256: ${actual} in ${sidecar} and say why in its notes.`,
    ),

  // ---- YAML ----
  yamlSyntax: (file: string, line: number, column: number, detail: string) =>
    err('yaml-syntax', `${file}:${line}:${column}: YAML syntax error: ${detail}`, { file, line, column }, undefined, 'Check indentation and quoting at that line; strings with a colon or # need quotes.'),
};

export type MessageCode = keyof typeof messages;

/** One line per problem: "error[code] file:line:col: message (hint)". */
export function formatProblem(p: Problem): string {
  const hint = p.hint ? `\n    hint: ${p.hint}` : '';
  return `${p.severity}[${p.code}] ${p.message}${hint}`;
}

/** Formats problems, showing at most `cap` of each code and counting the rest. */
export function formatProblems(problems: Problem[], cap = 20): string {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const p of problems) {
    const n = (shown.get(p.code) ?? 0) + 1;
    shown.set(p.code, n);
    if (n <= cap) lines.push(formatProblem(p));
  }
  for (const [code, n] of shown) if (n > cap) lines.push(`… and ${n - cap} more ${code} problem(s) not shown.`);
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  lines.push(`${e} error(s), ${w} warning(s).`);
  return lines.join('\n');
}

export { err as errorProblem, warn as warningProblem, q as quoteValue };
