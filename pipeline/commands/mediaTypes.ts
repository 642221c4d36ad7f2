/**
 * Media types for the files of a data package that sirv's table (mrmime) does not know. Without
 * them the preview sends an empty Content-Type for the Parquet and Arrow downloads, and a browser
 * or client that sniffs may treat them as text.
 */
const PACKAGE_TYPES: Readonly<Record<string, string>> = {
  // Both registered with IANA by the Apache Software Foundation.
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.file',
  // CITATION.cff is YAML.
  '.cff': 'application/yaml; charset=utf-8',
};

/** The media type of a served path when sirv's own lookup has none, else undefined. */
export function packageMediaType(pathname: string): string | undefined {
  const base = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (base === 'SHA256SUMS') return 'text/plain; charset=utf-8';
  const dot = base.lastIndexOf('.');
  return dot < 0 ? undefined : PACKAGE_TYPES[base.slice(dot).toLowerCase()];
}
