/** Where the curated input lives, relative to the project root (docs/architecture.md). */
export const RAW = {
  dataset: 'raw/dataset.yaml',
  sources: 'raw/sources',
  annotations: 'raw/annotations',
  vocab: 'raw/vocab',
} as const;

export const VOCABULARIES = ['indicators', 'goods', 'countries'] as const;
export type VocabularyName = (typeof VOCABULARIES)[number];

export const textPath = (id: string): string => `${RAW.sources}/${id}.txt`;
/** A text's provenance sidecar lies beside it: `X.txt` → `X.source.yaml` (in raw/sources/ or anywhere). */
export const sidecarBeside = (textFile: string): string => `${textFile.replace(/\.txt$/, '')}.source.yaml`;
export const sidecarPath = (id: string): string => sidecarBeside(textPath(id));
export const annotationPath = (id: string): string => `${RAW.annotations}/${id}.yaml`;
export const vocabPath = (name: VocabularyName): string => `${RAW.vocab}/${name}.yaml`;

/**
 * Source ids are slugs: they become file names, row ids and parts of mention ids. Not a name
 * Windows reserves for a device (con, nul, aux, prn, com1–9, lpt1–9): dist/site/sources/con.html
 * could not be checked out there.
 */
export const SLUG = /^(?!(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$)[a-z0-9][a-z0-9-]*$/;
