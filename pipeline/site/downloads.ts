/**
 * The downloads: every file of the data package with its format, size and SHA-256, computed
 * from the very bytes the build writes, so the page can be checked against the files.
 */
import { sha256 } from '../core/hash.js';
import type { FileTree } from '../core/fs.js';
import { byCodeUnit } from '../core/order.js';
import { formatBytes, formatNumber } from './format.js';
import { html, type Html } from './html.js';
import type { Linker } from './links.js';

export interface FileFormat {
  label: string;
  /** IANA media type (schema.org encodingFormat). */
  mime: string;
}

const FORMATS: [RegExp, FileFormat][] = [
  [/\.csv$/, { label: 'CSV', mime: 'text/csv' }],
  [/\.arrow$/, { label: 'Arrow IPC file', mime: 'application/vnd.apache.arrow.file' }],
  [/\.parquet$/, { label: 'Parquet', mime: 'application/vnd.apache.parquet' }],
  [/(^|\/)datapackage\.json$/, { label: 'Frictionless Data Package', mime: 'application/json' }],
  [/\.ftm\.json$/, { label: 'FollowTheMoney entities (one JSON object a line)', mime: 'application/x-ndjson' }],
  [/\.json$/, { label: 'JSON', mime: 'application/json' }],
  [/\.cff$/, { label: 'Citation File Format (YAML)', mime: 'application/yaml' }],
  [/\.ya?ml$/, { label: 'YAML', mime: 'application/yaml' }],
  [/\.zip$/, { label: 'ZIP archive', mime: 'application/zip' }],
  [/\.(txt|md)$|SHA256SUMS$/, { label: 'Text', mime: 'text/plain' }],
];

export function fileFormat(path: string): FileFormat {
  return FORMATS.find(([re]) => re.test(path))?.[1] ?? { label: 'File', mime: 'application/octet-stream' };
}

export interface Download {
  path: string;
  format: FileFormat;
  bytes: number;
  sha256: string;
}

/** The package's files, sorted by path; the site's own pages are not downloads. */
export function downloads(files: FileTree): Download[] {
  return [...files.keys()]
    .filter((p) => !p.startsWith('site/'))
    .sort(byCodeUnit)
    .map((path) => {
      const bytes = files.get(path)!;
      return { path, format: fileFormat(path), bytes: bytes.length, sha256: sha256(bytes) };
    });
}

export function downloadsTable(list: readonly Download[], at: Linker): Html {
  return html`<div class="table-wrap">
    <table class="downloads">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col">Size</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        ${list.map(
          (d) =>
            html`<tr>
              <td><a href="${at.to(d.path)}" download>${d.path}</a></td>
              <td>${d.format.label}</td>
              <td class="num" title="${formatNumber(d.bytes)} bytes">${formatBytes(d.bytes)}</td>
              <td class="hash"><code title="${d.sha256}">${d.sha256}</code></td>
            </tr> `,
        )}
      </tbody>
    </table>
  </div>`;
}
