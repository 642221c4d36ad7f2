/**
 * One view over the shards of a corpus run: DIR/source_shard=K, K = 0 … N−1, each the output
 * of `extract --corpus --shard K/N` (one array task of scale/slurm/extract.sbatch). Checks that
 * every shard is there once, finished, from the same input, version and options, that its
 * counts add up and its parts are on disk, and returns one manifest listing every part of
 * every table (paths relative to DIR). Pure: the caller reads the folder (size of a file,
 * manifest texts), so tests run in memory.
 *
 * Tables are merged as each manifest lists them, not by name: a table a later version adds
 * (the reader's drafts) is merged like mentions and documents, with no change here.
 */
import { FiguresError, type Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { MANIFEST_FILE, type Manifest, type TableManifest } from './manifest.js';
import type { PartInfo } from './partWriter.js';

export const MERGE_GENERATOR = 'figures merge-shards';
const FOLDER = /^source_shard=(0|[1-9]\d*)$/;

export const shardFolder = (index: number): string => `source_shard=${index}`;

/** The shard index a folder's name gives, or null if it is not a shard folder. */
export function shardFolderIndex(name: string): number | null {
  const m = FOLDER.exec(name);
  return m ? Number(m[1]) : null;
}

export interface ShardFolder {
  /** Its name in DIR: source_shard=K. */
  name: string;
  /** The text of its manifest.json; null when there is none (the task did not finish). */
  manifest: string | null;
}

export interface MergeInput {
  /** DIR as the user gave it, for messages. */
  dir: string;
  folders: ShardFolder[];
  /** Size in bytes of a file, by path relative to DIR; null if it does not exist. */
  size: (rel: string) => number | null;
}

export interface MergedManifest {
  generator: typeof MERGE_GENERATOR;
  version: string;
  input: Manifest['input'];
  bytes_read: number;
  shards: { count: number; hash: string; folders: string[] };
  /** Documents of all shards: what one unsharded run reports. */
  documents: number;
  mentions: number;
  /** Distinct lines or files rejected (a line that is not a document is rejected by every shard). */
  rejected: number;
  format: Manifest['format'];
  /** Every table of the shards, its parts relative to DIR, in shard order. */
  tables: Record<string, TableManifest>;
  /** Each shard's rejects file, relative to DIR. */
  rejects: Manifest['rejects'][];
}

type Shard = Omit<Manifest, 'tables'> & { shard: NonNullable<Manifest['shard']>; tables: Record<string, TableManifest> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** JSON with sorted keys, so two manifests compare by content whatever their key order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    isObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );

function fileProblem(f: unknown, at: string): string | null {
  if (!isObject(f)) return `${at} is not an object`;
  if (typeof f.path !== 'string' || f.path.startsWith('/') || f.path.split('/').includes('..'))
    return `${at}.path is not a path inside the shard`;
  for (const k of ['rows', 'bytes']) if (!isCount(f[k])) return `${at}.${k} is not a whole number`;
  if (typeof f.sha256 !== 'string') return `${at}.sha256 is not a string`;
  return null;
}

/** What is wrong with the shape of a shard's manifest, or null. */
function shapeProblem(m: unknown): string | null {
  if (!isObject(m)) return 'not a JSON object';
  for (const k of ['generator', 'version']) if (typeof m[k] !== 'string') return `no ${k}`;
  if (m.shard === null) return 'not sharded: it was run without --shard K/N';
  const s = m.shard;
  if (!isObject(s) || !isCount(s.index) || !isCount(s.count) || s.index >= s.count || typeof s.hash !== 'string')
    return 'shard is not {index, count, hash}';
  for (const k of ['bytes_read', 'documents', 'documents_other_shards', 'mentions', 'rejected'])
    if (!isCount(m[k])) return `${k} is not a whole number`;
  if (!isObject(m.input) || !isObject(m.format)) return 'no input or format';
  if (!isObject(m.tables) || Object.keys(m.tables).length === 0) return 'no tables';
  for (const [name, t] of Object.entries(m.tables)) {
    if (!isObject(t) || !isCount(t.rows) || !Array.isArray(t.columns) || !Array.isArray(t.parts))
      return `tables.${name} is not {rows, columns, parts}`;
    for (let i = 0; i < t.parts.length; i++) {
      const p = fileProblem(t.parts[i], `tables.${name}.parts[${i}]`);
      if (p) return p;
    }
  }
  return fileProblem(m.rejects, 'rejects');
}

/** Fields every shard must share with the first, as [name in messages, value]. */
const sharedFields = (m: Shard): [string, unknown][] => [
  ['generator', m.generator],
  ['version', m.version],
  ['input', m.input],
  ['bytes_read', m.bytes_read],
  ['shard.count', m.shard.count],
  ['shard.hash', m.shard.hash],
  ['format', m.format],
  ['tables', Object.keys(m.tables)],
  ...Object.entries(m.tables).map(([name, t]): [string, unknown] => [`tables.${name}.columns`, t.columns]),
];

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Problems with one shard's own counts and files. */
function checkShard(dir: string, folder: string, m: Shard, size: MergeInput['size']): Problem[] {
  const problems: Problem[] = [];
  const file = `${dir}/${folder}/${MANIFEST_FILE}`;
  for (const [name, t] of Object.entries(m.tables)) {
    const parts = sum(t.parts.map((p) => p.rows));
    if (parts !== t.rows) problems.push(messages.mergeCountsDiffer(file, `tables.${name}.rows is ${t.rows}, its parts hold ${parts}`));
  }
  const expect: [string, number, number | undefined][] = [
    ['documents', m.documents, m.tables.documents?.rows],
    ['mentions', m.mentions, m.tables.mentions?.rows],
    ['rejected', m.rejected, m.rejects.rows],
  ];
  for (const [name, value, rows] of expect) {
    if (rows !== undefined && rows !== value)
      problems.push(messages.mergeCountsDiffer(file, `${name} is ${value}, its table or file holds ${rows}`));
  }
  const files: PartInfo[] = [...Object.values(m.tables).flatMap((t) => t.parts), m.rejects];
  for (const f of files) {
    const actual = size(`${folder}/${f.path}`);
    if (actual !== f.bytes) problems.push(messages.mergePartMissing(`${dir}/${folder}/${f.path}`, f.bytes, actual));
  }
  return problems;
}

/**
 * Every shard reads the whole input: it processes its own documents (or rejects them when the
 * extractor fails), counts the others' and rejects the lines that are no document. So
 * documents + documents_other_shards + rejected is the same S for every shard, and over the
 * shards Σ documents + Σ rejected = S + (N − 1)·R, R being the lines every shard rejects.
 * Returns the distinct rejected count (what one unsharded run reports), or a problem.
 */
function checkTotals(dir: string, shards: [string, Shard][]): { rejected: number } | Problem {
  const seen = shards.map(([folder, m]) => [folder, m.documents + m.documents_other_shards + m.rejected] as const);
  const [refFolder, total] = seen[0]!;
  for (const [folder, s] of seen) {
    if (s !== total)
      return messages.mergeCountsDiffer(
        `${dir}/${folder}/${MANIFEST_FILE}`,
        `it saw ${s} documents and rejected lines in all, ${refFolder} saw ${total}`,
      );
  }
  const n = shards.length;
  const docs = sum(shards.map(([, m]) => m.documents));
  const rejected = sum(shards.map(([, m]) => m.rejected));
  if (n === 1) return { rejected };
  const common = (docs + rejected - total) / (n - 1);
  const fewest = Math.min(...shards.map(([, m]) => m.rejected));
  if (!Number.isInteger(common) || common < 0 || common > fewest) {
    return messages.mergeCountsDiffer(
      dir,
      `the shards hold ${docs} documents and ${rejected} rejected lines, which no split of the ${total} documents and lines each shard saw gives`,
    );
  }
  return { rejected: rejected - (n - 1) * common };
}

function mergedTables(shards: [string, Shard][]): Record<string, TableManifest> {
  const tables: Record<string, TableManifest> = {};
  for (const [folder, m] of shards) {
    for (const [name, t] of Object.entries(m.tables)) {
      const merged = (tables[name] ??= { rows: 0, columns: t.columns, parts: [] });
      merged.rows += t.rows;
      merged.parts.push(...t.parts.map((p) => ({ ...p, path: `${folder}/${p.path}` })));
    }
  }
  return tables;
}

/** The merged manifest, or a FiguresError with every problem found. */
export function mergeShards({ dir, folders, size }: MergeInput): MergedManifest {
  const problems: Problem[] = [];
  const byFolder = new Map<number, Shard>();
  const unfinished = new Set<number>();
  const unreadable = new Set<number>();
  const ordered = folders
    .map((f) => ({ ...f, index: shardFolderIndex(f.name) }))
    .filter((f): f is ShardFolder & { index: number } => f.index !== null)
    .sort((a, b) => a.index - b.index);
  if (ordered.length === 0) throw new FiguresError([messages.mergeNoShards(dir)]);

  for (const f of ordered) {
    if (f.manifest === null) {
      unfinished.add(f.index);
      continue;
    }
    let m: unknown;
    let shape: string | null;
    try {
      m = JSON.parse(f.manifest);
      shape = shapeProblem(m);
    } catch (e) {
      shape = `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (shape) {
      problems.push(messages.mergeBadManifest(`${dir}/${f.name}/${MANIFEST_FILE}`, shape));
      unreadable.add(f.index);
    } else byFolder.set(f.index, m as Shard);
  }

  const valid = [...byFolder];
  const ref = valid[0];
  if (!ref) {
    if (unfinished.size > 0)
      problems.push(
        messages.mergeShardMissing(
          dir,
          [...unfinished].map((index) => ({ index, folder: true })),
          null,
          null,
          null,
        ),
      );
    throw new FiguresError(problems);
  }
  const [refIndex, refShard] = ref;
  const refFields = new Map(sharedFields(refShard));
  const count = refShard.shard.count;
  const consistent: [string, Shard][] = [];
  const holders = new Map<number, string[]>();

  for (const [index, m] of valid) {
    const folder = shardFolder(index);
    const mismatch = sharedFields(m).find(([name, v]) => canonical(v) !== canonical(refFields.get(name)));
    if (mismatch) {
      problems.push(
        messages.mergeShardMismatch(`${dir}/${folder}`, mismatch[0], mismatch[1], shardFolder(refIndex), refFields.get(mismatch[0])),
      );
      continue;
    }
    if (m.shard.index !== index) problems.push(messages.mergeShardMisplaced(`${dir}/${folder}`, m.shard.index, count));
    holders.set(m.shard.index, [...(holders.get(m.shard.index) ?? []), `${dir}/${folder}`]);
    problems.push(...checkShard(dir, folder, m, size));
    consistent.push([folder, m]);
  }
  for (const [index, list] of holders) if (list.length > 1) problems.push(messages.mergeShardDuplicate(index, list));
  for (const index of unfinished)
    if (index >= count) problems.push(messages.mergeShardMisplaced(`${dir}/${shardFolder(index)}`, null, count));

  const missing: { index: number; folder: boolean }[] = [];
  for (let k = 0; k < count; k++)
    if (!holders.has(k) && !byFolder.has(k) && !unreadable.has(k)) missing.push({ index: k, folder: unfinished.has(k) });
  if (missing.length > 0)
    problems.push(messages.mergeShardMissing(dir, missing, count, refShard.input.name, 'draft_observations' in refShard.tables));
  if (problems.length > 0) throw new FiguresError(problems);

  const totals = checkTotals(dir, consistent);
  if ('code' in totals) throw new FiguresError([totals]);
  const tables = mergedTables(consistent);
  return {
    generator: MERGE_GENERATOR,
    version: refShard.version,
    input: refShard.input,
    bytes_read: refShard.bytes_read,
    shards: { count, hash: refShard.shard.hash, folders: consistent.map(([folder]) => folder) },
    documents: sum(consistent.map(([, m]) => m.documents)),
    mentions: sum(consistent.map(([, m]) => m.mentions)),
    rejected: totals.rejected,
    format: refShard.format,
    tables,
    rejects: consistent.map(([folder, m]) => ({ ...m.rejects, path: `${folder}/${m.rejects.path}` })),
  };
}

export function serializeMerged(m: MergedManifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m, null, 2) + '\n');
}
