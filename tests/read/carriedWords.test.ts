/**
 * A field a figure takes over from the statistic (or lead) before shows the words it was taken
 * from, not an empty quotation; a field no words give says so. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type Evidence } from '../../pipeline/read/index.js';
import { evidenceWords, formatReading } from '../../pipeline/read/format.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const words = (e: Evidence | undefined) => e && [e.text, e.rule];

describe('a figure that continues the statistic before', () => {
  const text =
    'Turkish exports of ball bearings to Georgia rose to $40 million in 2023, the trade ministry said. ' +
    'Shipments of valves reached $12 million, and pumps nearly $9 million.';

  it('shows the words of the statistic before for the sides and the period it takes over', () => {
    const [first, second] = readText(text, lexicon).observations;
    expect([second!.reporter, second!.partner, second!.period]).toEqual([first!.reporter, first!.partner, first!.period]);
    expect(words(second!.evidence.reporter)).toEqual([first!.evidence.reporter!.text, 'continues the statistic before']);
    expect(words(second!.evidence.partner)).toEqual([first!.evidence.partner!.text, 'continues the statistic before']);
    expect(words(second!.evidence.period)).toEqual(['2023', 'continues the statistic before']);
  });

  it('leads a chain of continuations back to the first statistic’s words', () => {
    const third = readText(text, lexicon).observations[2]!;
    expect(third.quote).toBe('nearly $9 million');
    expect(words(third.evidence.flow)).toEqual(['Shipments', 'reads like the statistic before']);
    expect(words(third.evidence.reporter)?.[0]).toBe(readText(text, lexicon).observations[0]!.evidence.reporter!.text);
  });

  it('prints no empty quotation for any field in read’s text', () => {
    expect(formatReading(readText(text, lexicon))).not.toContain('← ""');
  });
});

describe('a figure that continues a lead without figures', () => {
  it('shows the lead’s words for its flow, sides and period', () => {
    const o = readText(
      'Armenia’s imports of microelectronics from China surged in 2023. They reached $300 million, the statistics office said.',
      lexicon,
    ).observations[0]!;
    expect([o.reporter, o.partner, o.period]).toEqual(['ARM', 'CHN', '2023']);
    expect(o.evidence.reporter?.text).toMatch(/^Armenia/);
    expect(o.evidence.partner?.text).toBe('China');
    expect(o.evidence.period?.text).toBe('2023');
  });
});

describe('evidenceWords', () => {
  it('quotes the words, with their offset when asked', () => {
    expect(evidenceWords({ text: 'to Russia', start: 57, end: 66, rule: 'to X' }, 57)).toBe('"to Russia" @57 (to X)');
    expect(evidenceWords({ text: 'to Russia', start: 57, end: 66, rule: 'to X' })).toBe('"to Russia" (to X)');
  });

  it('shows words a rule took with a space before them without it, at the offset of their first letter', () => {
    expect(evidenceWords({ text: ' a year earlier', start: 161, end: 176, rule: 'a year before' }, 161)).toBe(
      '"a year earlier" @162 (a year before)',
    );
  });

  it('gives the rule alone, not an empty quotation, where no words decided the value', () => {
    const shown = evidenceWords({ text: '', start: 12, end: 12, rule: 'no partner named: all partners' }, 12);
    expect(shown).toBe('(no partner named: all partners; no words of its own)');
  });
});
