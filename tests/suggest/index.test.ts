import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readingFingerprint, textDigest } from '../../pipeline/model/review.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { parseYaml } from '../../pipeline/core/yaml.js';
import { normalizeText } from '../../pipeline/core/text.js';
import { planSuggest, type SuggestPlan } from '../../pipeline/suggest/index.js';
import { findTodos, isTodo } from '../../pipeline/model/todo.js';
import { validateYaml } from '../../pipeline/model/ajv.js';
import { INPUT_SCHEMAS } from '../../pipeline/model/schemas.js';
import { FIXTURE_ID, VOCAB, fixtureBytes, fixtureMentions, fixtureText, goldenPath } from './helpers.js';

const dec = new TextDecoder();
const plan = (
  files: Record<string, string | Uint8Array> = VOCAB,
  opts: { id?: string; force?: boolean; file?: string } = {},
): SuggestPlan =>
  planSuggest(
    memoryFS(files),
    { file: opts.file ?? `/tmp/in/${FIXTURE_ID}.txt`, bytes: fixtureBytes(), id: opts.id, force: opts.force },
    fixtureMentions,
  );
const written = (p: SuggestPlan, path: string): string => dec.decode(p.writes.find((w) => w.path === path)!.bytes);
const annotationOf = (p: SuggestPlan) => written(p, `raw/annotations/${p.id}.yaml`);
const sidecarOf = (p: SuggestPlan) => written(p, `raw/sources/${p.id}.source.yaml`);

