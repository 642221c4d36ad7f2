/**
 * One version everywhere: checks that every file carrying the version (and release date)
 * agrees with raw/dataset.yaml. Files not there yet (no dist/, no site) are skipped; that a
 * dist/ exists and is fresh is `verify`'s job.
 */
import { parseHTML } from 'linkedom';
import { parse as parseYamlText } from 'yaml';
import { readText, type ReadFS } from '../core/fs.js';
import type { Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { latestChangelogVersion, CHANGELOG } from './changelog.js';
import { CITATION_BLOCK_FILES, findCitationBlock, renderCitationBlock } from './citationBlock.js';
import { DATASET_YAML, readDatasetMeta } from './datasetYaml.js';
import { ROOT_CITATION, rootCitationUpdate } from './syncVersion.js';

type Obj = Record<string, unknown>;

function json(fs: ReadFS, path: string): Obj | undefined {
  const text = readText(fs, path);
  return text === undefined ? undefined : (JSON.parse(text) as Obj);
}

/** The schema.org Dataset objects in the page's JSON-LD scripts. */
export function jsonLdDatasets(html: string): Obj[] {
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('script[type="application/ld+json"]') as ArrayLike<Element>)
    .flatMap((s) => {
      const v = JSON.parse(s.textContent ?? 'null') as unknown;
      return Array.isArray(v) ? v : [v];
    })
    .filter((v): v is Obj => typeof v === 'object' && v !== null && (v as Obj)['@type'] === 'Dataset');
}

/** Each place that states the version or release date, as [file, field, value found]. */
export function versionClaims(fs: ReadFS): [string, 'version' | 'release date', unknown][] {
  const out: [string, 'version' | 'release date', unknown][] = [];
  const pkg = json(fs, 'package.json');
  if (pkg) out.push(['package.json', 'version', pkg.version]);
  const lock = json(fs, 'package-lock.json');
  if (lock) {
    out.push(['package-lock.json', 'version', lock.version]);
    const root = (lock.packages as Record<string, Obj> | undefined)?.[''];
    if (root) out.push(['package-lock.json', 'version', root.version]);
  }
  const dp = json(fs, 'dist/datapackage.json');
  if (dp) out.push(['dist/datapackage.json', 'version', dp.version]);
  const cffText = readText(fs, 'dist/CITATION.cff');
  if (cffText !== undefined) {
    const cff = parseYamlText(cffText) as Obj;
    out.push(['dist/CITATION.cff', 'version', cff.version], ['dist/CITATION.cff', 'release date', cff['date-released']]);
  }
  const zenodo = json(fs, 'dist/.zenodo.json');
  if (zenodo) out.push(['dist/.zenodo.json', 'version', zenodo.version], ['dist/.zenodo.json', 'release date', zenodo.publication_date]);
  const html = readText(fs, 'dist/site/index.html');
  if (html !== undefined) {
    const ld = jsonLdDatasets(html);
    if (ld.length === 0) out.push(['dist/site/index.html', 'version', undefined]);
    for (const d of ld) out.push(['dist/site/index.html', 'version', d.version], ['dist/site/index.html', 'release date', d.datePublished]);
  }
  const changelog = readText(fs, CHANGELOG);
  if (changelog !== undefined && latestChangelogVersion(changelog) !== undefined)
    out.push([CHANGELOG, 'version', latestChangelogVersion(changelog)]);
  return out;
}

export function checkVersionAgreement(fs: ReadFS): Problem[] {
  const meta = readDatasetMeta(readText(fs, DATASET_YAML) ?? '');
  const problems = versionClaims(fs)
    .filter(([, field, value]) => value !== (field === 'version' ? meta.version : meta.released))
    .map(([file, field, value]) => messages.versionMismatch(file, field, value, field === 'version' ? meta.version : meta.released));
  // The citation blocks must be exactly what the current metadata gives (not only the version).
  for (const file of CITATION_BLOCK_FILES) {
    const block = findCitationBlock(readText(fs, file) ?? '');
    if (block !== undefined && block !== renderCitationBlock(meta)) {
      const cited = /\(Version ([^)]+)\)/.exec(block)?.[1] ?? block;
      problems.push(messages.versionMismatch(file, 'citation block (run npm run figures -- release --sync)', cited, meta.version));
    }
  }
  // The root CITATION.cff, where it exists, is a byte-for-byte copy of the package's.
  if (fs.read(ROOT_CITATION) && rootCitationUpdate(fs)) problems.push(messages.citationCopyStale());
  return problems;
}
