/** The output formats of a corpus run, by name (no imports, so the CLI can list them cheaply). */
export const FORMAT_NAMES = ['parquet', 'arrow', 'csv', 'jsonl'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
