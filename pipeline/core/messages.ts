/**
 * Every user-facing message of the project lives here (Vega-Lite's log/message style):
 * one function per stable error code, returning a Problem with location, value and hint.
 * Other modules never build message strings themselves; they call these.
 */
import type { Location, Problem } from './errors.js';
import { showInvisible } from './invisibleCharacters.js';

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

/** "file:line:col", "file", or "data/<table>.csv row N, field F": where a problem is, for messages. */
const where = (l: Location): string => {
  if (l.file) return l.line !== undefined ? `${l.file}:${l.line}:${l.column ?? 1}` : l.file;
  if (l.table) return `data/${l.table}.csv${l.row !== undefined ? ` row ${l.row}` : ''}${l.field ? `, field ${l.field}` : ''}`;
  return '(no location)';
};

/** Old and new values of a stale review, one field a line, changed ones marked. */
function sideBySide(rows: readonly { field: string; reviewed: unknown; now: unknown }[]): string {
  const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
  const w1 = Math.max(5, ...rows.map((r) => r.field.length));
  const w2 = Math.max(8, ...rows.map((r) => show(r.reviewed).length));
  const line = (mark: string, a: string, b: string, c: string) => `    ${mark} ${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}`.trimEnd();
  return [
    line(' ', 'field', 'reviewed', 'now'),
    ...rows.map((r) => line(show(r.reviewed) === show(r.now) ? ' ' : '*', r.field, show(r.reviewed), show(r.now))),
  ].join('\n');
}

