/**
 * The shard a document belongs to, from its id alone, so N machines given the same corpus
 * each take a disjoint share without talking to each other (`--shard K/N`).
 *
 * The hash must be identical on every machine and easy to reproduce in any language, so it
 * is spelled out here rather than taken from a library whose output could change:
 *
 *   h     = FNV-1a, 32-bit, over the UTF-8 bytes of the id
 *           (offset basis 0x811c9dc5, prime 0x01000193)
 *   h     = murmur3's fmix32 finaliser of h
 *   shard = h mod N                       (K counts from 0: 0 ≤ K < N)
 *
 * The finaliser matters: the lowest bit of plain FNV-1a is the parity of the bytes' lowest
 * bits, so with N = 2 ids like "doc-1" … "doc-9" would split by the parity of their digits.
 * Python, for checking:
 *
 *   def shard(id, n):
 *       h = 0x811c9dc5
 *       for b in id.encode('utf-8'): h = ((h ^ b) * 0x01000193) & 0xffffffff
 *       h ^= h >> 16; h = (h * 0x85ebca6b) & 0xffffffff
 *       h ^= h >> 13; h = (h * 0xc2b2ae35) & 0xffffffff
 *       h ^= h >> 16
 *       return h % n
 */

const encoder = new TextEncoder();

/** FNV-1a, 32-bit, of the bytes. */
export function fnv1a32(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The unsigned 32-bit shard key of a document id. */
export function shardKey(id: string): number {
  return fmix32(fnv1a32(encoder.encode(id)));
}

/** The shard (0 … count-1) of a document id. */
export function shardOf(id: string, count: number): number {
  return shardKey(id) % count;
}

/** How the manifest names the rule, so a reader can check which one produced the parts. */
export const SHARD_HASH_NAME = 'fmix32(fnv1a32(utf8(id))) mod N';
