/**
 * The reader reads a text's Markdown blanked to spaces of the same length (markdown.ts); what
 * `read` shows a curator has the words with one space where a link's brackets and address were,
 * while the JSON keeps the offsets and the blanked words as read.
 */
import { describe, expect, it } from 'vitest';
import { diskFS } from '../../pipeline/core/fs.js';
import { evidenceWords, formatReading } from '../../pipeline/read/format.js';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));

describe('read’s text of a Markdown text', () => {
  const text =
    'Kazakhstan [imported](https://example.org/trade/2024/05/report?id=31) about **$40 million** of machine tools from ' +
    '[China](https://example.org/countries/cn) in 2023, [customs data](https://example.org/customs) show.\n';
  const reading = readText(text, lexicon);

  it('shows no run of blanks inside the words it quotes', () => {
    const shown = formatReading(reading);
    expect(reading.observations.length).toBeGreaterThan(0);
    expect(shown).toMatch(/← "/);
    for (const quoted of shown.match(/"[^"\n]*"/g) ?? []) expect(quoted).not.toMatch(/\s{2}/);
  });

  it('keeps the offsets and the words as read in the JSON', () => {
    const evidence = reading.observations.flatMap((o) => Object.values(o.evidence)).filter((e) => e !== undefined);
    expect(evidence.some((e) => /\s{2}/.test(e.text))).toBe(true);
    for (const e of evidence) expect(e.text.length).toBe(e.end - e.start);
  });
});

describe('evidenceWords', () => {
  it('shows a blanked link’s words with one space for the blanks, at the offset of the words', () => {
    const e = { text: 'imported                  about', start: 12, end: 43, rule: 'an import verb' };
    expect(evidenceWords(e, 12)).toBe('"imported about" @12 (an import verb)');
  });
});
