/**
 * Rules of session 20's deletes round (docs/reading-history.md "Session 20: deletes21"): kinds of
 * draft a curator deletes — shares of re-exports, gaps between records, forecasts of a cut, fines,
 * prices, consignments refused, shares of goods found in weapons or of one firm's sales, trade
 * nouns whose figure states them, questions — each read on small texts written for the test (not
 * one of the dev texts, the tuning or validation sets or the curated sources), with a like
 * sentence the reader still drafts.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const drafted = (text: string) => readText(text, lexicon).observations.map((o) => o.quote);
const leftAside = (text: string, quote: string) => readText(text, lexicon).ignored.find((i) => i.quote === quote)?.note;
const claimed = (text: string) => readText(text, lexicon).claims.map((c) => c.quote);

describe('a share of re-exports as a whole is left aside', () => {
  it('leaves aside the share of re-exports in a country’s exports, and its base', () => {
    const text =
      'Georgia’s exports to Russia rose 12% in 2025. The share of re-exports in Georgia’s exports to Russia rose to 54%, from 41% a year earlier.';
    expect(drafted(text)).toEqual(['12%']);
    expect(leftAside(text, '54%')).toBe('a share of re-exports in exports: how exports are made up, not a supply');
  });

  it('leaves aside "re-exports made up" and "re-exports were …, or N% of the total"', () => {
    expect(drafted('Uzbekistan’s exports to Russia rose 9% in 2025. Re-exports made up 37% of them.')).toEqual(['9%']);
    expect(drafted('Re-exports to Russia from Armenia amounted to USD 800 million, or 21% of the total, in 2025.')).toEqual([
      'USD 800 million',
    ]);
  });

  it('keeps re-exports of named goods as a part by goods', () => {
    expect(
      drafted('Armenia’s exports to Russia reached USD 2 billion in 2025. Re-exports of cars accounted for 31% of this amount.'),
    ).toEqual(['USD 2 billion', '31%']);
  });
});

describe('a gap between two records is left aside', () => {
  it('leaves aside a gap named by its size, and a share of it', () => {
    const text =
      'China reported exports to Russia of $95 billion in 2025, while Russia recorded imports from China of $110 billion. That is a gap of about $15 billion, or some 16 per cent of China’s figure.';
    expect(drafted(text)).toEqual(['$95 billion', '$110 billion']);
  });

  it('leaves aside one record measured against the other', () => {
    expect(
      drafted('In 2025, Russia reported imports from Armenia that were some 40 per cent larger than the exports Armenia recorded.'),
    ).toEqual([]);
  });
});

describe('forecasts, fines, prices and enforcement are left aside', () => {
  it('leaves aside what a step could cut a flow by, and a projected fall', () => {
    expect(drafted('Tighter checks could cut Russia’s imports of machine tools from China by 25 percent.')).toEqual([]);
    expect(drafted('Economists project Japanese exports to Russia to fall by a further 8% in 2027.')).toEqual([]);
    expect(drafted('Japanese exports to Russia fell by 8% in 2025.')).toEqual(['8%']);
  });

  it('leaves aside a fine’s second bound and a fine after an aside', () => {
    expect(
      drafted('Exporting drones to Russia carries a penalty of up to $300,000 per violation or three times the value of the exports.'),
    ).toEqual([]);
    expect(drafted('Shipping chips to Russia is punished by a fine of the fifth category, currently €103,000.')).toEqual([]);
  });

  it('leaves aside a price’s levels around its change', () => {
    expect(
      drafted('Since Chinese exports of drone motors to Russia slowed, prices for a motor went up from 3,000 to 4,500 rubles.'),
    ).toEqual([]);
  });

  it('leaves aside consignments refused entry, and the figure after it keeps their period', () => {
    const text =
      'In January–June 2026 our customs officers refused entry to 830 consignments of sanctioned goods bound for Russia, and Latvia’s exports to Belarus fell by 14% over the same period.';
    expect(leftAside(text, '830')).toBe('a count of consignments refused: enforcement, not supplies');
    const o = readText(text, lexicon).observations.find((x) => x.quote === '14%');
    expect(o?.period).toBe('2026-H1');
  });
});

describe('aid and listed items are left aside', () => {
  it('leaves aside aid by its worth and a commitment’s total, and keeps exports beside them', () => {
    expect(
      drafted('New Zealand’s exports to Russia fell by 60% in 2025. It has given Ukraine humanitarian aid worth NZ$90 million since 2022.'),
    ).toEqual(['60%']);
    expect(
      drafted('New Zealand’s exports to Russia fell by 60% in 2025, and our total commitment to Ukraine is now NZ$130 million.'),
    ).toEqual(['60%']);
    expect(drafted('Washington has spent more than $60 billion on military aid to Kyiv while exports to Russia fell.')).toEqual([]);
  });

  it('leaves aside items added to a list of controlled exports and the list’s new total', () => {
    const text =
      'The ministry adds 120 items to the list of goods whose export to Russia requires a permit, bringing the total to 980 items.';
    expect(drafted(text)).toEqual([]);
    expect(leftAside(text, '120')).toBe('a count of goods restricted or listed, not supplied');
  });
});

describe('shares that measure no country’s flow are left aside', () => {
  it('leaves aside a share of the components “we find” in weapons', () => {
    expect(drafted('About 70 percent of the microchips we find in Russian missiles were made in China, the agency said.')).toEqual([]);
  });

  it('leaves aside a share of one firm’s sales, and keeps a country’s', () => {
    expect(drafted('A trader in Almaty said that “about 40%” of his firm’s sales end up in Russia.')).toEqual([]);
    expect(drafted('Russia took about 40% of Kazakhstan’s exports of machinery in 2025.')).toEqual(['about 40%']);
  });
});

describe('no claim where none is stated', () => {
  it('drafts no claim from a trade noun whose clause gives its size, and keeps its trend’s claim-free statistic', () => {
    const text = 'Chinese exports of nitrocellulose to Russia, a key input for gunpowder, reached 900 tonnes in 2025.';
    expect(claimed(text)).toEqual([]);
    expect(drafted(text)).toEqual(['900']);
  });

  it('drafts no claim from goods moving from China to Russia whose clause gives their size, nor from a flow that continues to grow', () => {
    expect(claimed('Of the transit cargo, goods moving from China to Russia accounted for 2.1 million tonnes in 2025.')).toEqual([]);
    expect(claimed('The flow of goods in transit from China through Latvia to Russia continues to grow.')).toEqual([]);
  });

  it('still drafts the claim of a supply verb with goods', () => {
    expect(claimed('Chinese firms supplied nitrocellulose to Russian powder plants in 2025.')).toHaveLength(1);
  });

  it('drafts no claim from a parliamentary question’s “whether … reports that”', () => {
    expect(
      claimed('(b) whether the Ministry has examined reports that Malaysian firms have supplied microchips to Russian arms makers; and'),
    ).toEqual([]);
    expect(claimed('The Ministry has examined reports that Malaysian firms have supplied microchips to Russian arms makers.')).toHaveLength(
      1,
    );
  });
});
