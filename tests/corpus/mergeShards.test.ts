import { beforeAll, describe, expect, it } from 'vitest';
import { FiguresError } from '../../pipeline/core/errors.js';
import type { Manifest } from '../../pipeline/corpus/manifest.js';
import { mergeShards, shardFolder, shardFolderIndex, type MergeInput, type ShardFolder } from '../../pipeline/corpus/mergeShards.js';
import { defaultOptions, type CorpusOptions } from '../../pipeline/corpus/options.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { FAKE_EXTRACTOR } from './fixtures/fakeExtractor.js';
import { jsonlCorpus, memoryInput } from './fixtures/corpus.js';

const N = 3;
// Bad lines (rejected by every shard) and two documents the extractor fails on (rejected by theirs only).
const corpus = jsonlCorpus(90, { bad: true }) + '{"id": "boom-1", "text": "EXPLODE 1"}\n{"id": "boom-2", "text": "EXPLODE 2"}\n';

async function run(shard: CorpusOptions['shard']) {
  const out = memoryOutputDir();
  const opts: CorpusOptions = {
    ...defaultOptions('corpus.jsonl', 'out'),
    extractor: FAKE_EXTRACTOR,
    workers: 0,
    partRows: 40,
    format: 'jsonl',
    shard,
  };
  const manifest = await runCorpus(opts, { out, input: memoryInput(corpus, opts.batchBytes) });
  return { manifest, files: out.files };
}

let single: Manifest;
/** The shards' files by path relative to DIR (source_shard=K/…). */
let shardFiles: Map<string, Uint8Array>;

beforeAll(async () => {
  single = (await run(null)).manifest;
  shardFiles = new Map();
  for (let k = 0; k < N; k++) {
    const { files } = await run({ index: k, count: N });
    for (const [path, bytes] of files) shardFiles.set(`${shardFolder(k)}/${path}`, bytes);
  }
});

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const manifestOf = (k: number): Manifest => JSON.parse(text(shardFiles.get(`${shardFolder(k)}/manifest.json`)!)) as Manifest;

/** The merge input for the shards, with some folders' manifests replaced (null: none) and some folders left out. */
function input(
  opts: { manifests?: Record<number, unknown>; omit?: number[]; extra?: ShardFolder[]; files?: Map<string, Uint8Array> } = {},
): MergeInput {
  const files = opts.files ?? shardFiles;
  const folders: ShardFolder[] = [];
  for (let k = 0; k < N; k++) {
    if (opts.omit?.includes(k)) continue;
    const over = opts.manifests?.[k];
    const manifest =
      over === undefined
        ? text(files.get(`${shardFolder(k)}/manifest.json`)!)
        : over === null
          ? null
          : typeof over === 'string'
            ? over
            : JSON.stringify(over);
    folders.push({ name: shardFolder(k), manifest });
  }
  return { dir: 'out', folders: [...folders, ...(opts.extra ?? [])], size: (rel) => files.get(rel)?.length ?? null };
}

function problemsOf(i: MergeInput) {
  try {
    mergeShards(i);
  } catch (e) {
    if (e instanceof FiguresError) return e.problems;
    throw e;
  }
  throw new Error('the merge succeeded');
}

