/**
 * Source text decoding and normalization. Offsets everywhere in the project are UTF-16
 * code-unit offsets into the *normalized* text: BOM dropped, CRLF/CR → LF, Unicode NFC.
 * A copy saved on Windows therefore builds the same bytes as the original. Also the helpers
 * every stage shares for such text: line and column of an offset (for messages) and the one
 * RegExp escape (for patterns built from names and phrases).
 */
import { FiguresError, type Problem } from './errors.js';
import { messages } from './messages.js';

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1 if the bytes are valid.
 * A direct scan (RFC 3629 well-formed table), because TextDecoder only says *that* bytes are bad.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0; // no overlongs
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    if (i + len > n) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** Decodes strict UTF-8 or throws an `invalid-utf8` FiguresError naming the byte offset. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) throw new FiguresError([messages.invalidUtf8(file, bad, badByteAt(bytes, bad))]);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/**
 * Line and column (1-based, UTF-16 units as everywhere) of the bad byte — the bytes before it are
 * valid — and what it would be in Windows-1252, the usual encoding of a text that is not UTF-8.
 */
function badByteAt(bytes: Uint8Array, offset: number): { line: number; column: number; byte: number; windows1252?: string } {
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  const byte = bytes[offset]!;
  const cp1252 = windows1252(byte);
  return { ...lineColumn(before, before.length), byte, ...(cp1252 ? { windows1252: cp1252 } : {}) };
}

/**
 * 0x80–0x9F in Windows-1252 (the five holes empty); 0xA0–0xFF are Latin-1. Spelt out because
 * Node's TextDecoder('windows-1252') decodes this range as Latin-1 C1 controls.
 */
const CP1252_80_9F = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
];
function windows1252(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) return CP1252_80_9F[byte - 0x80]!;
  return byte >= 0xa0 ? String.fromCharCode(byte) : '';
}

/** The normalized text of a file, or undefined with its `invalid-utf8` problem collected (for stages that go on). */
export function readNormalized(bytes: Uint8Array, file: string, problems: Problem[]): string | undefined {
  try {
    return normalizeText(decodeUtf8(bytes, file));
  } catch (e) {
    if (!(e instanceof FiguresError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}

/** BOM dropped, CRLF and lone CR → LF, Unicode NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** `s` as a literal inside a RegExp (names and phrases from the vocabularies and the text). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 1-based line and column of an offset (for messages that point into the source text). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
