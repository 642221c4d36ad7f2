/**
 * A corpus handed over as an archive or a compressed file (corpus.tar.gz, texts.zip,
 * corpus.jsonl.zst) is no JSONL: read as one, every line would be rejected as invalid UTF-8 with
 * a hint to re-encode it, and the run would end with no document. Its first bytes say what it is,
 * so the run is refused before it starts, with the way to give the same documents.
 */

import { constants as zlibConstants, gunzipSync } from 'node:zlib';

/** Leading bytes of the packed formats a corpus is likely to come in, and the tools that unpack them. */
const SIGNATURES: readonly Packed[] = [
  { name: 'a gzip-compressed file', bytes: [0x1f, 0x8b], untar: 'tar -xzf', cat: 'zcat' },
  { name: 'a zip archive', bytes: [0x50, 0x4b, 0x03, 0x04], unzip: true },
  { name: 'a zstd-compressed file', bytes: [0x28, 0xb5, 0x2f, 0xfd], untar: 'tar --zstd -xf', cat: 'zstdcat' },
  { name: 'a bzip2-compressed file', bytes: [0x42, 0x5a, 0x68], untar: 'tar -xjf', cat: 'bzcat' },
  { name: 'an xz-compressed file', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], untar: 'tar -xJf', cat: 'xzcat' },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], sevenZip: true },
];

interface Packed {
  name: string;
  bytes: readonly number[];
  /** The tar command for a tar archive compressed so, and the command that writes the decompressed bytes. */
  untar?: string;
  cat?: string;
  unzip?: boolean;
  sevenZip?: boolean;
}

/** A tar archive's header says "ustar" at byte 257. */
const TAR_MAGIC = [0x75, 0x73, 0x74, 0x61, 0x72];
const TAR_AT = 257;

/**
 * How many leading bytes `packedKind` looks at: a tar's magic, or for gzip enough of the stream to
 * find it after inflating (a tar's first header comes first, however large the archive).
 */
export const PACKED_HEAD_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

/** What packed format the file starting with `head` is in, or undefined for anything else (JSONL text). */
export function packedKind(head: Uint8Array): Packed | undefined {
  for (const s of SIGNATURES) if (startsWith(head, s.bytes)) return s === GZIP ? gzipKind(head) : s;
  return startsWith(head, TAR_MAGIC, TAR_AT) ? TAR : undefined;
}

const TAR: Packed = { name: 'a tar archive', bytes: [], untar: 'tar -xf' };
const GZIP = SIGNATURES[0]!;
const GZIP_TAR: Packed = { name: 'a gzip-compressed tar archive', bytes: GZIP.bytes, untar: 'tar -xzf' };
const GZIP_OTHER: Packed = { name: 'a gzip-compressed file', bytes: GZIP.bytes, cat: 'zcat' };

/**
 * gzip is the one format Node inflates: its head says whether it holds a tar archive (corpus.tar.gz:
 * unpack it) or anything else (corpus.jsonl.gz: stream it), so the hint gives the one command that
 * fits. A head that does not inflate keeps both.
 */
function gzipKind(head: Uint8Array): Packed {
  let inner: Uint8Array;
  try {
    inner = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return GZIP;
  }
  if (inner.length < TAR_AT + TAR_MAGIC.length) return inner.length === 0 ? GZIP : GZIP_OTHER;
  return startsWith(inner, TAR_MAGIC, TAR_AT) ? GZIP_TAR : GZIP_OTHER;
}

/** The commands that give the same documents as a folder of texts or as JSONL on standard input. */
export function unpackCommands(p: Packed, path: string): string[] {
  const folder = 'mkdir texts && ';
  const out: string[] = [];
  if (p.untar) out.push(`${folder}${p.untar} ${path} -C texts, then --corpus texts`);
  if (p.unzip) out.push(`unzip ${path} -d texts, then --corpus texts`);
  if (p.sevenZip) out.push(`7z x ${path} -otexts, then --corpus texts`);
  if (p.cat) out.push(`${p.cat} ${path} | npm run -s figures -- extract --corpus - --out DIR`);
  return out;
}
