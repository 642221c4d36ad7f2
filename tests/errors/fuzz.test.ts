/**
 * Property-based fuzzing (fast-check, fixed seeds) of what analysts edit by hand — annotation,
 * sidecar, vocabulary and dataset YAML, and source texts: random edits and truncations with YAML
 * metacharacters and Unicode confusables, wrong types at random paths, stray bytes, and quotes
 * whose apostrophes, quote marks, dashes or spaces differ from the text. The outcome is always a
 * valid build or errors with known codes, locations and hints; never a crash, never a partial
 * dist/, and never a look-alike quote silently accepted.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { FiguresError, type Problem } from '../../pipeline/core/errors.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { sha256 } from '../../pipeline/core/hash.js';
import { normalizeText } from '../../pipeline/core/text.js';
import { A, B, asRecord, baseFiles, readTree, type Files } from './fixtures.js';
import { knownCodes } from './knownCodes.js';
import { buildCommand, cleanUp, fingerprint, leftovers, project, repoRoot } from './project.js';

const known = knownCodes();
const enc = new TextEncoder();
const dec = new TextDecoder();
const base = baseFiles();
// Distinct inputs by outcome: rejected (the bad inputs) or still valid (an edit of a comment, a reason, a note).
const rejected = new Set<string>();
const valid = new Set<string>();
let onDiskRuns = 0;
afterAll(() => {
  console.log(
    `errors suite: fuzzing tried ${rejected.size + valid.size} distinct inputs: ${rejected.size} bad ones rejected with coded errors, ${valid.size} still valid; ${onDiskRuns} also built on disk`,
  );
  cleanUp();
});

/** YAML and text metacharacters, confusables and invisible characters. */
const CHARS = [
  ':',
  '-',
  '#',
  "'",
  '"',
  '\n',
  ' ',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '=',
  '’',
  '‘',
  '“',
  '”',
  '\u00a0',
  '\u2009',
  '\u200b',
  '–',
  '—',
  '−',
  '1',
  '0',
  'a',
  ',',
  '?',
  '\\',
  '\u0000',
  '\r',
  '\uFEFF',
  '`',
  '$',
  '.',
  'é',
  'e\u0301',
  'ﬁ',
  '🚀',
];
const edit = fc.record({ pos: fc.nat(), ch: fc.constantFrom(...CHARS), op: fc.constantFrom('insert', 'delete', 'replace', 'truncate') });
type Edit = { pos: number; ch: string; op: string };

function applyEdit(s: string, { pos, ch, op }: Edit): string {
  const i = pos % (s.length + 1);
  if (op === 'insert') return s.slice(0, i) + ch + s.slice(i);
  if (op === 'delete') return s.slice(0, i) + s.slice(i + 1);
  if (op === 'replace') return s.slice(0, i) + ch + s.slice(i + 1);
  return s.slice(0, i);
}

