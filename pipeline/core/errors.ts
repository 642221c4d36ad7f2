/**
 * The error model. Every user-facing failure is a Problem with a stable code, a location,
 * the offending value and a hint. Problems are collected (never fail-fast) and thrown
 * together as a FiguresError, which carries the process exit code, so the CLI can map
 * any failure to an exit status without knowing where it came from.
 */

/** Exit codes of the CLI (documented in README and docs/errors.md). */
export const EXIT = { ok: 0, data: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a problem is: a file (with line/column or byte offset) or a table cell. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Byte offset into a file (for invalid UTF-8) or UTF-16 offset into a text. */
  offset?: number;
  table?: string;
  row?: number;
  field?: string;
}

export interface Problem {
  /** Stable, kebab-case; tests and users may match on it. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  location: Location;
  value?: unknown;
  hint?: string;
}

export class FiguresError extends Error {
  readonly exitCode: ExitCode;
  readonly problems: Problem[];
  constructor(problems: Problem[], exitCode: ExitCode = EXIT.data) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'FiguresError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

/** A usage error (bad flags, missing argument): exit code 2. */
export class UsageError extends FiguresError {
  constructor(problem: Problem) {
    super([problem], EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Collects problems across files and stages; throws them together at a checkpoint. */
export class Problems {
  readonly list: Problem[] = [];
  add(...problems: Problem[]): void {
    this.list.push(...problems);
  }
  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }
  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
  /** Throws a FiguresError (exit 1) if any error was collected. */
  throwIfErrors(): void {
    if (this.errors.length > 0) throw new FiguresError(this.list);
  }
}
