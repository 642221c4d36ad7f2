/**
 * A new user's walk, end to end (issue 13, "Done when"): clone the repository, load the tables,
 * cite a release by its version, add a source with a count and a lower-case country, release
 * (a minor release, as the tool says; then a patch release of a correction) and verify a fresh
 * clone. Each step asserts what the tools print — outputs and hints — so a wrong hint fails it.
 *
 * It works in a clone (git clone --no-local) in a temporary folder: the real working tree is only
 * read, and what it tests is this checkout's committed HEAD. No network.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figures, git, repoRoot, type Run } from '../release/repoCopy.js';

const ID = 'usdos-2025-03-03-dprk-munitions-russia';
const ANNOTATION = `raw/annotations/${ID}.yaml`;
const SIDECAR = `raw/sources/${ID}.source.yaml`;
/**
 * An invented statement (test data written for this test): a count, and countries in lower case.
 * The count is a statistic only (docs/curation.md, session 14); the claim is the clause after it.
 */
const STATEMENT =
  'WASHINGTON, March 3, 2025 — The Department of State said on Monday that north korea has sent nearly 11,000 containers of munitions to russia since September 2023, and that it also supplies ballistic missiles.\n' +
  'russia has used these shells against ukraine, and the kremlin has paid for them in U.S. dollars through banks in third countries, officials said.\n';

let clone: string;
const read = (path: string) => readFileSync(join(clone, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(clone, path), text);
const csv = (path: string) => Papa.parse<Record<string, string>>(read(path).trimEnd(), { header: true }).data;
const versionOf = (dir: string) => /^version: (\S+)$/m.exec(readFileSync(join(dir, 'raw/dataset.yaml'), 'utf8'))![1]!;
const ok = (r: Run, what: string) => expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);

/** Runs exactly the `git add …` and `git commit -m "…"` lines a command printed, as a user would. */
function commitAsPrinted(stdout: string): void {
  const add = /^ {2}(?:Then: npm run build && )?git add (.+?)(?: && git commit .*)?$/m.exec(stdout)?.[1];
  const message = /git commit -m "([^"]+)"/.exec(stdout)?.[1];
  expect(add, stdout).toBeDefined();
  expect(message, stdout).toBeDefined();
  git(clone, 'add', ...add!.split(' '));
  git(clone, 'commit', '-qm', message!);
}

beforeAll(() => {
  clone = join(mkdtempSync(join(tmpdir(), 'fig-walk-')), 'clone');
  git(tmpdir(), 'clone', '-q', '--no-local', repoRoot, clone);
  // npm ci would install these; the compiled CLI (build/) is made by its prepare step.
  symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  symlinkSync(join(repoRoot, 'build'), join(clone, 'build'), 'dir');
  appendFileSync(join(clone, '.git', 'info', 'exclude'), 'node_modules\nbuild\n/release/\n');
}, 120_000);

