import { describe, expect, it } from 'vitest';
import { decodeUtf8, escapeRegExp, firstInvalidUtf8Byte, normalizeText, readNormalized } from '../../pipeline/core/text.js';
import { FiguresError, type Problem } from '../../pipeline/core/errors.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('firstInvalidUtf8Byte', () => {
  it('returns -1 for valid UTF-8, including multi-byte characters', () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('Russia’s 90% — €3bn'))).toBe(-1);
  });
  it('points at a stray continuation byte', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0x62, 0x80, 0x63))).toBe(2);
  });
  it('points at a Latin-1 byte in the middle of ASCII text', () => {
    const b = new TextEncoder().encode('price: 5 ');
    expect(firstInvalidUtf8Byte(new Uint8Array([...b, 0xa3, 0x35]))).toBe(b.length);
  });
  it('points at the lead byte of a sequence truncated at the end', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xe2, 0x80))).toBe(1);
  });
});

describe('decodeUtf8', () => {
  it('throws an invalid-utf8 problem that names the file and byte offset', () => {
    try {
      decodeUtf8(bytes(0x61, 0xff), 'raw/sources/x.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FiguresError);
      const p = (e as FiguresError).problems[0]!;
      expect(p.code).toBe('invalid-utf8');
      expect(p.location).toEqual({ file: 'raw/sources/x.txt', line: 1, column: 2, offset: 1 });
      expect(p.message).toBe('raw/sources/x.txt:1:2: not valid UTF-8 at byte 1 (0xFF).');
    }
  });
});

describe('normalizeText', () => {
  it('drops a BOM and turns CRLF and CR into LF', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
  });
});

describe('escapeRegExp', () => {
  it('makes every RegExp metacharacter literal', () => {
    const s = 'U.S. (PRC) $1+2*3? [a] {b} ^c| \\d';
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});

describe('readNormalized', () => {
  it('gives the normalized text, or undefined with the invalid-utf8 problem collected', () => {
    const problems: Problem[] = [];
    expect(readNormalized(new TextEncoder().encode('\uFEFFa\r\nb'), 'x.txt', problems)).toBe('a\nb');
    expect(readNormalized(new Uint8Array([0x61, 0x93, 0x62]), 'y.txt', problems)).toBeUndefined();
    expect(problems.map((p) => [p.code, p.location.file])).toEqual([['invalid-utf8', 'y.txt']]);
  });
});