function refusal(f: () => unknown): FiguresError {
  try {
    f();
  } catch (e) {
    if (e instanceof FiguresError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** Compares with the checked-in golden file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(actual: string, name: string): void {
  const path = goldenPath(name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** What a curator does: accept every guess (TODO(x) → x) and supply the rest. */
const SUPPLIED: Record<string, unknown> = {
  indicator: 'import-share',
  reporter: 'RUS',
  partner: 'CHN',
  product: 'machine-tools',
  period: '2023',
  attributed_to: null,
  type: 'organization',
  country: null,
  role: 'a role in the story',
  reason: 'not a supply statistic',
  title: 'A title',
  title_basis: null,
  publisher: null,
  publisher_basis: 'Not verified.',
  byline: null,
  url: null,
  published: null,
  published_inferred: '2024-07-01',
  published_basis: 'The text says so.',
  retrieved: '2026-11-28',
  retrieved_basis: null,
  licence: null,
  public_domain: false,
  excerpt: false,
  excerpt_note: null,
};
function fill(v: unknown, key = ''): unknown {
  if (isTodo(v)) {
    const m = /^TODO\((.*)\)$/s.exec(v as string);
    if (!m) return SUPPLIED[key];
    return m[1] === 'true' ? true : m[1] === 'false' ? false : m[1];
  }
  if (Array.isArray(v)) return v.map((x) => fill(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, k)]));
  return v;
}
const problemsOf = (yamlText: string, schema: 'annotation' | 'sidecar') =>
  validateYaml(INPUT_SCHEMAS[schema]!, parseYaml(yamlText, 'draft.yaml').doc!);
const filled = (yamlText: string) => JSON.stringify(fill(parse(yamlText)));

describe('suggest: the draft', () => {
  it('matches the golden draft annotation and sidecar for the fixture text', () => {
    const p = plan();
    expectGolden(annotationOf(p), 'news-2024-07-01-example.yaml');
    expectGolden(sidecarOf(p), 'news-2024-07-01-example.source.yaml');
  });

  it('marks every draft observation and claim unreviewed, with the reader’s proposal and the fingerprint of text, quote and proposal', () => {
    const draft = parse(annotationOf(plan()));
    const digest = textDigest(normalizeText(fixtureText()));
    expect(draft.observations.length).toBeGreaterThan(0);
    for (const o of draft.observations) {
      expect(o.review).toMatchObject({ decision: 'unreviewed', text: digest });
      expect(o.review.fingerprint).toBe(readingFingerprint(digest, o.quote, o.review.proposal));
    }
    expect(draft.observations[0].review.proposal).toMatchObject({ reporter: 'RUS', partner: 'CHN', product: 'machine-tools' });
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(annotationOf(plan())).toBe(annotationOf(plan()));
  });

  it('turns every statistic the reader finds into a draft observation with its exact quote, and every other mention into a draft ignore entry with the reader’s reason', () => {
    const draft = parse(annotationOf(plan()));
    expect(draft.observations.map((o: { quote: string }) => o.quote)).toEqual(['about $1.2 billion', 'Nearly 60%']);
    expect(draft.ignore.map((o: { quote: string }) => o.quote)).toEqual(['three', '2023', 'the first half of 2024']);
    expect(draft.ignore[0].reason).toBe('TODO(no supply or trade figure)');
  });

  it('drafts the reader’s claims, every field a guess to confirm', () => {
    const claims = parse(annotationOf(plan())).claims;
    expect(Array.isArray(claims)).toBe(true);
  });

  it('counts what it drafted as the annotation holds it, for the summary the command prints', () => {
    const p = plan();
    const draft = parse(annotationOf(p));
    expect([p.observations, p.claims, p.ignored, p.entities]).toEqual([
      draft.observations.length,
      draft.claims.length,
      draft.ignore.length,
      draft.entities.length,
    ]);
  });

  it('pre-fills reporter, partner, product, indicator, period and attribution as guesses to confirm', () => {
    const [money, share] = parse(annotationOf(plan())).observations;
    expect(money).toMatchObject({
      indicator: 'TODO(import-value)',
      reporter: 'TODO(RUS)',
      partner: 'TODO(CHN)',
      product: 'TODO(machine-tools)',
      period: 'TODO(2023)',
      attributed_to: 'TODO(customs data analysed by the Example Institute)',
    });
    expect(share).toMatchObject({
      indicator: 'TODO(supply-share)',
      reporter: 'TODO(RUS)',
      partner: 'TODO(CHN)',
      product: 'TODO(microelectronics)',
      period: 'TODO(2024-H1)',
      attributed_to: 'TODO(U.S. Treasury Secretary Janet Yellen)',
    });
  });

  it('reuses an entity another annotation defines, with identical fields and no TODO', () => {
    const yellen = parse(annotationOf(plan())).entities.find((e: { id: string }) => e.id === 'janet-yellen');
    expect(yellen).toEqual({
      id: 'janet-yellen',
      name: 'Janet Yellen',
      type: 'person',
      country: 'USA',
      role: 'U.S. Treasury Secretary',
      aliases: ['Yellen'],
    });
  });

  it('does not copy an entity another annotation has left unfinished (a TODO in it): it drafts it anew', () => {
    const files = {
      ...VOCAB,
      'raw/annotations/news-2024-01-01-other.yaml': VOCAB['raw/annotations/news-2024-01-01-other.yaml'].replace(
        'type: person',
        'type: TODO(person)',
      ),
    };
    const yellen = parse(annotationOf(plan(files))).entities.find((e: { name: string }) => e.name === 'Janet Yellen');
    expect(yellen).toMatchObject({ id: 'janet-yellen', type: 'TODO(person)' });
    expect(annotationOf(plan(files))).not.toContain('as in news-2024-01-01-other');
  });

  it('proposes a known entity whose name ends with a name the text uses, under a guessed id', () => {
    const institute = parse(annotationOf(plan())).entities.find((e: { name: string }) => e.name === 'Global Example Institute');
    expect(institute).toEqual({
      id: 'TODO(global-example-institute)',
      name: 'Global Example Institute',
      type: 'organization',
      country: null,
      role: 'a research group',
      aliases: [],
      quote: 'Example Institute',
    });
  });

  it('drafts new capitalized names as entities with guessed type and country', () => {
    const entities = parse(annotationOf(plan())).entities;
    expect(entities.map((e: { name: string }) => e.name)).toEqual([
      'Russia',
      'China',
      'Global Example Institute',
      'Janet Yellen',
      'Li Wei',
      'Chinese Embassy',
    ]);
    expect(entities.find((e: { name: string }) => e.name === 'Chinese Embassy')).toMatchObject({
      type: 'TODO(government_body)',
      country: 'TODO(CHN)',
      role: 'TODO',
    });
  });

  it('is refused by the schemas as drafted: every TODO is a draft-value error', () => {
    const p = plan();
    const annotation = problemsOf(annotationOf(p), 'annotation');
    expect(annotation.length).toBeGreaterThan(0);
    expect(annotation.every((x) => x.code === 'draft-value')).toBe(true);
    expect(annotation.length).toBe(findTodos(parse(annotationOf(p))).length);
    expect(problemsOf(sidecarOf(p), 'sidecar').length).toBe(findTodos(parse(sidecarOf(p))).length);
  });

  it('validates against the annotation and sidecar schemas once its TODOs are filled', () => {
    const p = plan();
    expect(problemsOf(filled(annotationOf(p)), 'annotation')).toEqual([]);
    expect(problemsOf(filled(sidecarOf(p)), 'sidecar')).toEqual([]);
  });

  it('fills the sidecar with the SHA-256 and length of the normalized text', () => {
    const side = parse(sidecarOf(plan()));
    expect(side.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(side.characters).toBe(dec.decode(fixtureBytes()).length);
    expect(side.dateline).toBe('TODO(MOSCOW)');
  });
});

describe('suggest: files', () => {
  it('copies the text into raw/sources/ byte for byte (BOM and CRLF kept in the copy)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Nearly 60% came.\r\nMore.\r\n')]);
    const p = planSuggest(memoryFS(VOCAB), { file: 'x/news-a.txt', bytes }, () => []);
    expect(p.writes.find((w) => w.path === 'raw/sources/news-a.txt')!.bytes).toEqual(bytes);
    expect(parse(sidecarOf(p)).characters).toBe('Nearly 60% came.\nMore.\n'.length);
  });

  it('keeps a text already in place with the same bytes, and an existing sidecar', () => {
    const p = plan(
      { ...VOCAB, [`raw/sources/${FIXTURE_ID}.txt`]: fixtureBytes(), [`raw/sources/${FIXTURE_ID}.source.yaml`]: 'title: mine\n' },
      { file: `raw/sources/${FIXTURE_ID}.txt` },
    );
    expect(p.writes.map((w) => w.path)).toEqual([`raw/annotations/${FIXTURE_ID}.yaml`]);
    expect(p.kept).toEqual([`raw/sources/${FIXTURE_ID}.txt`, `raw/sources/${FIXTURE_ID}.source.yaml`]);
  });

  it('never overwrites an existing annotation without --force (usage error, exit 2, nothing written)', () => {
    const e = refusal(() => plan({ ...VOCAB, [`raw/annotations/${FIXTURE_ID}.yaml`]: 'source: mine\n' }));
    expect(e.exitCode).toBe(2);
    expect(e.problems[0]).toMatchObject({ code: 'annotation-exists', location: { file: `raw/annotations/${FIXTURE_ID}.yaml` } });
    expect(e.problems[0]!.message).toContain('never overwrites');
    expect(e.problems[0]!.hint).toContain('--force');
  });

  it('replaces an existing annotation with --force, leaving the sidecar alone', () => {
    const p = plan(
      { ...VOCAB, [`raw/annotations/${FIXTURE_ID}.yaml`]: 'source: mine\n', [`raw/sources/${FIXTURE_ID}.source.yaml`]: 'title: mine\n' },
      { force: true },
    );
    expect(p.writes.map((w) => w.path)).toEqual([`raw/sources/${FIXTURE_ID}.txt`, `raw/annotations/${FIXTURE_ID}.yaml`]);
  });

  it('refuses a different text under an existing id, even with --force', () => {
    const e = refusal(() => plan({ ...VOCAB, [`raw/sources/${FIXTURE_ID}.txt`]: 'another text' }, { force: true }));
    expect(e.exitCode).toBe(2);
    expect(e.problems[0]!.code).toBe('source-text-differs');
  });

  it.each([
    ['a file name that is not a slug', { file: '/tmp/My Article.txt' }, 'my-article'],
    ['an --id with a path in it', { id: '../../etc/passwd' }, 'etc-passwd'],
    ['an --id with capitals', { id: 'News-A' }, 'news-a'],
  ])('refuses %s and suggests a slug', (_what, opts, suggestion) => {
    const e = refusal(() => plan(VOCAB, opts));
    expect(e.exitCode).toBe(2);
    expect(e.problems[0]!.code).toBe('unsafe-id');
    expect(e.problems[0]!.hint).toContain(suggestion);
  });

  it('asks only for another --id, not a renamed file, when the id came from --id', () => {
    expect(refusal(() => plan(VOCAB, { id: 'News-A' })).problems[0]!.hint).toBe('Pass --id news-a.');
    expect(refusal(() => plan(VOCAB, { file: '/tmp/My Article.txt' })).problems[0]!.hint).toContain('Rename the file to my-article.txt');
  });

  it('refuses an empty or blank text, writing nothing', () => {
    for (const blank of ['', ' \n\r\n\t']) {
      const e = refusal(() =>
        planSuggest(memoryFS(VOCAB), { file: '/tmp/in/news-c.txt', bytes: new TextEncoder().encode(blank) }, () => []),
      );
      expect(e.exitCode).toBe(2);
      expect(e.problems[0]).toMatchObject({ code: 'empty-text', location: { file: '/tmp/in/news-c.txt' } });
    }
  });

  it('takes the id from --id over the file name', () => {
    expect(plan(VOCAB, { id: 'news-b' }).writes.map((w) => w.path)).toContain('raw/annotations/news-b.yaml');
  });
});
