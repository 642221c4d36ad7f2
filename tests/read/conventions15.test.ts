/**
 * Session 15's curation conventions (docs/curation.md, 6 to 8): the rules that bring gold statistics to
 * them (conventionRules15.ts, conventions15.ts), on texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { carriedAttribution, fiscalPeriod, headingOwnFigure, ownFigureAttribution } from './conventionRules15.js';
import { changes15 } from './conventions15.js';

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe("convention 6: an official text's own figures", () => {
  it('drops the phrasings that name the institution itself, and nulls a credit that only names it', () => {
    const own = /\bBorder Agency\b/;
    expect(ownFigureAttribution(['the Border Agency', 'Border Agency'], own)).toBeNull();
    expect(ownFigureAttribution(['the Border Agency', 'Eurostat'], own)).toEqual(['Eurostat']);
    expect(ownFigureAttribution(['Eurostat'], own)).toBeUndefined();
    expect(ownFigureAttribution(null, own)).toBeUndefined();
  });

  it("reads a release's heading as its issuer, and its own analysis as its own figure", () => {
    const release = [
      'MINISTRY OF EXTERNAL TRADE',
      'Press release',
      '',
      'Analysis by the Ministry of External Trade shows that exports of machine tools to Armenia rose by 40% in 2025.',
    ].join('\n');
    expect(headingOwnFigure(release, ['Analysis by the Ministry of External Trade'])).toBeNull();
  });

  it("keeps a credit to another body in the institution's release", () => {
    const release = [
      'MINISTRY OF EXTERNAL TRADE',
      'Press release',
      '',
      'According to the National Statistics Office, exports of machine tools to Armenia rose by 40% in 2025.',
    ].join('\n');
    expect(headingOwnFigure(release, ['the National Statistics Office'])).toBeUndefined();
  });
});

describe('convention 7: an attribution carries through its paragraph', () => {
  it('gives a later unattributed figure of the paragraph the credit of the sentence before', () => {
    const text =
      'According to the Statistical Institute, exports to Armenia fell 12% in 2025. Their share of all exports fell to 3.5% in 2025.';
    const stats = [
      { quote: '12%', attributed_to: ['the Statistical Institute'] },
      { quote: '3.5%', attributed_to: null },
    ];
    expect(carriedAttribution(text, stats, 1)?.value).toEqual(['the Statistical Institute']);
  });

  it('carries nothing across a paragraph break', () => {
    const text =
      'According to the Statistical Institute, exports to Armenia fell 12% in 2025.\n\nTheir share of all exports fell to 3.5% in 2025.';
    const stats = [
      { quote: '12%', attributed_to: ['the Statistical Institute'] },
      { quote: '3.5%', attributed_to: null },
    ];
    expect(carriedAttribution(text, stats, 1)).toBeUndefined();
  });

  it('carries nothing past a sentence that names a source of its own', () => {
    const text =
      'According to the Statistical Institute, exports to Armenia fell 12% in 2025. Customs data show that their share fell to 3.5%.';
    const stats = [
      { quote: '12%', attributed_to: ['the Statistical Institute'] },
      { quote: '3.5%', attributed_to: null },
    ];
    expect(carriedAttribution(text, stats, 1)).toBeUndefined();
  });
});

describe('convention 8: fiscal years as the country counts them', () => {
  it("reads Japan's fiscal year from April and the U.S. one from October", () => {
    const jp = "Japan's exports of machine tools to China reached 500 billion yen in fiscal 2025.";
    expect(fiscalPeriod(jp, at(jp, '500 billion yen'))).toBe('2025-04/2026-03');
    const us = 'U.S. exporters filed 900 reports in fiscal year 2026.';
    expect(fiscalPeriod(us, at(us, '900'))).toBe('2025-10/2026-09');
  });

  it('leaves a fiscal year whose country the words do not give', () => {
    const text = 'Shipments reached 500 units in fiscal 2025.';
    expect(fiscalPeriod(text, at(text, '500 units'))).toBeUndefined();
  });
});

describe('the changes a text gets', () => {
  it("names the convention, the field and the new value of each change, and leaves the text's other figures", () => {
    const text =
      "According to the Statistical Institute, exports to Armenia fell 12% in 2025. Their share fell to 3.5% in 2025.\n\nJapan's exports to China reached 500 billion yen in fiscal 2025.";
    const { changes } = changes15(
      'test/none',
      text,
      [
        { quote: '12%', attributed_to: ['the Statistical Institute'], period: '2025' },
        { quote: '3.5%', attributed_to: null, period: '2025' },
        { quote: '500 billion yen', attributed_to: null, period: '2025' },
      ],
      true,
    );
    expect(changes.map((c) => [c.convention, c.quote, c.field, c.value])).toEqual([
      ['carried', '3.5%', 'attributed_to', ['the Statistical Institute']],
      ['fiscal', '500 billion yen', 'period', '2025-04/2026-03'],
    ]);
  });
});
