/**
 * Deterministic order. Strings are compared by UTF-16 code unit — what `<` does — never by
 * locale (`localeCompare` depends on the machine's ICU data and language), so every sorted list
 * the pipeline writes is the same on every machine.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
