/**
 * DIR/manifest.json: what a corpus run read and wrote — counts, the tables' columns, and
 * every file with its size and SHA-256 — so a consumer can check a shard is complete and
 * intact before querying it. Written last; deterministic (no times, no absolute paths, no
 * worker count), so the same input and options give the same bytes on any machine.
 */
import type { ColumnSpec } from './tableSchema.js';
import type { InputKind } from './input.js';
import type { PartInfo } from './partWriter.js';
import type { Shard } from './processBatch.js';
import { SHARD_HASH_NAME } from './shardHash.js';
import pkg from '../../package.json' with { type: 'json' };

export const MANIFEST_FILE = 'manifest.json';

export interface TableManifest {
  rows: number;
  columns: { name: string; type: string; nullable: boolean; description: string }[];
  parts: PartInfo[];
}

export interface Manifest {
  generator: string;
  /** The version of the tool (package.json) that wrote it: the shards of one merge share it. */
  version: string;
  input: { kind: InputKind; name: string; lines: number | null };
  bytes_read: number;
  shard: { index: number; count: number; hash: string } | null;
  /** Documents of this shard, processed (rows of the documents table). */
  documents: number;
  /** Valid documents that belong to other shards (skipped). */
  documents_other_shards: number;
  mentions: number;
  /** Lines or files rejected (see rejects.jsonl). */
  rejected: number;
  format: { name: string; encoding: string; part_rows: number; part_bytes: number };
  /** With `--read`, also draft_observations and draft_claims (the reader's drafts). */
  tables: { mentions: TableManifest; documents: TableManifest; draft_observations?: TableManifest; draft_claims?: TableManifest };
  rejects: { path: string; rows: number; bytes: number; sha256: string };
}

interface ManifestTable {
  columns: readonly ColumnSpec[];
  parts: PartInfo[];
}

export interface ManifestInput {
  input: Manifest['input'];
  bytesRead: number;
  shard: Shard | null;
  otherShards: number;
  format: Manifest['format'];
  mentions: ManifestTable;
  docs: { columns: readonly ColumnSpec[]; parts: PartInfo[] };
  drafts?: { observations: ManifestTable; claims: ManifestTable };
  rejects: Manifest['rejects'];
}

const table = (t: ManifestTable): TableManifest => ({
  rows: t.parts.reduce((n, p) => n + p.rows, 0),
  columns: t.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, description: c.description })),
  parts: t.parts,
});

export function buildManifest(m: ManifestInput): Manifest {
  const mentions = table(m.mentions);
  const documents = table(m.docs);
  return {
    generator: 'figures extract --corpus',
    version: pkg.version,
    input: m.input,
    bytes_read: m.bytesRead,
    shard: m.shard ? { index: m.shard.index, count: m.shard.count, hash: SHARD_HASH_NAME } : null,
    documents: documents.rows,
    documents_other_shards: m.otherShards,
    mentions: mentions.rows,
    rejected: m.rejects.rows,
    format: m.format,
    tables: {
      mentions,
      documents,
      ...(m.drafts ? { draft_observations: table(m.drafts.observations), draft_claims: table(m.drafts.claims) } : {}),
    },
    rejects: m.rejects,
  };
}

export function serializeManifest(m: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m, null, 2) + '\n');
}