describe('mergeShards', () => {
  it('gives the counts of one unsharded run: documents, mentions, and each rejected line once', () => {
    const merged = mergeShards(input());
    expect(single.rejected).toBeGreaterThan(N); // bad lines and extractor failures both
    expect(merged.documents).toBe(single.documents);
    expect(merged.mentions).toBe(single.mentions);
    expect(merged.rejected).toBe(single.rejected);
    expect(merged.tables.mentions!.rows).toBe(single.tables.mentions.rows);
    expect(merged.tables.documents!.rows).toBe(single.tables.documents.rows);
    expect(merged.input).toEqual(single.input);
    expect(merged.bytes_read).toBe(single.bytes_read);
    expect(merged.shards).toEqual({
      count: N,
      hash: manifestOf(0).shard!.hash,
      folders: ['source_shard=0', 'source_shard=1', 'source_shard=2'],
    });
  });

  it('lists every part of every shard with its folder, in shard order, and each shard’s rejects file', () => {
    const merged = mergeShards(input());
    const expected = [0, 1, 2].flatMap((k) =>
      manifestOf(k).tables.mentions.parts.map((p) => ({ ...p, path: `${shardFolder(k)}/${p.path}` })),
    );
    expect(merged.tables.mentions!.parts).toEqual(expected);
    expect(merged.tables.mentions!.parts.length).toBeGreaterThan(N);
    for (const p of merged.tables.documents!.parts) expect(shardFiles.get(p.path)?.length).toBe(p.bytes);
    expect(merged.rejects.map((r) => r.path)).toEqual([
      'source_shard=0/rejects.jsonl',
      'source_shard=1/rejects.jsonl',
      'source_shard=2/rejects.jsonl',
    ]);
    expect(merged.tables.mentions!.columns).toEqual(single.tables.mentions.columns);
  });

  it('merges a table it does not know by name, as each shard’s manifest lists it', () => {
    const files = new Map(shardFiles);
    const manifests: Record<number, unknown> = {};
    for (let k = 0; k < N; k++) {
      const m = manifestOf(k) as Manifest & { tables: Record<string, unknown> };
      const part = `draft_observations/part-00000.jsonl`;
      files.set(`${shardFolder(k)}/${part}`, new Uint8Array(10 + k));
      m.tables.draft_observations = {
        rows: k + 1,
        columns: [{ name: 'doc_id', type: 'utf8', nullable: false, description: '' }],
        parts: [{ path: part, rows: k + 1, bytes: 10 + k, sha256: 'x' }],
      };
      manifests[k] = m;
    }
    const merged = mergeShards(input({ manifests, files }));
    expect(merged.tables.draft_observations!.rows).toBe(1 + 2 + 3);
    expect(merged.tables.draft_observations!.parts.map((p) => p.path)).toEqual(
      [0, 1, 2].map((k) => `${shardFolder(k)}/draft_observations/part-00000.jsonl`),
    );
  });

  it('names a missing array index, why it is missing, and the sbatch command that reruns it', () => {
    const [p, ...rest] = problemsOf(input({ manifests: { 1: null } }));
    expect(rest).toEqual([]);
    expect(p!.code).toBe('merge-shard-missing');
    expect(p!.value).toEqual([1]);
    expect(p!.message).toContain('shard 1 (no manifest.json: the task did not finish) of 3 is missing');
    expect(p!.hint).toContain('sbatch --array=1 scale/slurm/extract.sbatch CORPUS out 3');
    expect(p!.hint).toContain('corpus.jsonl');
    // without Slurm: the very command, with the index filled in and the other shards' options
    expect(p!.hint).toContain('extract --corpus CORPUS --out out/source_shard=1 --shard 1/3;');
  });

  it('asks for --read in the rerun command when the other shards have draft tables', () => {
    const files = new Map(shardFiles);
    const manifests: Record<number, unknown> = { 1: null };
    for (const k of [0, 2]) {
      const m = manifestOf(k) as Manifest & { tables: Record<string, unknown> };
      files.set(`${shardFolder(k)}/draft_observations/part-00000.jsonl`, new Uint8Array(10));
      m.tables.draft_observations = {
        rows: 1,
        columns: [{ name: 'doc_id', type: 'utf8', nullable: false, description: '' }],
        parts: [{ path: 'draft_observations/part-00000.jsonl', rows: 1, bytes: 10, sha256: 'x' }],
      };
      manifests[k] = m;
    }
    const [p] = problemsOf(input({ manifests, files }));
    expect(p!.code).toBe('merge-shard-missing');
    expect(p!.hint).toContain('--shard 1/3 --read;');
  });

  it('names every missing index in one problem, with one rerun command for all', () => {
    const [p, ...rest] = problemsOf(input({ manifests: { 0: null }, omit: [2] }));
    expect(rest).toEqual([]);
    expect(p!.value).toEqual([0, 2]);
    expect(p!.message).toContain('2 (no folder: the task did not run)');
    expect(p!.hint).toContain('sbatch --array=0,2 ');
  });

  it('refuses a shard that is there twice, and a folder that holds another shard than its name says', () => {
    // source_shard=2 is a copy of source_shard=1.
    const files = new Map([...shardFiles].filter(([path]) => !path.startsWith('source_shard=2/')));
    for (const [path, bytes] of shardFiles)
      if (path.startsWith('source_shard=1/')) files.set(path.replace('source_shard=1/', 'source_shard=2/'), bytes);
    const problems = problemsOf(input({ files }));
    expect(problems.map((p) => [p.code, p.value])).toEqual([
      ['merge-shard-misplaced', 1],
      ['merge-shard-duplicate', ['out/source_shard=1', 'out/source_shard=2']],
    ]);
    expect(problems[0]!.location.file).toBe('out/source_shard=2');
  });

  it('refuses a folder beyond the shard count', () => {
    const [p, ...rest] = problemsOf(input({ extra: [{ name: 'source_shard=3', manifest: null }] }));
    expect(rest).toEqual([]);
    expect(p!.code).toBe('merge-shard-misplaced');
    expect(p!.location.file).toBe('out/source_shard=3');
  });

  it.each([
    ['input', (m: Manifest) => void (m.input.name = 'other.jsonl')],
    ['bytes_read', (m: Manifest) => void (m.bytes_read += 1)],
    ['version', (m: Manifest) => void (m.version = '0.9.0')],
    ['shard.count', (m: Manifest) => void (m.shard!.count = 4)],
    ['format', (m: Manifest) => void (m.format.part_rows = 65536)],
    ['tables.mentions.columns', (m: Manifest) => void m.tables.mentions.columns.pop()],
  ])('refuses a shard whose %s differs from the others', (field, change) => {
    const m = manifestOf(2);
    change(m);
    const [p, ...rest] = problemsOf(input({ manifests: { 2: m } }));
    expect(rest).toEqual([]);
    expect(p!.code).toBe('merge-shard-mismatch');
    expect(p!.location).toEqual({ file: 'out/source_shard=2/manifest.json', field });
    expect(p!.message).toContain('source_shard=0 has');
  });

  it('refuses counts that do not add up within a shard', () => {
    const m = manifestOf(1);
    m.mentions += 1;
    m.tables.documents.rows += 1;
    const problems = problemsOf(input({ manifests: { 1: m } }));
    expect(problems.map((p) => p.code)).toEqual(['merge-counts-differ', 'merge-counts-differ', 'merge-counts-differ']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/tables\.documents\.rows is \d+, its parts hold/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/mentions is \d+, its table or file holds/);
  });

  it('refuses shards whose documents do not add up across shards', () => {
    const m = manifestOf(0);
    m.documents_other_shards += 1;
    const [p, ...rest] = problemsOf(input({ manifests: { 0: m } }));
    expect(rest).toEqual([]);
    expect(p!.code).toBe('merge-counts-differ');
    expect(p!.location.file).toBe('out/source_shard=1/manifest.json');
  });

  it('refuses shards whose own counts agree but whose sum no split of the input gives', () => {
    // Each shard still saw the same total, but one more rejected line than the input has.
    const m = manifestOf(0);
    m.rejected += 1;
    m.rejects.rows += 1;
    m.documents_other_shards -= 1;
    const [p, ...rest] = problemsOf(input({ manifests: { 0: m } }));
    expect(rest).toEqual([]);
    expect(p!.code).toBe('merge-counts-differ');
    expect(p!.location.file).toBe('out');
    expect(p!.message).toContain('which no split of the');
  });

  it('refuses a part that is missing or has another size than its manifest says', () => {
    const files = new Map(shardFiles);
    const [a, b] = manifestOf(1).tables.mentions.parts;
    files.delete(`source_shard=1/${a!.path}`);
    files.set(`source_shard=1/${b!.path}`, new Uint8Array(3));
    const problems = problemsOf(input({ files }));
    expect(problems.map((p) => [p.code, p.location.file, p.value])).toEqual([
      ['merge-part-missing', `out/source_shard=1/${a!.path}`, null],
      ['merge-part-missing', `out/source_shard=1/${b!.path}`, 3],
    ]);
  });

  it('refuses a manifest that is not JSON or not a shard’s, and reports every problem at once', () => {
    const unsharded = { ...manifestOf(1), shard: null };
    const problems = problemsOf(input({ manifests: { 0: '{"generator": ', 1: unsharded } }));
    expect(problems.map((p) => [p.code, p.location.file])).toEqual([
      ['merge-bad-manifest', 'out/source_shard=0/manifest.json'],
      ['merge-bad-manifest', 'out/source_shard=1/manifest.json'],
    ]);
    expect(problems[0]!.message).toContain('not valid JSON');
    expect(problems[1]!.message).toContain('run without --shard K/N');
  });

  it('refuses a folder with no shard folder in it', () => {
    expect(problemsOf({ dir: 'out', folders: [{ name: 'logs', manifest: null }], size: () => null }).map((p) => p.code)).toEqual([
      'merge-no-shards',
    ]);
  });

  it('reads the shard index from source_shard=K folder names only', () => {
    expect(['source_shard=0', 'source_shard=12', 'source_shard=01', 'source_shard=', 'shard=1'].map(shardFolderIndex)).toEqual([
      0,
      12,
      null,
      null,
      null,
    ]);
  });
});
