/**
 * Rules of session 17's statistics round (docs/reading-history.md "Session 17: stats18"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const periods = (text: string) => read(text).map((o) => [o.quote, o.period]);

describe('a release’s title under its body’s name dates the figures that name no period (curation.md, convention 8)', () => {
  it('dates a figure of a later section by the title’s months', () => {
    const text =
      'State Statistics Office of Moldova\n\nForeign Trade of the Republic of Moldova in January-August 2026 (Preliminary)\n\nChisinau, 12 September 2026\n\nMoldova’s exports to Russia rose to USD 2,410.2 million in January-August 2026.\n\nTrade with Belarus\n\nImports from Belarus amounted to USD 310.5 million.';
    expect(periods(text)).toEqual([
      ['USD 2,410.2 million', '2026-01/2026-08'],
      ['USD 310.5 million', '2026-01/2026-08'],
    ]);
  });

  it('reads a title whose period follows a comma', () => {
    const text =
      'Customs Board of Estonia\n\nTransit of goods to the Russian Federation, first half of 2026\n\nTallinn, 20 July 2026\n\nThe Board cleared goods in transit.\n\nShipments of bearings from China to Russia through Estonia were worth EUR 14 million.';
    expect(periods(text)).toEqual([['EUR 14 million', '2026-H1']]);
  });

  it('takes no period from the text’s date line nor from a header field that is a date', () => {
    const text =
      'Trade Bulletin | No. 12 | March 2026\n\nNotes on transit trade\n\nBaku, 3 March 2026\n\nThe committee met today.\n\nImports from China amounted to USD 96.4 million.';
    expect(periods(text)).toEqual([['USD 96.4 million', null]]);
  });

  it('leaves a figure with a period of its own as its sentence dates it', () => {
    const text =
      'National Statistics Office of Ruritania\n\nForeign trade in January-June 2026\n\nImports from China amounted to USD 96.4 million in 2025.';
    expect(periods(text)).toEqual([['USD 96.4 million', '2025']]);
  });
});

describe('a statement its heading gives to a body is that body’s own text (curation.md, convention 6)', () => {
  const credits = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);

  it('leaves the figures of a ministry’s statement on a topic unattributed', () => {
    const text =
      'Statement of the Ministry of Economy on the supply of machine tools to Russia\n\nRiga, 2 March 2026\n\nLatvia’s exports of machine tools to Russia fell to EUR 3 million in 2025.';
    expect(credits(text)).toEqual([['EUR 3 million', null]]);
  });

  it('does the same for a joint statement of two bodies', () => {
    const text =
      'Joint Statement by the Ministry of Commerce and the Customs Service of Ruritania on transit to Russia\n\n4 May 2026\n\nRuritania’s exports of bearings to Russia were worth $12 million in 2025.';
    expect(credits(text)).toEqual([['$12 million', null]]);
  });

  it('keeps an office holder’s statement as the speaker’s figures', () => {
    const text =
      'Statement by the Spokesperson of the Ministry of Economy on transit to Russia\n\n4 May 2026\n\nRuritania’s exports of bearings to Russia were worth $12 million in 2025.';
    expect(credits(text)[0]![1]).toMatch(/Spokesperson/);
  });
});

describe('in a release, data that name no body are the release’s own (curation.md, convention 6)', () => {
  const credits = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);
  const release = (sentence: string) =>
    `National Statistics Office of Ruritania\n\nForeign trade of Ruritania, 2025\n\nRuritania City, 3 February 2026\n\n${sentence}`;

  it('leaves "according to preliminary data" unattributed in a statistics office’s release', () => {
    expect(credits(release('According to preliminary data, Ruritania’s exports to Russia amounted to USD 410.2 million in 2025.'))).toEqual(
      [['USD 410.2 million', null]],
    );
  });

  it('keeps data another body owns', () => {
    expect(credits(release('According to Eurostat data, Ruritania’s exports to Russia amounted to USD 410.2 million in 2025.'))).toEqual([
      ['USD 410.2 million', 'Eurostat data'],
    ]);
  });

  it('keeps "official figures" in a text no body issues (a wire report)', () => {
    const text = 'Ruritania’s exports to Russia amounted to $410 million in 2025, official figures show.';
    expect(credits(text)).toEqual([['$410 million', 'official figures']]);
  });
});

describe('lines that are no speaker labels', () => {
  const credits = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);

  it('reads "Country: USD 2,672.1 million (…)" as a row, not a speaker, and credits no later figure to it', () => {
    const text =
      'Top partners\n\nBelarus: USD 2,672.1 million (14.5% of total trade)\nChina: USD 2,301.5 million (12.5% of total trade)\n\nRuritania’s exports to Russia amounted to USD 612.4 million in 2025.';
    const last = credits(text).at(-1)!;
    expect(last).toEqual(['USD 612.4 million', null]);
  });

  it('reads a section kicker in capitals over a headline as no speaker', () => {
    const text =
      'TRADE: Ruritania deepens its ties with Russian buyers\n\nRuritania’s exports of bearings to Russia rose 31% to $40 million in 2025.';
    expect(credits(text)).toEqual([
      ['31%', null],
      ['$40 million', null],
    ]);
  });

  it('keeps a transcript’s label in capitals over a spoken sentence', () => {
    const text = 'MINISTER OKAFOR: Our exports of bearings to Russia fell to $4 million in 2025.';
    expect(credits(text)).toEqual([['$4 million', 'OKAFOR']]);
  });
});

describe('the acronym a release’s opening gives its issuer is the issuer (curation.md, convention 6)', () => {
  it('leaves "according to ACRONYM" unattributed in the body’s own statement', () => {
    const text =
      'Border Guard Service of Ruritania\n\nStatement on transit to Russia\n\nRuritania City, 2 March 2026\n\nThe Border Guard Service of Ruritania (DPS) has completed its review of transit cargo. According to DPS, Russia imported goods worth $48 million from Ruritania in 2025.';
    expect(read(text).map((o) => [o.quote, o.attributed_to])).toEqual([['$48 million', null]]);
  });
});
