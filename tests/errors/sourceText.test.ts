/**
 * Source texts as analysts' machines save them: a copy with a BOM and CRLF (or old-Mac CR) line
 * ends, in every text and every YAML file, builds the very same bytes as the original — offsets,
 * hashes and all — because both are normalized before anything is hashed or counted.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { asRecord, baseFiles, type Files } from './fixtures.js';
import { treeFingerprint } from './project.js';

const dec = new TextDecoder();
const enc = new TextEncoder();

/** Every text and YAML file re-saved: `eol` line ends, a BOM in front if asked. */
function resaved(files: Files, eol: string, bom: boolean): Files {
  return new Map([...files].map(([path, bytes]) => [path, enc.encode((bom ? '\uFEFF' : '') + dec.decode(bytes).replace(/\n/g, eol))]));
}

describe('a copy saved on Windows', () => {
  const original = treeFingerprint(build(memoryFS(asRecord(baseFiles()))));

  it('with a BOM and CRLF line ends builds the same bytes', () => {
    const copy = resaved(baseFiles(), '\r\n', true);
    // The copy really differs: every file starts with EF BB BF and has CR LF.
    for (const bytes of copy.values()) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(treeFingerprint(build(memoryFS(asRecord(copy))))).toEqual(original);
  });

  it('with old-Mac CR line ends builds the same bytes too', () => {
    expect(treeFingerprint(build(memoryFS(asRecord(resaved(baseFiles(), '\r', false)))))).toEqual(original);
  });
});