describe('a new user, step by step', () => {
  let before: string; // the version the clone is at

  it('loads the tables: CSV and Arrow hold the same rows, and every observation names a known source', () => {
    before = versionOf(clone);
    expect(JSON.parse(read('dist/datapackage.json')).version).toBe(before);
    const rows = csv('dist/data/observations.csv');
    const arrow = tableFromIPC(readFileSync(join(clone, 'dist/data/observations.arrow')));
    expect(arrow.numRows).toBe(rows.length);
    expect(arrow.getChild('observation_id')!.toArray()).toEqual(rows.map((r) => r.observation_id));
    const sources = new Set(csv('dist/data/sources.csv').map((s) => s.source_id));
    expect(rows.filter((r) => !sources.has(r.source_id!))).toEqual([]);
  });

  it('cites 1.0.0 by its version: the zip made again has the SHA-256 the CHANGELOG records, and holds the figure docs/citing.md cites', () => {
    const entry = /^## 1\.0\.0 — .*\n\nRelease commit `([0-9a-f]{40})`; zip `([^`]+)`, SHA-256 `([0-9a-f]{64})`/m.exec(
      read('CHANGELOG.md'),
    );
    expect(entry).not.toBeNull();
    const [, commit, zipName, sha] = entry!;
    const r = figures(clone, ['zip', '1.0.0']);
    ok(r, 'zip 1.0.0');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`SHA-256 ${sha}`);
    expect(r.stdout).toContain(`release commit ${commit}`);
    const files = unzipSync(new Uint8Array(readFileSync(join(clone, 'release', zipName!))));
    const root = zipName!.replace(/\.zip$/, '');
    const observations = new TextDecoder().decode(files[`${root}/data/observations.csv`]);
    expect(observations).toMatch(/^ru-microelectronics-share-cn-2023,/m);
    expect(read('docs/citing.md')).toContain(
      'observation\n`ru-microelectronics-share-cn-2023` in China–Russia dual-use supply figures, version 1.0.0',
    );
  });

  it('compares 1.0.0 (also written v1.0.0) with the current package, with no error', () => {
    for (const spec of ['1.0.0', 'v1.0.0']) {
      const r = figures(clone, ['diff', spec, 'dist']);
      ok(r, `diff ${spec} dist`);
      expect(r.stdout.split('\n')[0]).toMatch(
        new RegExp(`\\(1\\.0\\.0\\) → dist \\(${before.replace(/\./g, '\\.')}\\): (MAJOR|MINOR|PATCH) change$`),
      );
      expect(r.stderr).not.toMatch(/error\[/);
    }
  });

  let draft: {
    observations: Record<string, unknown>[];
    entities: Record<string, unknown>[];
    claims: Record<string, unknown>[];
  };

  it('drafts the new source with suggest: existing entities for the lower-case countries, the count with its guesses', () => {
    const file = join(clone, '..', `${ID}.txt`);
    writeFileSync(file, STATEMENT);
    const r = figures(clone, ['suggest', file, '--id', ID]);
    ok(r, 'suggest');
    expect(r.stdout).toContain(`wrote raw/sources/${ID}.txt\nwrote ${SIDECAR}\nwrote ${ANNOTATION}\n`);
    expect(r.stdout).toContain(`Next: review ${ANNOTATION} and the sidecar (docs/adding-a-source.md), then npm run build.`);
    draft = parse(read(ANNOTATION));
    // north korea, russia, ukraine as the entities other sources define (not new ones); not the
    // Kremlin as an alias of Russia, nor the dateline's WASHINGTON, nor "U.S. dollars".
    expect(draft.entities.map((e) => e.id)).toEqual(['TODO(us-department-of-state)', 'north-korea', 'russia', 'ukraine']);
    const russia = draft.entities.find((e) => e.id === 'russia')!;
    expect(russia.aliases).toContain('russia');
    expect(russia.aliases).not.toContain('kremlin');
    expect(draft.entities.find((e) => e.id === 'north-korea')!.aliases).toContain('north korea');
    expect(draft.observations).toHaveLength(1);
    expect(draft.observations[0]).toMatchObject({
      quote: 'nearly 11,000',
      indicator: 'TODO(supply-count)',
      reporter: 'TODO(RUS)',
      partner: 'TODO(PRK)',
      product: 'TODO(ammunition)',
      period: 'TODO',
      unit: 'TODO(containers)',
    });
    expect(read(ANNOTATION)).toContain('write 2023-09/YYYY-MM, up to the month the text was published');
    expect(draft.claims[0]).toMatchObject({
      supplier: ['TODO(north-korea)'],
      recipient: 'TODO(russia)',
      claimant: 'TODO(us-department-of-state)',
    });
  });

  it('validates the draft: every TODO of the sidecar and the annotation at once, each saying what to write', () => {
    const r = figures(clone, ['validate']);
    expect(r.status).toBe(1);
    const codes = [...r.stderr.matchAll(/^error\[([a-z-]+)\] ([^:]+):/gm)];
    // Every TODO, and every draft of the reader still to review (docs/adding-a-source.md, §3).
    expect(new Set(codes.map((m) => m[1]))).toEqual(new Set(['draft-value', 'unreviewed-draft']));
    expect(new Set(codes.map((m) => m[2]))).toEqual(new Set([SIDECAR, ANNOTATION]));
    expect(r.stderr).toContain(`hint: Replace the TODO: if the guess is right, write reporter: "RUS"`);
    expect(r.stderr).toContain(`'review ${ID} --accept 1'`);
    expect(r.stderr).toMatch(/^\d+ error\(s\), 0 warning\(s\)\.$/m);
  });

  it('fills the draft (each guess confirmed, the rest given) and builds: the count in its noun, the lower-case countries found', () => {
    const filled = read(ANNOTATION)
      .replace(/^(\s+period:) TODO #.*$/m, '$1 "2023-09/2025-03"')
      .replace(/TODO\(([^)#\n]*)\)/g, '$1')
      .replace('end_use: TODO', 'end_use: null')
      .replace(/(- quote: March 3, 2025\n\s+reason:) TODO/, '$1 the date of the statement');
    write(ANNOTATION, filled);
    const values: Record<string, string> = {
      title: '"Statement on north korea’s munitions for russia"',
      title_basis: '"a descriptive title: the statement has no headline"',
      publisher: 'U.S. Department of State',
      publisher_basis: '"the statement names the Department as its author"',
      byline: 'null',
      dateline: '"WASHINGTON, March 3, 2025"',
      url: 'null',
      published: '"2025-03-03"',
      published_inferred: 'null',
      published_basis: 'null',
      retrieved: '"2025-03-04"',
      retrieved_basis: '"an invented statement written for this test"',
      licence: '"Public domain (a work of the U.S. federal government)"',
      public_domain: 'true',
      excerpt: 'false',
      excerpt_note: 'null',
      language: 'en',
    };
    write(
      SIDECAR,
      read(SIDECAR).replace(/^([a-z_]+): TODO.*$/gm, (line, key: string) => (key in values ? `${key}: ${values[key]}` : line)),
    );
    expect(read(ANNOTATION) + read(SIDECAR)).not.toMatch(/:\s+\[?TODO/);

    // The review the hint asked for: both drafts checked against the text and accepted. The
    // period's end given by hand is the reader's too now that the sidecar gives the date
    // (docs/curation.md, "since X"): the review records the reading now, so the figure is accepted.
    const reviewed = figures(clone, ['review', ID, '--accept', '1,2']);
    ok(reviewed, 'review --accept');
    expect(read(ANNOTATION)).not.toContain('decision: unreviewed');
    expect(read(ANNOTATION)).toMatch(/period: "2023-09\/2025-03"[^]*?decision: accepted\n[^]*?proposal: \{[^}]*period: 2023-09\/2025-03/);

    const valid = figures(clone, ['validate']);
    ok(valid, 'validate the filled draft');
    expect(valid.stderr.trim()).toBe('valid: no problems.');

    const built = figures(clone, ['build']);
    ok(built, 'build');
    expect(built.stderr).toMatch(/^built dist\/: \d+ files, \d+ bytes$/m);
    expect(built.stderr).toContain('updated CITATION.cff, the copy of dist/CITATION.cff: commit it with dist/');
    const row = csv('dist/data/observations.csv').find((o) => o.source_id === ID);
    expect(row).toMatchObject({
      indicator: 'supply-count',
      reporter: 'RUS',
      partner: 'PRK',
      product: 'ammunition',
      period: '2023-09/2025-03',
      value: '11000',
      unit: 'containers',
      hedge: 'at_most',
    });
    const mentions = csv('dist/data/entity_mentions.csv').filter((m) => m.source_id === ID);
    expect(mentions.filter((m) => m.entity_id === 'russia').map((m) => m.text)).toEqual(['russia', 'russia']);
    expect(mentions.filter((m) => m.entity_id === 'north-korea').map((m) => m.text)).toEqual(['north korea']);
    expect(mentions.filter((m) => m.entity_id === 'united-states')).toEqual([]); // "U.S. dollars", the dateline
  });

  let released: string;

  it('releases it: not as a patch (a new source is a minor change, the refusal says so), then as the minor release the diff gives', () => {
    const patch = figures(clone, ['release', '--bump', 'patch']);
    expect(patch.status).toBe(2);
    // The count is the new source's alone when the clone's main is a release; it also holds any
    // change made since the last one, and a row removed since then (a correction main holds,
    // not yet released) makes it a major release.
    const need = /error\[release-bump-too-small\] --bump patch is too small: the changes need a (minor|major) release \(([^\n]*)/.exec(
      patch.stderr,
    );
    expect(need, patch.stderr).not.toBeNull();
    const kind = need![1]!;
    if (kind === 'minor') expect(need![2]).toMatch(/^table sources: \d+ rows? added/);
    expect(patch.stderr).toContain(`hint: Use --bump ${kind} or --bump auto`);

    const r = figures(clone, ['release']);
    ok(r, 'release');
    const [maj, min] = before.split('.').map(Number) as [number, number];
    released = kind === 'major' ? `${maj + 1}.0.0` : `${maj}.${min + 1}.0`;
    expect(r.stdout).toContain(`Released china-russia-dual-use-figures ${released} (`);
    expect(r.stdout).toContain(`a ${kind} release after ${before}.`);
    expect(r.stdout).toContain(
      `Built from inputs not yet committed, which the release commit must hold: ${ANNOTATION}, ${SIDECAR}, raw/sources/${ID}.txt.`,
    );
    commitAsPrinted(r.stdout);
    expect(git(clone, 'status', '--porcelain')).toBe('');

    const record = figures(clone, ['release', '--record']);
    ok(record, 'release --record');
    expect(record.stdout).toMatch(
      new RegExp(`^ {2}${released.replace(/\./g, '\\.')}: commit [0-9a-f]{40}, zip SHA-256 [0-9a-f]{64}$`, 'm'),
    );
    ok(figures(clone, ['build']), 'build after --record');
    commitAsPrinted(record.stdout.replace(/^Then: /m, '  Then: '));
    expect(git(clone, 'status', '--porcelain')).toBe('');
  }, 600_000);

  it('corrects the new figure’s attribution in a patch release', () => {
    write(ANNOTATION, read(ANNOTATION).replace('attributed_to: The Department of State', 'attributed_to: the U.S. Department of State'));
    // A reviewed item corrected by hand: its review block must say so, and validate says how.
    const stale = figures(clone, ['validate']);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('error[review-mismatch]');
    expect(stale.stderr).toContain('hint: Set decision: edited with edited: [attributed_to].');
    write(ANNOTATION, read(ANNOTATION).replace(/decision: accepted\n/, 'decision: edited\n      edited: [attributed_to]\n'));
    const r = figures(clone, ['release', '--bump', 'patch']);
    ok(r, 'release --bump patch');
    expect(r.stdout).toContain(`a patch release after ${released}.`);
    expect(r.stdout).toContain(`Built from inputs not yet committed, which the release commit must hold: ${ANNOTATION}.`);
    expect(r.stdout).toMatch(/^ {2}patch {2}table observations: 1 value corrected in 1 row$/m);
    commitAsPrinted(r.stdout);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  }, 600_000);

  it('verifies in a fresh clone, which makes the patch release’s zip again byte for byte', () => {
    const fresh = join(clone, '..', 'fresh');
    git(join(clone, '..'), 'clone', '-q', '--no-local', clone, fresh);
    symlinkSync(join(repoRoot, 'node_modules'), join(fresh, 'node_modules'), 'dir');
    symlinkSync(join(repoRoot, 'build'), join(fresh, 'build'), 'dir');
    const verify = figures(fresh, ['verify']);
    expect(verify.stderr).toBe('');
    ok(verify, 'verify');
    const version = versionOf(fresh);
    expect(version).toBe(released.replace(/\.0$/, '.1'));
    const zip = figures(fresh, ['zip', version]);
    ok(zip, `zip ${version}`);
    const made = /SHA-256 ([0-9a-f]{64})/.exec(zip.stdout)![1];
    const original = readFileSync(join(clone, 'release', `china-russia-dual-use-figures-${version}.zip`));
    expect(made).toBe(createHash('sha256').update(original).digest('hex'));
  }, 600_000);
});
