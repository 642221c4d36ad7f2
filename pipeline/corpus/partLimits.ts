/**
 * Default size of a part file. Apart from partWriter.ts so that reading the options does not
 * load Arrow (the worker threads start before Arrow and the Parquet writer are loaded).
 */
export const DEFAULT_PART_ROWS = 1 << 16;
export const DEFAULT_PART_BYTES = 16 << 20;
