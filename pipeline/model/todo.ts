/**
 * How a draft marks what only a person can decide. A value the person must supply is the bare
 * string `TODO`; a value the pipeline guessed is `TODO(<guess>)`, so that accepting the guess is
 * one deliberate edit (delete `TODO(` and `)`) and a forgotten one can never pass for curated
 * data: every field of the annotation and sidecar schemas refuses a string that starts with
 * TODO (slugs, ISO codes and periods by their patterns, free text by an explicit rule).
 */

export const TODO = 'TODO';

/** Strings the build refuses: a draft value nobody has reviewed yet. */
const TODO_PATTERN = /^TODO\b/;

/** A guessed value, to be confirmed by a person. */
export function guess(value: string | number | boolean): string {
  return `TODO(${String(value)})`;
}

/** `guess(v)` when there is a guess, otherwise the bare TODO. */
export function guessOrTodo(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined || value === '' ? TODO : guess(value);
}

export function isTodo(value: unknown): value is string {
  return typeof value === 'string' && TODO_PATTERN.test(value);
}

/** The guess inside `TODO(<guess>)`; undefined for a bare TODO. */
export function guessOf(todo: string): string | undefined {
  return /^TODO\((.*)\)$/s.exec(todo)?.[1];
}

/** Paths of every TODO string left in a parsed YAML value (for messages and tests). */
export function findTodos(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isTodo(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => findTodos(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => findTodos(v, [...path, k]));
  }
  return [];
}

/**
 * The guessed ignore reason suggest drafts for a year or period that an observation draft carries
 * ("the period of about $1.2 billion, carried by its observation’s period"), and the one review
 * puts instead when that draft is rejected: the figure is ignored too, so no observation carries it.
 */
export const carriedPeriodReason = (quote: string): string => guess(`the period of ${quote}, carried by its observation’s period`);
export const ignoredPeriodReason = (quote: string): string => guess(`the period of ${quote}, a figure ignored as well`);