const key = (files: Files): string => {
  const h = createHash('sha256');
  for (const [k, v] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(k).update(v);
  return h.digest('hex');
};

/** Never a crash: check() returns, every problem is coded, located, explained. Returns the problems. */
function outcomeOf(files: Files): Problem[] {
  let problems: Problem[];
  try {
    problems = check(memoryFS(asRecord(files))).problems;
  } catch (e) {
    // A FiguresError thrown whole is coded too; anything else is a crash.
    if (!(e instanceof FiguresError)) throw e;
    problems = e.problems;
  }
  for (const p of problems) {
    expect(known, p.message).toContain(p.code);
    expect(p.location.file ?? p.location.table, p.message).toBeTruthy();
    expect(p.message.length, p.code).toBeGreaterThan(0);
    expect(p.hint, p.message).toMatch(/\S/);
  }
  (problems.length ? rejected : valid).add(key(files));
  return problems;
}

/** Every n-th input also goes through the build command on disk: failed, dist/ is as it was; built, it is the package. */
let n = 0;
function onDisk(files: Files, every: number): void {
  if (n++ % every !== 0) return;
  onDiskRuns++;
  const root = project('fuzz', files);
  const before = fingerprint(join(root, 'dist'));
  const { exit, error } = buildCommand(root);
  if (exit === 0) expect(fingerprint(join(root, 'dist'))).not.toEqual(before);
  else {
    expect(error!.problems.length).toBeGreaterThan(0);
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
  }
  expect(leftovers(root)).toEqual([]);
}

const text = (f: string) => dec.decode(base.get(f)!);
const YAMLS = [...base.keys()].filter((f) => f.endsWith('.yaml'));
const TEXTS = [...base.keys()].filter((f) => f.endsWith('.txt'));

describe('fuzzing the hand-edited files', () => {
  it('random character edits and truncations of any YAML file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YAMLS), fc.array(edit, { minLength: 1, maxLength: 3 }), (file, edits) => {
        const files = new Map(base).set(file, enc.encode(edits.reduce(applyEdit, text(file))));
        outcomeOf(files);
        onDisk(files, 10);
      }),
      { seed: 401, numRuns: 400 },
    );
  });

  it('wrong types at random paths of any YAML file', () => {
    const values = [
      null,
      0,
      -1,
      2.5,
      1e308,
      '',
      'x',
      'TODO',
      true,
      [],
      {},
      [1, 'a'],
      { quote: 1 },
      '2023-13',
      '2025-02-30',
      'A'.repeat(500),
      'a|b',
      '=1+1',
      '../etc/passwd',
      '’',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...YAMLS), fc.nat(), fc.constantFrom(...values), (file, pick, value) => {
        const doc = parseDocument(text(file));
        const paths: (string | number)[][] = [];
        const walk = (x: unknown, p: (string | number)[]): void => {
          paths.push(p);
          if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...p, i]));
          else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, [...p, k]);
        };
        walk(doc.toJS(), []);
        const path = paths[pick % paths.length]!;
        if (path.length === 0) doc.contents = doc.createNode(value) as never;
        else doc.setIn(path, value);
        const files = new Map(base).set(file, enc.encode(doc.toString()));
        outcomeOf(files);
        onDisk(files, 10);
      }),
      { seed: 402, numRuns: 200 },
    );
  });

  it('source texts edited, with and without the sidecar hash brought up to date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (file, edits, rehash) => {
        const edited = edits.reduce(applyEdit, text(file));
        const files = new Map(base).set(file, enc.encode(edited));
        if (rehash) {
          const sidecar = file.replace(/\.txt$/, '.source.yaml');
          const norm = normalizeText(edited);
          files.set(
            sidecar,
            enc.encode(
              text(sidecar)
                .replace(/sha256: .*/, `sha256: ${sha256(norm)}`)
                .replace(/characters: .*/, `characters: ${norm.length}`),
            ),
          );
        }
        const problems = outcomeOf(files);
        // An edited text with the old hash is always refused: as changed, or first for a character
        // no text may hold (NUL, a lone surrogate), which is checked before the hash.
        if (!rehash && normalizeText(edited) !== normalizeText(text(file)))
          expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(source-changed|bad-character)$/)]));
        onDisk(files, 8);
      }),
      { seed: 403, numRuns: 250 },
    );
  });

  it('stray bytes: invalid UTF-8 anywhere is refused with its byte offset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...base.keys()), fc.nat(), fc.integer({ min: 0x80, max: 0xff }), (file, pos, byte) => {
        const bytes = base.get(file)!;
        const at = pos % (bytes.length + 1);
        const files = new Map(base).set(file, new Uint8Array([...bytes.subarray(0, at), byte, ...bytes.subarray(at)]));
        const problems = outcomeOf(files);
        const bad = problems.find((p) => p.code === 'invalid-utf8');
        expect(bad, `0x${byte.toString(16)} at ${at} in ${file}`).toBeDefined();
        // The offending byte is the inserted one or the lead byte it broke.
        expect(bad!.location.offset!).toBeLessThanOrEqual(at);
        expect(bad!.location.offset!).toBeGreaterThanOrEqual(at - 3);
      }),
      { seed: 404, numRuns: 120 },
    );
  });
});

