/**
 * Characters a reader cannot see, in a figure's quote or in a note, are warned about (issue 14,
 * finding 15): `\u202e21\u202c` shows as 12 and `$1\u200b2 million` splits into two figures,
 * and both passed unflagged.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { A, applyEdits, asRecord, baseFiles, type Edit } from '../errors/fixtures.js';

const TEXT = `raw/sources/${A}.txt`;
const SIDECAR = `raw/sources/${A}.source.yaml`;

/** Edits that put `figure` in place of "$12 million" in the text (sidecar kept in step) and in the quote. */
function figureEdits(figure: string): Edit[] {
  const text = new TextDecoder().decode(baseFiles().get(TEXT)!).replace('$12 million', figure);
  const sidecar = new TextDecoder().decode(baseFiles().get(SIDECAR)!);
  return [
    { file: TEXT, write: text },
    {
      file: SIDECAR,
      write: sidecar
        .replace(/sha256: \w+/, `sha256: ${createHash('sha256').update(text).digest('hex')}`)
        .replace(/characters: \d+/, `characters: ${text.length}`),
    },
    { file: `raw/annotations/${A}.yaml`, replace: 'quote: $12 million', with: `quote: ${JSON.stringify(figure)}` },
  ];
}

const problems = (edits: Edit[]) => check(memoryFS(asRecord(applyEdits(baseFiles(), edits)))).problems;

describe('a figure holding characters a reader cannot see', () => {
  it('with bidi controls that show 21 as 12 is an invisible-char-in-figure warning naming both', () => {
    const p = problems(figureEdits('$\u202e21\u202c million')).find((x) => x.code === 'invisible-char-in-figure');
    expect(p?.severity).toBe('warning');
    expect(p?.message).toContain('"$⟨U+202E⟩21⟨U+202C⟩ million" holds U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING');
    expect(p?.location).toMatchObject({ file: `raw/annotations/${A}.yaml`, line: 12 });
  });
  it('with a zero-width space is warned about before the two figures it makes', () => {
    const codes = problems(figureEdits('$1\u200b2 million')).map((p) => p.code);
    expect(codes).toEqual(['invisible-char-in-figure', 'quote-several-mentions']);
  });
  it('is not raised by a figure with thin or no-break spaces', () => {
    expect(problems(figureEdits('$12\u00a0million')).filter((p) => p.code.startsWith('invisible'))).toEqual([]);
  });
});

describe('a note holding characters a reader cannot see', () => {
  it.each(['observations', 'claims'])('in %s is an invisible-char-in-note warning at the note', (section) => {
    const edit: Edit =
      section === 'observations'
        ? {
            file: `raw/annotations/${A}.yaml`,
            replace: '    quote: $12 million\n',
            with: '    quote: $12 million\n    note: "\\u202Egnp.exe"\n',
          }
        : { file: `raw/annotations/${A}.yaml`, replace: '    certainty: denied\n', with: '    certainty: denied\n    note: "x\\u200By"\n' };
    const found = problems([edit]);
    expect(found.map((p) => `${p.code} ${p.severity}`)).toEqual(['invisible-char-in-note warning']);
    expect(found[0]!.message).toMatch(section === 'observations' ? /"⟨U\+202E⟩gnp\.exe" holds U\+202E/ : /"x⟨U\+200B⟩y" holds U\+200B/);
  });
});