export const messages = {
  // ---- usage (exit 2) ----
  usage: (detail: string, hint = "Run 'npm run figures -- --help' for the commands and their options.") =>
    err('usage', detail, {}, undefined, hint),
  /** A usage error of one command: its own --help lists what it takes. */
  commandUsage: (command: string, detail: string) =>
    err('usage', detail, {}, undefined, `Run 'npm run figures -- ${command} --help' for its arguments and options.`),
  fileNotFound: (file: string, moved?: { from: string; to: string }) =>
    err(
      'file-not-found',
      `${file}: no such file.`,
      { file },
      file,
      moved
        ? `npm run starts the command in the repository's root (${moved.to}), not in the folder you typed it in (${moved.from}), so the path is read from the root: give it from there, or as an absolute path.`
        : 'Check the path; it is read relative to the current folder.',
    ),
  notAFile: (path: string) =>
    err(
      'not-a-file',
      `${path}: a folder, not a text file.`,
      { file: path },
      path,
      'Give the path of one text file; for every text of a folder, run extract --corpus FOLDER --out DIR (with --read for the drafts; docs/scale.md).',
    ),
  optionWithout: (option: string, needed: string, example: string) =>
    err(
      'usage',
      `${option} goes with ${needed}; given without it, it would do nothing.`,
      {},
      option,
      `Give both, e.g. ${example}, or drop ${option}.`,
    ),
  notAFolder: (path: string, what: string) =>
    err('not-a-folder', `${path}: a file, not a folder.`, { file: path }, path, `Give the path of ${what}.`),
  notACheckout: (folder: string, command: string, checkout: string, isPackage: boolean) =>
    err(
      'not-a-checkout',
      `${folder}: no raw/ folder here, so no checkout of the repository; '${command}' works on the texts, annotations and vocabularies of a checkout's raw/.`,
      { file: folder },
      folder,
      `Run it in the repository's root (${checkout}): 'npm run figures -- ${command} …' runs there from any folder inside it; give file paths absolute or from the root.` +
        (isPackage
          ? " This folder is a release package (it has datapackage.json): check its files with 'sha256sum -c SHA256SUMS', and a zip's SHA-256 against the one CHANGELOG.md records ('npm run figures -- zip VERSION' in a clone; docs/reproducibility.md)."
          : ''),
    ),
  corpusOptionWithoutCorpus: (options: readonly string[]) =>
    err(
      'usage',
      `extract FILE does not take ${options.join(', ')}: ${options.length === 1 ? 'it goes' : 'they go'} with --corpus only.`,
      {},
      options,
      `Drop ${options.length === 1 ? 'it' : 'them'} to list the figures of one file, or run 'npm run figures -- extract --corpus PATH --out DIR' over a corpus (docs/scale.md).`,
    ),

  // ---- input text ----
  invalidUtf8: (file: string, byteOffset: number, at?: { line: number; column: number; byte: number; windows1252?: string }) =>
    err(
      'invalid-utf8',
      at
        ? `${file}:${at.line}:${at.column}: not valid UTF-8 at byte ${byteOffset} (0x${at.byte.toString(16).toUpperCase().padStart(2, '0')}).`
        : `${file}: not valid UTF-8 at byte ${byteOffset}.`,
      at ? { file, line: at.line, column: at.column, offset: byteOffset } : { file, offset: byteOffset },
      byteOffset,
      `${at?.windows1252 ? `In Windows-1252 that byte is ${q(at.windows1252)}, so the file was probably saved in that encoding. ` : ''}Re-save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).`,
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
    err(
      'missing-source',
      `${sidecar}: sidecar without its text; expected ${text}.`,
      { file: sidecar },
      text,
      `Add ${text}, or delete the sidecar.`,
    ),
  sourceChanged: (file: string, recorded: string, actual: string, sidecar: string) =>
    err(
      'source-changed',
      `${file}: the text changed since it was recorded: its SHA-256 is ${actual}, the sidecar says ${recorded}.`,
      { file },
      actual,
      `Source texts are never edited. If the change is deliberate (a corrected copy), set sha256: ${actual} in ${sidecar} and say why in its notes.`,
    ),

  // ---- YAML ----
  yamlSyntax: (file: string, line: number, column: number, detail: string, lineText?: string) =>
    err(
      'yaml-syntax',
      `${file}:${line}:${column}: YAML syntax error: ${detail}`,
      { file, line, column },
      lineText,
      'Check indentation and quoting at that line; strings with a colon or # need quotes.',
    ),
  // ---- read (issue 15): the reader's vocabularies ----
  readVocabMissing: (file: string, root?: string) =>
    err(
      'read-vocab-missing',
      root === undefined
        ? `${file} is missing: the reader reads with the vocabularies in raw/vocab/.`
        : `${root}/${file}: missing. The reader reads with the vocabularies of the checkout its CLI belongs to (${root}), whatever the current folder.`,
      { file },
      root,
      root === undefined
        ? 'Restore the file from git (git checkout -- raw/vocab).'
        : `Restore the file from git (git -C ${q(root)} checkout -- raw/vocab), or run the CLI of a complete checkout.`,
    ),
  readVocabNotList: (file: string) =>
    err(
      'read-vocab-not-list',
      `${file} is not a YAML list: the reader expects one entry per indicator, goods category or country.`,
      { file },
      undefined,
      "Check the file against its schema with 'npm run figures -- validate'.",
    ),

  // ---- suggest (issue 8): drafting an annotation and a sidecar for a new text ----
  /** `given`: the id came from --id, not from the file name (then renaming the file would not help). */
  suggestUnsafeId: (id: string, suggestion: string, given = false) =>
    err(
      'unsafe-id',
      `${q(id)} cannot be a source id: an id is a slug (lower-case letters, digits and hyphens, starting with a letter or digit, at most 120 characters), because it names files.`,
      {},
      id,
      suggestion
        ? given
          ? `Pass --id ${suggestion}.`
          : `Rename the file to ${suggestion}.txt, or pass --id ${suggestion}.`
        : 'Pass --id with a slug, e.g. --id news-2024-05-01-outlet-topic.',
    ),
  suggestEmptyText: (file: string) =>
    err(
      'empty-text',
      `${file}: the text is empty (or only white space), so there is nothing to draft and no source to add.`,
      { file },
      file,
      'Check that the file holds the article (saved, and not a placeholder), then run suggest again.',
    ),
  suggestAnnotationExists: (path: string) =>
    err(
      'annotation-exists',
      `${path} already exists; suggest never overwrites an annotation.`,
      { file: path },
      path,
      'Re-run with --force to replace it with a fresh draft (every edit in it is lost), or choose another --id.',
    ),
  suggestTextDiffers: (path: string, file: string) =>
    err(
      'source-text-differs',
      `${path} already exists and its bytes differ from ${file}; suggest never replaces a source text.`,
      { file: path },
      path,
      `If ${file} is another text, give it another --id. Source texts are never edited; a corrected copy is a deliberate change (docs/adding-a-source.md).`,
    ),
  // ---- releases (issue 6): version agreement, diff, release, verify ----
  versionMismatch: (file: string, field: string, found: unknown, expected: string) =>
    err(
      'version-mismatch',
      `${file}: ${field} ${q(found)} disagrees with raw/dataset.yaml (${expected}).`,
      { file, field },
      found,
      "raw/dataset.yaml holds the one version and release date; run 'npm run figures -- release' (or rebuild) so every file takes them from there.",
    ),
  citationCopyStale: () =>
    err(
      'citation-copy-stale',
      'CITATION.cff: differs from dist/CITATION.cff, of which it is the copy at the root (where GitHub and Zenodo read it).',
      { file: 'CITATION.cff' },
      'CITATION.cff',
      "'npm run build' refreshes it (so does 'npm run figures -- release --sync'); commit CITATION.cff with dist/.",
    ),
  publishedNonconforming: (file: string, spec: string, path: string, detail: string, value: unknown) =>
    err(
      'published-nonconforming',
      `${file}: ${path || '(root)'} ${detail}, so the file does not conform to ${spec}.`,
      { file, field: path || undefined },
      value,
      `Nothing was written. If ${path || 'the value'} comes from raw/dataset.yaml, correct it there; otherwise the build made an invalid file: report it as a bug.`,
    ),
  distStale: (path: string, builtBytes: number, distBytes: number, inputs: readonly string[] = []) =>
    err(
      'dist-stale',
      `dist/${path}: differs from a fresh build (${distBytes} bytes in dist/, ${builtBytes} built).`,
      { file: `dist/${path}` },
      path,
      inputs.length
        ? `dist/ was built from other versions of ${inputs.join(', ')}. If dist/ holds what you meant (a correction built but not committed), commit those files as they were built; otherwise run 'npm run build' and commit dist/.`
        : "dist/ is stale: run 'npm run build' and commit dist/.",
    ),
  distMissing: (path: string) =>
    err(
      'dist-missing',
      `dist/${path}: missing; a fresh build writes it.`,
      { file: `dist/${path}` },
      path,
      "Run 'npm run build' and commit dist/.",
    ),
  distExtra: (path: string) =>
    err(
      'dist-extra',
      `dist/${path}: not written by a fresh build.`,
      { file: `dist/${path}` },
      path,
      "Run 'npm run build' (it replaces dist/ whole) and commit the removal.",
    ),
  /** `committed`: only a tag or a release commit was looked for (zip, release --record), not a release zip. */
  releaseNotFound: (version: string, committed = false) =>
    err(
      'release-not-found',
      `${version}: no release of that version was found (no tag v${version}, ${committed ? '' : 'no release zip, '}and no commit sets version: ${version} in raw/dataset.yaml).`,
      {},
      version,
      "Check the version in CHANGELOG.md. In a shallow clone, fetch the history first ('git fetch --unshallow'), since a release is found through the commit that set its version.",
    ),
  /** `zip VERSION` made a zip whose SHA-256 is not the one CHANGELOG.md records for that version. */
  releaseZipDiffers: (version: string, recorded: string, made: string) =>
    warn(
      'release-zip-differs',
      `CHANGELOG.md records SHA-256 ${recorded} for the zip of ${version}; the zip made again from its release commit has ${made}.`,
      { file: 'CHANGELOG.md' },
      version,
      "The release is its commit's dist/, which this zip holds; the recorded zip was made from something else (a dist/ rebuilt before the commit). Cite the version with the SHA-256 made here, and tell the maintainers (docs/citing.md).",
    ),
  /** `release --record`: the local release zip is not the zip of the release commit. */
  releaseZipStale: (path: string, version: string) =>
    warn(
      'release-zip-stale',
      `${path}: not the zip of the release commit of ${version} (dist/ was rebuilt after 'release' wrote it); the CHANGELOG records the commit's zip.`,
      { file: path },
      undefined,
      `Make it again from the commit with 'npm run figures -- zip ${version}' before you attach it to the release.`,
    ),
  nothingToRecord: () =>
    err(
      'release-nothing-to-record',
      'CHANGELOG.md: every release with a commit already records its commit and zip SHA-256.',
      { file: 'CHANGELOG.md' },
      undefined,
      "Run 'npm run figures -- release --record' after committing a release.",
    ),
  /** `zipVersion`: the version in the name of a release zip that is not there (not made yet). */
  packageNotFound: (spec: string, zipVersion?: string) =>
    err(
      'package-not-found',
      `${q(spec)} is neither a package folder, a release zip nor a git ref.`,
      {},
      spec,
      zipVersion !== undefined
        ? `No such zip here yet: 'npm run figures -- zip ${zipVersion}' makes it again from its release commit; or give the version (${zipVersion}) instead of the file.`
        : 'Give a version (1.0.0), a dist/ folder, a release/<name>-<version>.zip, or a git ref whose commit has dist/ (e.g. HEAD).',
    ),
  packageNoDescriptor: (spec: string) =>
    err(
      'package-no-descriptor',
      `${spec}: no datapackage.json in it.`,
      { file: spec },
      spec,
      'Point at the package folder itself (the one holding datapackage.json), e.g. dist/.',
    ),
  gitNoDist: (ref: string, detail: string) =>
    err(
      'git-no-dist',
      `git ref ${q(ref)}: no committed dist/ (${detail}).`,
      {},
      ref,
      'Use a commit made after the first build was committed, or a release zip.',
    ),
  packageBadDescriptor: (pkg: string, detail: string) =>
    err(
      'package-bad-descriptor',
      `${pkg}: its datapackage.json is not a Data Package descriptor (${detail}).`,
      { file: pkg },
      detail,
      'Compare a dist/ folder, a release zip or a git ref of this project; its datapackage.json is a JSON object with a resources list.',
    ),
  packageTooLarge: (pkg: string, entry: string, bytes: number, limit: number, when: 'declared' | 'inflating' = 'declared') =>
    err(
      'package-too-large',
      when === 'declared'
        ? `${pkg}: inflating ${entry} would reach ${bytes} bytes, more than the ${limit} a package of this project may take; nothing was inflated.`
        : `${pkg}: inflating ${entry} passed ${limit} bytes, more than a package of this project may take, although the zip declared less (a lying header); inflating stopped there.`,
      { file: pkg },
      bytes,
      'This is not a release zip of this project (perhaps a zip bomb); compare the release zip itself or a dist/ folder.',
    ),
  packageBadZip: (pkg: string, detail: string) =>
    err(
      'package-bad-zip',
      `${pkg}: not a zip that can be read (${detail}).`,
      { file: pkg },
      detail,
      'Compare a release zip of this project as downloaded (check its SHA-256 against the CHANGELOG), a dist/ folder or a version.',
    ),
  figureUsedTwice: (at: Location, figure: string, first: Location) =>
    warn(
      'figure-used-twice',
      `${where(at)}: the figure ${q(figure)} already backs the observation at line ${first.line ?? '?'}; one stated figure now backs two observations.`,
      at,
      figure,
      'Check that the text really states this figure for both (another period or indicator needs a figure of its own); else remove one.',
    ),
  invisibleCharInFigure: (at: Location, quote: string, chars: string[]) =>
    warn(
      'invisible-char-in-figure',
      `${where(at)}: the quoted figure ${q(showInvisible(quote))} holds ${chars.join(', ')}, which a reader cannot see; the figure may read otherwise than it shows.`,
      at,
      quote,
      'Check the figure against the original: if the character is not in it, remove it from the source text and the quote; the site shows it as ⟨U+…⟩.',
    ),
  invisibleCharInNote: (at: Location, note: string, chars: string[]) =>
    warn(
      'invisible-char-in-note',
      `${where(at)}: the note ${q(showInvisible(note))} holds ${chars.join(', ')}, which a reader cannot see (a bidi control can show text reversed).`,
      at,
      note,
      'Remove the character from the note; the site shows it as ⟨U+…⟩.',
    ),
  packageHashMismatch: (pkg: string, path: string, recorded: string, actual: string) =>
    warn(
      'package-hash-mismatch',
      `${pkg}: ${path} does not match the hash in its datapackage.json (recorded ${recorded}, actual ${actual}); compared anyway.`,
      { file: path },
      actual,
      'The package was edited after it was built; its datapackage.json describes other bytes.',
    ),
  packageFileMissing: (pkg: string, path: string) =>
    warn(
      'package-file-missing',
      `${pkg}: ${path} is listed in datapackage.json but missing.`,
      { file: path },
      path,
      'The package is incomplete; the table is compared as empty.',
    ),
  csvParse: (pkg: string, path: string, row: number, detail: string) =>
    warn(
      'csv-parse',
      `${pkg}: ${path} row ${row}: ${detail}.`,
      { file: path, row },
      detail,
      'The row is compared as parsed; check the file with a CSV reader.',
    ),
  diffDuplicateKey: (pkg: string, table: string, key: string) =>
    warn(
      'diff-duplicate-key',
      `${pkg}: table ${table} has the primary key ${key} twice; the later row is compared.`,
      { table },
      key,
      'The package breaks its own primary key; rebuild it.',
    ),
  releaseNothingChanged: (version: string) =>
    err(
      'release-nothing-changed',
      `Nothing changed since ${version}: no data, schema or metadata difference.`,
      { file: 'raw/dataset.yaml' },
      version,
      'To publish the same data again anyway, pass --bump patch.',
    ),
  releaseBumpTooSmall: (requested: string, needed: string, reasons: string[]) =>
    err(
      'release-bump-too-small',
      `--bump ${requested} is too small: the changes need a ${needed} release (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? `; and ${reasons.length - 3} more` : ''}).`,
      {},
      requested,
      `Use --bump ${needed} or --bump auto (docs/citing.md).`,
    ),
  releaseDateInvalid: (value: string) =>
    err(
      'release-date-invalid',
      `--date ${q(value)} is not a calendar date YYYY-MM-DD.`,
      {},
      value,
      'Give the release date, e.g. --date 2026-11-28 (no clock is read, so it is never guessed).',
    ),
  releaseDateBeforePrevious: (date: string, previous: string, version: string) =>
    err(
      'release-date-before-previous',
      `--date ${date} is before ${previous}, the date of the previous release ${version}.`,
      { file: 'raw/dataset.yaml' },
      date,
      'Give the actual release date.',
    ),
  releaseExists: (file: string) =>
    err(
      'release-exists',
      `${file}: already exists; a release is never overwritten.`,
      { file },
      file,
      'Bump to a new version, or delete the file if that release was never published.',
    ),
  // ---- data package build (issue 3): snapshot, normalize, validate ----
  missingFile: (file: string, what: string) =>
    err('missing-file', `${file}: missing; the build needs ${what}.`, { file }, file, `Create ${file} (see docs/adding-a-source.md).`),
  badCharacter: (at: Location, what: string, field: string) =>
    err(
      'bad-character',
      `${where(at)}: ${field || 'the value'} holds ${what}, which no text of the package may hold.`,
      at,
      what,
      'Remove the character; a lone surrogate is half of an emoji or other character outside the BMP: write the whole character, or both halves of its \\u escape.',
    ),
  notRegularFile: (file: string, what: string) =>
    err(
      'not-regular-file',
      `${file}: ${what}; the build reads only regular files inside the project and follows no links.`,
      { file },
      file,
      `Replace ${file} with a regular file holding its content (a copy, not a link), or remove it; see docs/security.md.`,
    ),
  unexpectedFile: (file: string, expected: string) =>
    err(
      'unexpected-file',
      `${file}: not a file the build knows what to do with.`,
      { file },
      file,
      `This folder holds ${expected}; rename or remove the file.`,
    ),
  missingAnnotation: (text: string, annotation: string) =>
    err(
      'missing-annotation',
      `${text}: no annotation; expected ${annotation}.`,
      { file: text },
      annotation,
      `Create ${annotation} (run 'npm run figures -- suggest ${text}' to draft it).`,
    ),
  orphanAnnotation: (annotation: string, text: string) =>
    err(
      'orphan-annotation',
      `${annotation}: annotation without its source text; expected ${text}.`,
      { file: annotation },
      text,
      `Add ${text}, or rename the annotation to match a source id.`,
    ),
  annotationSourceMismatch: (at: Location, value: string, expected: string) =>
    err(
      'annotation-source-mismatch',
      `${where(at)}: source is ${q(value)} but the file is the annotation of ${q(expected)}.`,
      at,
      value,
      `Set source: ${expected}.`,
    ),
  sidecarMismatch: (at: Location, field: string, recorded: unknown, actual: unknown) =>
    err(
      'sidecar-mismatch',
      `${where(at)}: ${field} is ${q(recorded)} but the text gives ${q(actual)}.`,
      at,
      recorded,
      `Set ${field}: ${String(actual)} if the text is the one meant.`,
    ),
  schema: (at: Location, detail: string, value?: unknown, hint?: string) => err('schema', `${where(at)}: ${detail}.`, at, value, hint),
  reviewMissing: (file: string, id: string) =>
    err(
      'review-missing',
      `${file}: no such file, so source ${q(id)} cannot be reviewed.`,
      { file },
      id,
      "Give the id of a source that has both raw/sources/<id>.txt and raw/annotations/<id>.yaml, or draft them with 'npm run figures -- suggest FILE'.",
    ),
  unreviewedDraft: (at: Location, item: string, source: string, n: number) =>
    err(
      'unreviewed-draft',
      `${where(at)}: ${item} is a draft of the reader that nobody has reviewed (review.decision: unreviewed); the build publishes reviewed items only.`,
      at,
      'unreviewed',
      `Check it against the text ('npm run figures -- review ${source}' shows it as draft ${n}), then accept it ('review ${source} --accept ${n}'), reject it ('--reject ${n}'), or correct the fields and set decision: edited with edited: [the fields you changed] (docs/curation.md).`,
    ),
  reviewTextStale: (at: Location, item: string, reviewed: string, now: string, source: string) =>
    err(
      'review-stale',
      `${where(at)}: ${item} was reviewed on another text (digest ${reviewed}; the text is now ${now}): its quote may no longer say what was reviewed.`,
      at,
      { reviewed, now },
      `Read the item against the new text, then record the review again: 'npm run figures -- review ${source}' (blocks marked stamped: true are re-derived by 'npm run figures -- review --stamp').`,
    ),
  reviewProposalStale: (
    at: Location,
    item: string,
    cause: 'proposal' | 'quote',
    rows: readonly { field: string; reviewed: unknown; now: unknown }[],
    source: string,
  ) =>
    warn(
      'review-stale',
      `${where(at)}: ${item} was reviewed for ${cause === 'quote' ? 'another quote' : 'another proposal of the reader'}; the reader now proposes:\n${sideBySide(rows)}`,
      at,
      Object.fromEntries(rows.map((r) => [r.field, { reviewed: r.reviewed, now: r.now }])),
      `The curated values are unchanged and still published. Decide whether they are still right: 'npm run figures -- review ${source}' shows the item beside what the reader proposes now, and 'review ${source} --again N' records your review; for a block marked stamped: true, 'npm run figures -- review --stamp' records the comparison again (docs/curation.md).`,
    ),
  reviewMismatch: (at: Location, item: string, decision: string, detail: string, fix: string) =>
    err(
      'review-mismatch',
      `${where(at)}: ${item} says review.decision: ${decision}, but ${detail}.`,
      at,
      decision,
      `${fix} The review block records what was decided, so the review counts stay true (docs/curation.md).`,
    ),
  reviewDecision: (file: string, n: number, detail: string, hint: string) =>
    err('review-decision', `${file}: draft ${n}: ${detail}.`, { file }, n, hint),
  reviewAgainNoQuote: (file: string, n: number, item: string, quote: string) =>
    err(
      'review-decision',
      `${file}: item ${n}: the quote ${q(quote)} of ${item} is not in the text, so there is no reading of the reader to review it against.`,
      { file },
      quote,
      "Correct the quote first ('npm run figures -- validate' names the nearest words of the text), then review the item again.",
    ),
  draftValue: (at: Location, field: string, value: string, accept?: string) =>
    err(
      'draft-value',
      `${where(at)}: ${field} is still ${q(value)}, a draft value that 'figures suggest' left for review.`,
      at,
      value,
      accept !== undefined
        ? `Replace the TODO: if the guess is right, write ${field}: ${accept}; if not, write the value the text gives (docs/adding-a-source.md).`
        : 'Replace the TODO with the right value (the comment beside it in the draft says what is expected), or null where the field allows it (docs/adding-a-source.md).',
    ),
  duplicateId: (at: Location, table: string, id: string, first?: Location) =>
    err(
      'duplicate-id',
      `${where(at)}: ${table} id ${q(id)} is used twice${first ? ` (first at ${where(first)})` : ''}.`,
      at,
      id,
      'Ids are unique across the whole dataset; rename one of them.',
    ),
  foreignKey: (at: Location, field: string, value: string, target: string, nearest?: string) =>
    err(
      'foreign-key',
      `${where(at)}: ${field} ${q(value)} is not an id in table ${target}.`,
      at,
      value,
      nearest ? `Did you mean ${q(nearest)}?` : `Add it to ${target} or correct the id.`,
    ),
  unknownVocabulary: (at: Location, vocabulary: string, value: string, nearest?: string) =>
    err(
      'unknown-vocabulary',
      `${where(at)}: ${q(value)} is not in raw/vocab/${vocabulary}.yaml.`,
      at,
      value,
      nearest
        ? `Did you mean ${q(nearest)}? Or add ${q(value)} to raw/vocab/${vocabulary}.yaml.`
        : `Add ${q(value)} to raw/vocab/${vocabulary}.yaml.`,
    ),
  quoteNotFound: (at: Location, quote: string, nearest?: { text: string; line: number; column: number; note?: string }) =>
    err(
      'quote-not-found',
      `${where(at)}: the quote ${q(quote)} is not in the source text${nearest?.note ? ` (${nearest.note})` : ''}.`,
      at,
      quote,
      nearest
        ? `Did you mean ${q(nearest.text)} at line ${nearest.line}, column ${nearest.column} of the text? Quotes are exact words of the normalized text (LF, NFC, curly apostrophes as in the text).`
        : 'Copy the words exactly from the text.',
    ),
  quoteAmbiguous: (at: Location, quote: string, occurrences: { line: number; column: number; context: string }[]) =>
    err(
      'quote-ambiguous',
      `${where(at)}: the quote ${q(quote)} occurs ${occurrences.length} times in the source text.`,
      at,
      quote,
      `Add occurrence: N (1-based) or a prefix/suffix. Occurrences: ${occurrences.map((o, i) => `${i + 1}) line ${o.line}:${o.column} …${o.context}…`).join('; ')}`,
    ),
  quoteOccurrence: (at: Location, quote: string, occurrence: number, count: number, narrowed = true) =>
    err(
      'quote-occurrence',
      `${where(at)}: occurrence ${occurrence} of ${q(quote)} asked for, but it occurs ${count === 1 ? 'once' : `${count} times`}${narrowed ? ' where prefix and suffix match' : ''}.`,
      at,
      occurrence,
      `Use an occurrence between 1 and ${count}.`,
    ),
  quoteMismatch: (at: Location, quote: string, actual: string) =>
    err(
      'quote-mismatch',
      `${where(at)}: quote ${q(quote)} differs from the text at its offsets, ${q(actual)}.`,
      at,
      quote,
      'Offsets are UTF-16 code units into the normalized text; rebuild from raw/ rather than editing tables.',
    ),
  quoteNoMention: (at: Location, quote: string) =>
    err(
      'quote-no-mention',
      `${where(at)}: no extracted figure lies in the quote ${q(quote)}.`,
      at,
      quote,
      "Quote the figure's words as 'npm run figures -- extract' lists them, or give override: {value, unit, hedge, reason}.",
    ),
  observationNoUnit: (at: Location, figure: string) =>
    err(
      'observation-no-unit',
      `${where(at)}: the figure ${q(figure)} has no unit (the extractor reads a count without its noun), and an observation needs one.`,
      { ...at, field: 'unit' },
      figure,
      "Add 'unit:' to this observation with the plural noun the text counts (unit: containers), under an indicator whose unit is count (any noun) or that noun (raw/vocab/indicators.yaml).",
    ),
  quoteSeveralMentions: (at: Location, quote: string, mentions: string[]) =>
    err(
      'quote-several-mentions',
      `${where(at)}: the quote ${q(quote)} holds ${mentions.length} figures: ${mentions.map(q).join(', ')}.`,
      at,
      quote,
      'Shorten the quote to the one figure the observation is about.',
    ),
  uncoveredMention: (at: Location, mention: string, textAt: { line: number; column: number }, snippet: string) =>
    err(
      'uncovered-mention',
      `${where(at)}: the figure ${q(mention)} (text line ${textAt.line}, column ${textAt.column}) is neither used by an observation nor ignored.`,
      at,
      mention,
      `Add an observation quoting it, or under ignore:\n${snippet}`,
    ),
  ignoreMatchesNothing: (at: Location, quote: string) =>
    err(
      'ignore-matches-nothing',
      `${where(at)}: the ignored quote ${q(quote)} holds no extracted figure.`,
      at,
      quote,
      'Remove the entry, or quote the figure as the extractor finds it.',
    ),
  mentionUsedAndIgnored: (at: Location, mention: string) =>
    err(
      'mention-used-and-ignored',
      `${where(at)}: the figure ${q(mention)} is both used by an observation and ignored.`,
      at,
      mention,
      'Remove one of the two.',
    ),
  intervalOrder: (at: Location, low: number | null, value: number | null, high: number | null) =>
    err(
      'interval-order',
      `${where(at)}: interval out of order: value_low ${low}, value ${value}, value_high ${high}.`,
      at,
      { value_low: low, value: value, value_high: high },
      'Need value_low <= value <= value_high (docs/interval-policy.md).',
    ),
  invalidPeriod: (at: Location, period: string, detail: string) =>
    err(
      'invalid-period',
      `${where(at)}: period ${q(period)} ${detail}.`,
      at,
      period,
      'Write YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM, start before end.',
    ),
  invalidDate: (at: Location, value: string) =>
    err('invalid-date', `${where(at)}: ${q(value)} is not a calendar date.`, at, value, 'Write YYYY-MM-DD with a real month and day.'),
  periodOrder: (at: Location, start: string, end: string) =>
    err(
      'period-order',
      `${where(at)}: period_start ${start} is after period_end ${end}.`,
      at,
      { period_start: start, period_end: end },
      'Swap them or correct the period.',
    ),
  formulaSyntax: (at: Location, formula: string, position: number, detail: string) =>
    err(
      'formula-syntax',
      `${where(at)}: formula ${q(formula)}: ${detail} at character ${position + 1}.`,
      at,
      formula,
      'A formula uses observation ids, decimal numbers, + - * / and parentheses.',
    ),
  formulaUnknownId: (at: Location, id: string, nearest?: string) =>
    err(
      'formula-unknown-id',
      `${where(at)}: the formula names ${q(id)}, which is no observation id.`,
      at,
      id,
      nearest ? `Did you mean ${q(nearest)}?` : 'Use the id of a curated or derived observation.',
    ),
  formulaCycle: (at: Location, ids: string[]) =>
    err(
      'formula-cycle',
      `${where(at)}: derived observations depend on each other in a cycle: ${ids.join(' → ')}.`,
      at,
      ids,
      'Break the cycle.',
    ),
  formulaDivisionByZero: (at: Location, formula: string) =>
    err(
      'formula-division-by-zero',
      `${where(at)}: formula ${q(formula)} divides by an interval that contains 0.`,
      at,
      formula,
      'A ratio needs a denominator that cannot be 0.',
    ),
  formulaNotFinite: (at: Location, formula: string, result: number, inputs: Record<string, number | null>) =>
    err(
      'formula-not-finite',
      `${where(at)}: formula ${q(formula)} gives ${String(result)}${Number.isNaN(result) ? '' : ', beyond the largest number a row can hold'}${
        Object.keys(inputs).length
          ? ` (its inputs: ${Object.entries(inputs)
              .map(([id, v]) => `${id} = ${String(v)}`)
              .join(', ')})`
          : ''
      }.`,
      at,
      { formula, result: String(result), inputs },
      'Check the formula and the values of its inputs: a derived figure must be a finite number.',
    ),
  unitMismatch: (at: Location, unit: string, indicator: string, expected: string) =>
    err(
      'unit-mismatch',
      `${where(at)}: unit ${q(unit)} does not fit indicator ${q(indicator)}, whose unit is ${q(expected)}.`,
      at,
      unit,
      expected === 'currency'
        ? 'Use an ISO 4217 code (USD, EUR, CNY, …).'
        : expected === 'count'
          ? 'Use the plural noun the text counts (drones, containers), in lower case.'
          : `Use ${q(expected)}, or another indicator.`,
    ),
  entityConflict: (at: Location, id: string, field: string, a: unknown, b: unknown) =>
    err(
      'entity-conflict',
      `${where(at)}: entity ${q(id)} has ${field} ${q(b)} here but ${q(a)} in an earlier annotation.`,
      at,
      b,
      'An entity shared by several sources must be described the same way in each.',
    ),
  listDelimiter: (at: Location, value: string) =>
    err(
      'list-delimiter',
      `${where(at)}: list item ${q(value)} contains '|', the list delimiter of the CSV files.`,
      at,
      value,
      "Remove the '|'.",
    ),
  // ---- corpus extraction (issue 7): extract --corpus; a bad line or file is rejected, not fatal ----
  corpusInvalidUtf8: (at: Location, byteOffset: number) =>
    err(
      'invalid-utf8',
      `${where(at)}: not valid UTF-8 at byte ${byteOffset} of the input.`,
      at,
      byteOffset,
      'Re-encode the corpus as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8).',
    ),
  corpusInvalidJson: (at: Location, detail: string, excerpt: string) =>
    err(
      'corpus-invalid-json',
      `${where(at)}: not valid JSON (${detail}).`,
      at,
      excerpt,
      'Each line must be one JSON object {"id": …, "text": …}; a line break inside a text is written \\n.',
    ),
  corpusNotObject: (at: Location, got: string, excerpt: string) =>
    err(
      'corpus-not-object',
      `${where(at)}: a JSON ${got}, not an object.`,
      at,
      excerpt,
      'Each line must be one JSON object {"id": …, "text": …}.',
    ),
  corpusNoId: (at: Location, got: string, excerpt: string) =>
    err(
      'corpus-no-id',
      `${where(at)}: no usable "id" (${got}).`,
      at,
      excerpt,
      'Give every document a non-empty string or number id: it names the document in the output and decides its shard.',
    ),
  corpusNoText: (at: Location, got: string, excerpt: string) =>
    err('corpus-no-text', `${where(at)}: "text" is not a string (${got}).`, at, excerpt, 'Give every document its text as a JSON string.'),
  corpusExtractorFailed: (at: Location, detail: string) =>
    err(
      'corpus-extractor-error',
      `${where(at)}: the extractor failed on this document: ${detail}`,
      at,
      detail,
      'This is a bug in the extractor, not in the corpus; please report it with the document.',
    ),
  corpusReaderFailed: (at: Location, detail: string) =>
    err(
      'corpus-reader-error',
      `${where(at)}: the reader failed on this document (--read): ${detail}`,
      at,
      detail,
      'This is a bug in the reader, not in the corpus; please report it with the document. The document is rejected whole (no mentions, no drafts); the run goes on.',
    ),
  corpusTooLong: (at: Location, detail: string) =>
    err(
      'corpus-too-long',
      `${where(at)}: the document is too long to extract from (${detail}); it is rejected, the run goes on.`,
      at,
      detail,
      'Split the document into several (a line per article or chapter); the cap keeps the memory of a run bounded (docs/scale.md). Under a worker memory cap (--worker-memory, on by default with --read) the longest document follows the cap: a larger cap admits longer documents.',
    ),
  corpusDocumentFailed: (at: Location, detail: string, excerpt: string) =>
    err(
      'corpus-document-error',
      `${where(at)}: this document could not be processed (${detail}); it is rejected, the run goes on.`,
      at,
      excerpt || detail,
      'Usually a value nested too deeply or too large to handle (such as thousands of nested arrays in a metadata field); simplify the line.',
    ),
  corpusOutNotEmpty: (dir: string, entry: string) =>
    err(
      'corpus-out-not-empty',
      `${dir}: holds ${q(entry)}, so it is not empty and not the output of an earlier corpus run.`,
      { file: dir },
      entry,
      "Give an empty or new folder to --out; a previous run's output folder is replaced.",
    ),
  corpusOutNotFolder: (dir: string) =>
    err(
      'corpus-out-not-folder',
      `${dir}: a file, not a folder, so it cannot hold the output of a corpus run.`,
      { file: dir },
      dir,
      "Give --out the path of a new or empty folder (it is created), or of an earlier run's output folder.",
    ),
  corpusOutHoldsInput: (out: string, input: string) =>
    err(
      'corpus-out-holds-input',
      `--out ${q(out)} holds the input ${q(input)} (or lies inside it); a run replaces its output folder, so it would delete or read its own input.`,
      { file: out },
      input,
      'Give --out a folder of its own, outside the input.',
    ),
  corpusPacked: (path: string, kind: string, commands: readonly string[]) =>
    err(
      'corpus-packed-input',
      `${path}: ${kind}, not JSONL: extract --corpus reads a JSONL file, a folder of .txt files, or JSONL on standard input (-).`,
      { file: path },
      kind,
      `Give the same documents in one of those forms: ${commands.join('; or, for compressed JSONL, ')} (docs/scale.md).`,
    ),
  corpusIoFailed: (path: string, doing: string, code: string, detail: string) =>
    err(
      'corpus-io-failed',
      `${path}: could not ${doing} (${code}: ${detail}).`,
      { file: path },
      code,
      'Check that the input is a readable file or folder, and that the output folder is writable and the disk has space; then run again.',
    ),
  corpusBadShard: (spec: string) =>
    err(
      'corpus-bad-shard',
      `--shard ${q(spec)} is not K/N with 0 <= K < N.`,
      {},
      spec,
      'Shards count from 0: --shard 0/4, 1/4, 2/4, 3/4 (e.g. --shard $SLURM_ARRAY_TASK_ID/4).',
    ),
  corpusBadWorkers: (value: string) =>
    err(
      'corpus-bad-workers',
      `--workers ${q(value)} is not a whole number from 0 to 256.`,
      {},
      value,
      'Use the number of cores (the default), or 0 to run in the main thread.',
    ),
  corpusBadWorkerMemory: (value: string, min: number) =>
    err(
      'corpus-bad-worker-memory',
      `--worker-memory ${q(value)} is not a whole number of MB, ${min} or more (or 0 for no cap).`,
      {},
      value,
      'Leave it out for the default (a cap with --read, none without: docs/scale.md), or give MB per worker thread, e.g. --worker-memory 512.',
    ),
  /** `exact`: the document the worker was on is known; otherwise `at` is the start of its batch. */
  corpusWorkerOutOfMemory: (at: Location, capMb: number | null, exact: boolean) =>
    err(
      'corpus-worker-out-of-memory',
      `${where(at)}: a worker thread ran out of memory ${exact ? 'on this document' : 'on the batch of documents that starts here'} (${
        capMb === null ? "V8's default limit" : `--worker-memory ${capMb} MB`
      }); the run stops, and the parts it wrote are removed.`,
      at,
      capMb,
      `Split the document into several (a line per article or chapter), or raise the cap${
        capMb === null ? ' (--worker-memory MB)' : ` (e.g. --worker-memory ${capMb * 2})`
      } if the machine has the memory for it: each worker thread may take that much, and the main thread ~150 MB (docs/scale.md).`,
    ),
  // ---- merging the shards of a corpus run (issue 17): merge-shards DIR ----
  mergeNoShards: (dir: string) =>
    err(
      'merge-no-shards',
      `${dir}: no source_shard=K folder to merge.`,
      { file: dir },
      dir,
      'Give the parent folder of the shards: each array task writes DIR/source_shard=K (scale/slurm/extract.sbatch).',
    ),
  mergeBadManifest: (file: string, detail: string) =>
    err(
      'merge-bad-manifest',
      `${file}: not the manifest of a sharded corpus run (${detail}).`,
      { file },
      detail,
      'Run that shard again (extract --corpus … --shard K/N); a manifest is written by the run, never by hand.',
    ),
  mergeShardMissing: (
    dir: string,
    missing: { index: number; folder: boolean }[],
    count: number | null,
    corpus: string | null,
    read: boolean | null,
  ) => {
    const list = missing.map((m) => m.index).join(',');
    const why = missing
      .map((m) => `${m.index} (${m.folder ? 'no manifest.json: the task did not finish' : 'no folder: the task did not run'})`)
      .join(', ');
    const one = missing.length === 1;
    const n = count ?? 'N';
    const k = one ? String(missing[0]!.index) : 'K';
    // The other shards' options, as far as their manifests tell: a shard run without --read has no draft tables.
    const options = read === null ? ' (and --read if the other shards have draft tables)' : read ? ' --read' : '';
    return err(
      'merge-shard-missing',
      `${dir}: ${one ? 'shard' : 'shards'} ${why}${count === null ? '' : ` of ${count}`} ${one ? 'is' : 'are'} missing.`,
      { file: dir },
      missing.map((m) => m.index),
      `Rerun ${one ? 'that array index' : 'those array indexes'} alone, with the corpus of the first submission${corpus === null ? '' : ` (${corpus})`}: sbatch --array=${list} scale/slurm/extract.sbatch CORPUS ${dir} ${n} — or, without Slurm, extract --corpus CORPUS --out ${dir}/source_shard=${k} --shard ${k}/${n}${options}${one ? '' : ' for each'}; then merge again.`,
    );
  },
  mergeShardDuplicate: (index: number, folders: string[]) =>
    err(
      'merge-shard-duplicate',
      `shard ${index} is in ${folders.length} folders: ${folders.join(', ')}.`,
      { file: folders[0] },
      folders,
      `Keep one: the folder of shard ${index} is source_shard=${index}; delete the other copy.`,
    ),
  mergeShardMisplaced: (folder: string, index: number | null, count: number | null) =>
    err(
      'merge-shard-misplaced',
      index === null ? `${folder}: not a shard of 0…${(count ?? 1) - 1}.` : `${folder}: holds shard ${index}, not the shard its name says.`,
      { file: folder },
      index,
      index === null
        ? 'Remove the folder: it belongs to a run with another number of shards.'
        : `Move it to source_shard=${index}, or run that shard again into this folder.`,
    ),
  mergeShardMismatch: (folder: string, field: string, value: unknown, reference: string, expected: unknown) =>
    err(
      'merge-shard-mismatch',
      `${folder}/manifest.json: ${field} is ${q(value)}, but ${reference} has ${q(expected)}; the shards of one merge come from one input, one version and the same options.`,
      { file: `${folder}/manifest.json`, field },
      value,
      'Run that shard again with the same corpus, checkout and options as the others (sbatch --array=K …), or start the whole array again into an empty folder.',
    ),
  mergeCountsDiffer: (file: string, detail: string) =>
    err(
      'merge-counts-differ',
      `${file}: the counts do not add up: ${detail}.`,
      { file },
      detail,
      'The shard was changed after its run or comes from another input; run it again (sbatch --array=K …).',
    ),
  mergePartMissing: (file: string, expected: number, actual: number | null) =>
    err(
      'merge-part-missing',
      actual === null
        ? `${file}: listed in its shard's manifest, but missing.`
        : `${file}: ${actual} bytes, but its shard's manifest says ${expected}.`,
      { file },
      actual,
      'A part was deleted or changed after the run; run that shard again (sbatch --array=K …).',
    ),
  // ---- documentation site (issue 5): site inputs and `serve` ----
  siteNotBuilt: (dir: string) =>
    err(
      'site-not-built',
      `${dir}/site/index.html: no built site to serve.`,
      { file: `${dir}/site/index.html` },
      dir,
      "Run 'npm run build' first (it writes the site into dist/site/), or pass --dir to serve another build.",
    ),
  badPort: (value: string) =>
    err(
      'bad-port',
      `--port ${q(value)} is not a port number from 0 to 65535.`,
      {},
      value,
      'Use a free port such as 8000, or 0 to let the system pick one.',
    ),
  portInUse: (port: number) =>
    err(
      'port-in-use',
      `Port ${port} on 127.0.0.1 is already in use.`,
      {},
      port,
      'Stop the other server, or pick another port with --port N (0 lets the system pick one).',
    ),
  // ---- errors and safe outputs (issue 4): where the build may write ----
  outUnsafe: (out: string, reason: string) =>
    err(
      'unsafe-out',
      `--out ${q(out)} ${reason}; the build replaces its output folder whole, so it refuses this one.`,
      { file: out },
      out,
      'Give a folder of its own, such as dist (the default) or a new folder outside raw/.',
    ),
  outNotPackage: (out: string, entry: string) =>
    err(
      'out-not-package',
      `${out}: holds ${q(entry)}, which no SHA256SUMS of an earlier build lists, so it is not a package this project built; the build replaces its output folder whole.`,
      { file: out },
      entry,
      'Give an empty or new folder to --out, or the folder of an earlier build (its SHA256SUMS lists datapackage.json and every other file in it).',
    ),
  writeFailed: (out: string, code: string, detail: string) =>
    err(
      'write-failed',
      `${out}: could not write the package (${code}: ${detail}); ${out} is as it was before the build.`,
      { file: out },
      code,
      'Check that the folder beside it is writable and the disk has space, then build again.',
    ),
};

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

/** What an internal error (a bug, not the data) prints: two lines; the stack trace only with --debug. */
export function internalErrorText(detail: string): string {
  return `internal error: ${detail}\nThis is a bug in the pipeline, not in your data. Re-run with --debug for the stack trace and report it.\n`;
}