/** Every quote of an annotation, with the text it must be found in. */
function quotesOf(annotationFile: string): string[] {
  const found: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (k === 'quote' && typeof v === 'string') found.push(v);
        else walk(v);
      }
  };
  walk(parseDocument(text(annotationFile)).toJS());
  return found;
}

const LOOK_ALIKES: [RegExp, string[]][] = [
  [/’/, ["'", '‘', '`']],
  [/'/, ['’']],
  [/[“”]/, ['"']],
  [/ /, ['\u00a0', '  ', '\u2009', '']],
  [/[—–]/, ['-', '--']],
  [/-/, ['–', '−']],
];

describe('look-alike quotes get the hint, never silent acceptance', () => {
  const cases: { file: string; source: string; quote: string }[] = [];
  for (const id of [A, B])
    for (const quote of quotesOf(`raw/annotations/${id}.yaml`))
      cases.push({ file: `raw/annotations/${id}.yaml`, source: `raw/sources/${id}.txt`, quote });

  it('a quote with one character swapped for its look-alike is quote-not-found, with the original words as the hint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.nat(), fc.nat(), ({ file, source, quote }, which, at) => {
        const options = LOOK_ALIKES.filter(([re]) => re.test(quote));
        fc.pre(options.length > 0);
        const [re, subs] = options[which % options.length]!;
        const positions = [...quote].map((c, i) => (re.test(c) ? i : -1)).filter((i) => i >= 0);
        const i = positions[at % positions.length]!;
        const chars = [...quote];
        chars[i] = subs[at % subs.length]!;
        const altered = chars.join('');
        fc.pre(!text(source).includes(altered));
        const annotation = text(file).replace(`quote: ${quote}\n`, `quote: ${JSON.stringify(altered)}\n`);
        fc.pre(annotation !== text(file));
        const problems = outcomeOf(new Map(base).set(file, enc.encode(annotation)));
        const notFound = problems.filter((p) => p.code === 'quote-not-found');
        expect(notFound, altered).toHaveLength(1);
        expect(notFound[0]!.value).toBe(altered);
        expect(notFound[0]!.hint).toContain(`Did you mean ${JSON.stringify(quote)} at line `);
        expect(notFound[0]!.message).toContain('it differs only in case, quote marks, dashes or spacing: the text has');
      }),
      { seed: 405, numRuns: 80 },
    );
  });

  it('holds for the real first source too (its curly apostrophes and quotes)', () => {
    const raw = new Map([...readTree(join(repoRoot, 'raw'))].map(([k, v]) => [`raw/${k}`, v]));
    const annotation = [...raw.keys()].find((k) => k.startsWith('raw/annotations/news-'))!;
    const sourceText = dec.decode(raw.get(annotation.replace('annotations/', 'sources/').replace(/\.yaml$/, '.txt'))!);
    const yaml = dec.decode(raw.get(annotation)!);
    const withApostrophe = [...yaml.matchAll(/^\s*(?:- )?quote: (.*’.*)$/gm)]
      .map((m) => m[1]!)
      .filter((q) => !q.startsWith('"') && !q.startsWith("'"));
    expect(withApostrophe.length).toBeGreaterThan(0);
    for (const quote of withApostrophe.slice(0, 3)) {
      const altered = quote.replace('’', "'");
      expect(sourceText.includes(altered)).toBe(false);
      const problems = outcomeOf(
        new Map(raw).set(annotation, enc.encode(yaml.replace(`quote: ${quote}\n`, `quote: ${JSON.stringify(altered)}\n`))),
      );
      const p = problems.find((x) => x.code === 'quote-not-found' && x.value === altered);
      expect(p?.hint).toContain(`Did you mean ${JSON.stringify(quote)}`);
      expect(p?.message).toContain('the text has "’" (U+2019) where the quote has "\'" (U+0027)');
    }
  });
});
