import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { deterministicZip } from '../../pipeline/release/zip.js';
import { sha256 } from '../../pipeline/core/hash.js';

const enc = new TextEncoder();
const tree = () =>
  new Map([
    ['site/index.html', enc.encode('<p>x</p>\n')],
    ['data/b.csv', enc.encode('id\n1\n')],
    ['.zenodo.json', enc.encode('{}\n')],
    ['data/a.csv', enc.encode('id\n2\n')],
  ]);

/** Central-directory records: name, DOS time/date, made-by OS and external attributes. */
function centralDirectory(zip: Uint8Array): { name: string; time: number; date: number; os: number; attrs: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)),
      time: view.getUint16(i + 12, true),
      date: view.getUint16(i + 14, true),
      os: zip[i + 5]!,
      attrs: view.getUint32(i + 38, true),
    });
  }
  return out;
}

const originalTZ = process.env.TZ;
afterEach(() => {
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

describe('deterministicZip', () => {
  it('sorts entries by path under the prefix, whatever the order of the tree', () => {
    const zip = deterministicZip(tree(), '2026-11-28', 'pkg-1.0.0/');
    expect(centralDirectory(zip).map((e) => e.name)).toEqual([
      'pkg-1.0.0/.zenodo.json',
      'pkg-1.0.0/data/a.csv',
      'pkg-1.0.0/data/b.csv',
      'pkg-1.0.0/site/index.html',
    ]);
    expect(deterministicZip(new Map([...tree()].reverse()), '2026-11-28', 'pkg-1.0.0/')).toEqual(zip);
  });

  it('stamps every entry with the release date at 12:00:00, mode 0644, made on Unix', () => {
    for (const e of centralDirectory(deterministicZip(tree(), '2026-11-28', 'p/'))) {
      expect({
        y: (e.date >> 9) + 1980,
        m: (e.date >> 5) & 15,
        d: e.date & 31,
        h: e.time >> 11,
        min: (e.time >> 5) & 63,
        s: (e.time & 31) * 2,
      }).toEqual({ y: 2026, m: 11, d: 28, h: 12, min: 0, s: 0 });
      expect(e.os).toBe(3);
      expect((e.attrs >>> 16).toString(8)).toBe('100644');
    }
  });

  it('writes the same bytes in any time zone, including one that skips midnight', () => {
    const hashes = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Beirut'].map((tz) => {
      process.env.TZ = tz;
      return sha256(deterministicZip(tree(), '2024-03-31', 'p/')); // Beirut starts DST at 00:00 that day
    });
    expect(new Set(hashes).size).toBe(1);
  });

  it('round-trips every file', () => {
    const files = unzipSync(deterministicZip(tree(), '2026-11-28', 'p/'));
    expect(new TextDecoder().decode(files['p/data/a.csv'])).toBe('id\n2\n');
    expect(Object.keys(files)).toHaveLength(4);
  });
});
