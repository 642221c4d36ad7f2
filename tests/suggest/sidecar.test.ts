/**
 * The draft sidecar (pipeline/suggest/sidecar.ts): what the text proves is filled, what it shows
 * is guessed, the rest left to the curator.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { draftSidecar } from '../../pipeline/suggest/sidecar.js';
import { guessOf } from '../../pipeline/model/todo.js';

const fields = (text: string) => new Map(draftSidecar(text).map((f) => [f.key, f.value]));

describe('the draft sidecar', () => {
  it('guesses the place of a dateline of capitals before a dash', () => {
    expect(fields('WASHINGTON — Treasury said on Monday …').get('dateline')).toBe('TODO(WASHINGTON)');
  });

  it('guesses the place and the publication date of a wire dateline with its date', () => {
    const f = fields('ALMATY, June 3, 2024 — Kazakhstan’s exports to Russia rose.');
    expect(f.get('dateline')).toBe('TODO(ALMATY)');
    expect(f.get('published')).toBe('TODO("2024-06-03")');
  });

  it('reads an abbreviated month and an agency in brackets', () => {
    const f = fields('BEIJING, Sept. 5, 2024 (Reuters) - China denied the report.');
    expect(f.get('dateline')).toBe('TODO(BEIJING)');
    expect(f.get('published')).toBe('TODO("2024-09-05")');
  });

  it('gives no date for a day the month does not have, and keeps the place', () => {
    const f = fields('MOSCOW, February 30, 2024 — Figures.');
    expect(f.get('dateline')).toBe('TODO(MOSCOW)');
    expect(f.get('published')).toBe('TODO');
  });

  it('leaves the dateline and the date to the curator when the text opens without one', () => {
    const f = fields('Russia’s imports of machine tools rose 40% in 2023.');
    expect(f.get('dateline')).toBe('TODO');
    expect(f.get('published')).toBe('TODO');
  });

  it('guesses the byline from a "By" line among the first lines, and leaves prose opening with "By" alone', () => {
    expect(fields('# Valves via Aktau\n\nBy Dana Orlova and Timur Bekov\n\nAKTAU — Exports rose.').get('byline')).toBe(
      'TODO(Dana Orlova and Timur Bekov)',
    );
    expect(fields('By March, exports to Russia had doubled.').get('byline')).toBe('TODO');
    expect(fields(`${'Line.\n'.repeat(9)}By Dana Orlova`).get('byline')).toBe('TODO');
  });

  it('writes the date guess so that accepting it (deleting "TODO(" and ")") leaves a quoted date string', () => {
    const line = stringify({ published: fields('KYIV, Jan. 9, 2025 — Text.').get('published') }).trim();
    const accepted = line.replace('TODO(', '').replace(/\)$/, '');
    expect(guessOf(String(parse(line).published))).toBe('"2025-01-09"');
    expect(parse(accepted)).toEqual({ published: '2025-01-09' });
  });
});

describe('the draft sidecar of a text with its headline above the dateline', () => {
  it('finds the dateline opening a line below the headline, and its date', () => {
    const f = fields(
      'Which Chinese firms supply drone engines to Russia?\n\nALMATY, May 1, 2024 — Russia bought nearly 70% of its engines.\n',
    );
    expect(f.get('dateline')).toBe('TODO(ALMATY)');
    expect(f.get('published')).toBe('TODO("2024-05-01")');
  });

  it('takes no capitals opening a line of the body for a dateline', () => {
    const body = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the story.`).join('\n');
    expect(fields(`${body}\nMOSCOW — a later paragraph.\n`).get('dateline')).toBe('TODO');
  });
});
