/**
 * Reading texts in a group (readTexts: each phase over all the texts before the next) gives each
 * text the reading readText gives it alone.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../pipeline/extract/index.js';
import { buildLexicon, readText, readTexts } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));

const TEXTS = [
  'China supplied 45% of the machine tools Russia imported in 2023, customs data show. Exports rose 12% to $3.1 billion.',
  'Beijing has denied supplying weapons to Moscow. Officials said Chinese firms shipped drone engines to Russia.',
  '# Trade note\n\nRussia imported **$2.4 billion** of [microelectronics](https://example.org) from China in 2022.\n',
  'MR REYES: We have seen reports that Chinese companies provide components to Russia.\nMS LEE: Thank you.\n',
  'The weather was mild. Nothing here is a figure.',
  'Trade between the two countries grew 27 percent year on year, to $741 million. It rose again in the same half of 2024.',
];

describe('reading a group of texts', () => {
  it('gives every text the reading it has alone', () => {
    expect(readTexts(TEXTS, lexicon)).toEqual(TEXTS.map((t) => readText(t, lexicon)));
  });

  it('gives the same readings in any order and with the mentions passed in', () => {
    const reversed = [...TEXTS].reverse();
    expect(readTexts(reversed, lexicon)).toEqual(reversed.map((t) => readText(t, lexicon)));
    const given = TEXTS.map((t) => extractMentions(t));
    expect(readTexts(TEXTS, lexicon, given)).toEqual(TEXTS.map((t, i) => readText(t, lexicon, given[i])));
  });

  it('gives the same readings with the extractor’s sentence starts passed in, and ignores them where Markdown is blanked', () => {
    const starts = TEXTS.map(() => [] as number[]);
    const given = TEXTS.map((t, i) => extractMentions(t, { sentenceStarts: starts[i] }));
    expect(starts.every((s) => s.length > 0 && s[0] === 0)).toBe(true);
    expect(readTexts(TEXTS, lexicon, given, starts)).toEqual(TEXTS.map((t) => readText(t, lexicon)));
    // Starts that split the Markdown text elsewhere change nothing: its blanked copy is split anew.
    const markdown = TEXTS[2]!;
    const wrong = [0, 5, 9, 40];
    expect(readText(markdown, lexicon, extractMentions(markdown), undefined, wrong)).toEqual(readText(markdown, lexicon));
  });

  it('reads each figure with its own start and the frame of its own text’s figure before', () => {
    const texts = [
      'In 2023 Russia imported $2.6 billion of machine tools from China. In 2024 imports rose a further 14%.',
      'Imports rose 9% in the second quarter, officials said. The US sanctioned 12 companies on 3 May.',
      'Table 1. Russia’s imports by country, 2025 (USD million; share)\nChina: 7,420; 81%\nTürkiye: 610; 7%\n',
      'Kazakhstan’s exports to Russia fell 20% in 2024, to $8.1 billion, over 11 months.',
    ];
    const grouped = readTexts(texts, lexicon);
    expect(grouped).toEqual(texts.map((t) => readText(t, lexicon)));
    // The second text's figure has no country: it does not continue the first text's frame.
    expect(grouped[1]!.observations.some((o) => o.partner === 'CHN')).toBe(false);
    expect(grouped[0]!.observations.length).toBeGreaterThan(1);
  });

  it('keeps a Markdown text’s claim quotes as the text writes them', () => {
    const [reading] = readTexts(['**China** supplied drones to Russia, officials said.'], lexicon);
    expect(reading!.claims.length).toBeGreaterThan(0);
    for (const c of reading!.claims) expect(c.quote).toContain('**');
  });
});
