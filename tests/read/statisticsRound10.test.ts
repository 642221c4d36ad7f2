/**
 * Rules of session 10's statistics round (docs/reading-history.md "Session 10: statistics round"):
 * general mechanisms for the product, period and attribution of a figure whose own sentence does not
 * give them, read on small texts written for the test, not taken from the dev texts.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';
import { statisticAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const obs = (text: string, quote: string): ReadObservation | undefined => statisticAsRead(readText(text, lexicon), quote);

describe('product from the paragraph (session 10)', () => {
  it('gives a figure naming no goods the goods of a figure-free sentence before it', () => {
    const text = 'Trade notes\n\nLathes were the fastest-growing line. Uzbekistan’s exports to Russia reached $12 million in 2024.';
    expect(obs(text, '$12 million')?.product).toBe('machine-tools');
  });

  it('gives a figure at the start of a section the goods of the heading above it', () => {
    const text = 'Trade notes\n\nNITROCELLULOSE\n\nUzbekistan’s exports to Russia reached $3 million in 2024.';
    expect(obs(text, '$3 million')?.product).toBe('nitrocellulose');
  });

  it('gives no topic goods to a figure on a whole trade', () => {
    const text = 'Trade notes\n\nLathes were the fastest-growing line. Uzbekistan’s total exports to Russia reached $1.2 billion in 2024.';
    expect(obs(text, '$1.2 billion')?.product).toBeNull();
  });

  it('gives no topic goods from goods that modify a noun or name an end use', () => {
    const text =
      'Case notes\n\nSome of these parts were critical to Russia’s guided weapons systems. The firm made shipments valued at over $7 million to Russia in 2022.';
    expect(obs(text, 'over $7 million')?.product ?? null).toBeNull();
  });

  it('gives no topic goods when the sentence before lists several goods', () => {
    const text = 'Trade notes\n\nLathes and bearings led the way. Uzbekistan’s exports to Russia reached $12 million in 2024.';
    expect(obs(text, '$12 million')?.product).toBeNull();
  });

  it('continues the goods before after "in the category", "such components" and "another"', () => {
    const text =
      'Russia imported $80 million of thermal imagers from China in 2024, customs data show. Belarus added another $5 million. China’s share in the category was 90% in 2024.';
    expect(obs(text, '$5 million')?.product).toBe('thermal-imagers');
    expect(obs(text, '90%')?.product).toBe('thermal-imagers');
  });
});

describe('periods from the text around a figure (session 10)', () => {
  it('moves the period continued by the years "the following year" or "the previous year" count', () => {
    const text =
      'Serbia’s exports of machinery to Russia were €40 million in 2022, the data show. The following year they reached €55 million. The previous year they had been €30 million.';
    expect(obs(text, '€55 million')?.period).toBe('2023');
  });

  it('keeps a figure’s own period after "a year later"', () => {
    const text =
      'Russia imported $3 billion of chips in 2023, data show. A year later, in the first quarter of 2024, such imports reached $0.9 billion.';
    expect(obs(text, '$0.9 billion')?.period).toBe('2024-Q1');
  });

  it('dates the ends of a change "over the same two years" after a comparison of two dated figures', () => {
    const text =
      'Russia’s imports of chips from China went from $100 million in 2021 to $900 million in 2023, data show. Over the same two years, China’s share of Russia’s chip imports rose from 30% to 70%.';
    expect(obs(text, '30%')?.period).toBe('2021');
    expect(obs(text, '70%')?.period).toBe('2023');
  });

  it('reads "January–February of this year" against the text’s date', () => {
    const text =
      'Customs update\n\nMoscow, 5 April 2025\n\nIn January–February of this year, Russia’s imports of cars from China fell by 20% year on year.';
    expect(obs(text, '20%')?.period).toBe('2025-01/2025-02');
  });

  it('gives a figure the period a figure-free sentence before it names', () => {
    const text =
      'Machinery trade\n\nBerlin, 3 March 2025\n\nGermany’s exports of machine tools to Russia collapsed last year. They came to €30 million, the association said.';
    expect(obs(text, '€30 million')?.period).toBe('2024');
  });

  it('does not date a figure by the text’s dateline', () => {
    const text =
      'Machine tools\n\nALMATY, 18 January 2024 (Wire) — Kazakhstan’s exports of machine tools to Russia jumped in 2023. They reached $57 million, data showed.';
    expect(obs(text, '$57 million')?.period).toBe('2023');
  });

  it('takes no period from a year that names a base ("triple the figure for 2021")', () => {
    const text = 'Kazakhstan’s imports of bearings from China reached $96 million, triple the figure for 2021, customs statistics show.';
    expect(obs(text, '$96 million')?.period).toBeNull();
  });

  it('dates figures whose sentence names only a base by the headline’s "2023 in review"', () => {
    const text = 'Caucasus trade: 2023 in review\n\nGeorgia’s exports to Russia came to $41 million, four times the 2021 level.';
    expect(obs(text, '$41 million')?.period).toBe('2023');
  });
});

describe('periods from headings and datelines (session 10, second part)', () => {
  it('dates a level "two years earlier" than its sentence’s year', () => {
    const text =
      'Kyrgyzstan imported $700 million of machine tools from China in 2023, up from $150 million two years earlier, the data show.';
    expect(obs(text, '$150 million')?.period).toBe('2021');
  });

  it('gives a list under a section heading that names a period that period', () => {
    const text =
      'Bearings summary\n\nJanuary–September 2024\n\n- Russia imported $900 million of ball bearings from China.\n- Imports from India came to $40 million.';
    expect(obs(text, '$40 million')?.period).toBe('2024-01/2024-09');
  });

  it('reads a dateline whose date is followed by a wire’s slashes', () => {
    const text = 'Chips\n\nHONG KONG, 15 July 2024 /Wire/ -- Hong Kong’s exports of chips to Russia rose 12% last year.';
    expect(obs(text, '12%')?.period).toBe('2023');
  });
});

describe('attribution from the paragraph and the text (session 10)', () => {
  it('gives a figure the source named earlier in its paragraph, beyond two sentences back', () => {
    const text =
      'Report\n\nAccording to the Caspian Trade Institute, Azerbaijan’s exports of machinery to Russia rose to $20 million in 2022. The following year they reached $31 million. Most went to one buyer. Most of it was paid in roubles. Azerbaijan’s exports of vehicles to Russia grew by 40% over the same period.';
    expect(obs(text, '40%')?.attributed_to).toBe('the Caspian Trade Institute');
  });

  it('does not carry a source further than two sentences back across a line break (list items)', () => {
    const text =
      'Assessment\n\n- Moscow is adapting. President Putin probably believes time is on his side.\n- Beijing matters most. Trade is large. Azerbaijan’s exports of machinery to Russia rose by 40% in 2023.';
    expect(obs(text, '40%')?.attributed_to ?? null).toBeNull();
  });

  it('does not carry a source into the next paragraph', () => {
    const text =
      'Report\n\nAccording to the Caspian Trade Institute, Azerbaijan’s exports of machinery to Russia rose to $20 million in 2022.\n\nAzerbaijan’s exports of vehicles to Russia grew by 40% in 2023.';
    expect(obs(text, '40%')?.attributed_to).toBeNull();
  });

  it('credits a text’s figures to its "Prepared by", "Compiled by", "Analysis by" or team line', () => {
    const body = '\n\nUzbekistan’s exports of machinery to Russia reached $12 million in 2024.';
    expect(obs('Trade notes\n\nPrepared by Westgate Analytics' + body, '$12 million')?.attributed_to).toBe('Westgate Analytics');
    expect(obs('Trade notes\n\nCompiled by the research desk of Ostbank' + body, '$12 million')?.attributed_to).toBe(
      'the research desk of Ostbank',
    );
    expect(obs('Trade notes\n\nAnalysis by the Open Customs Project' + body, '$12 million')?.attributed_to).toBe(
      'the Open Customs Project',
    );
    expect(obs('Trade notes\n\nResearch team of the Baltic Trade Lab' + body, '$12 million')?.attributed_to).toBe('the Baltic Trade Lab');
  });

  it('credits a text’s figures to a "Prepared by" line that signs it at the end', () => {
    // Past the opening lines: a signature, not a credit under the heading.
    const filler = '\n\nThe border crossings stayed busy through the year, and freight rates rose.'.repeat(12);
    const text = `Bearings summary\n\nRussia imported $900 million of ball bearings from China in 2024.${filler}\n\nPrepared by Anna Kovacs, trade analyst\n`;
    expect(obs(text, '$900 million')?.attributed_to).toBe('Anna Kovacs');
  });

  it('credits figures to a "Source for all figures:" line and to a body’s publication heading', () => {
    const body = '\n\nUzbekistan’s exports of machinery to Russia reached $12 million in 2024.';
    expect(obs('Trade notes\n\nSource for all figures: Westgate Analytics.' + body, '$12 million')?.attributed_to).toBe(
      'Westgate Analytics',
    );
    // A body's own bulletin: its own figures credit no one (session 15, convention 6).
    expect(obs('Bulletin of the State Customs Committee' + body, '$12 million')?.attributed_to).toBeNull();
  });

  it('reads "Verdict:" as a document label, not a speaker', () => {
    const text =
      'Fact check\n\nQuestion: Is it true?\n\nVerdict: Mostly. Customs data compiled by the Trade Lab show that China supplied 60% of Russia’s imports of machine tools in 2023. A year earlier the share was 50%.';
    expect(obs(text, '50%')?.attributed_to).toBe('Customs data compiled by the Trade Lab');
    expect(obs(text, '50%')?.period).toBe('2022');
  });
});

describe('tables written as lines (session 10)', () => {
  it('reads label lines under a heading that names the flow, the sides and the period', () => {
    const text = 'Tajikistan: exports to Russia, January–June 2025\n\nData: Tajik customs.\n\nMachinery: $5 million.\nCables: $2 million.';
    const machinery = obs(text, '$5 million');
    expect([machinery?.flow, machinery?.reporter, machinery?.partner, machinery?.product, machinery?.period]).toEqual([
      'export',
      'TJK',
      'RUS',
      'machinery',
      '2025-H1',
    ]);
    expect(machinery?.attributed_to).toBe('Tajik customs');
    // A row naming goods the vocabulary lacks takes none from the row before.
    expect(obs(text, '$2 million')?.product).toBeNull();
  });

  it('continues the goods after "such" and a plural noun', () => {
    const text =
      'China supplied 80% of the machine tools Russia imported in 2024, officials said. Russia’s purchases of such tools from abroad came to $3 billion.';
    expect(obs(text, '$3 billion')?.product).toBe('machine-tools');
  });
});

describe('flows and reporters (session 10)', () => {
  it('reads a share "of that" before a verb of origin as a share of the total before', () => {
    const text = 'Russia imported $4 billion of machine tools in 2023, data show. Nearly 70% of that came from China.';
    expect(obs(text, 'Nearly 70%')?.flow).toBe('import');
  });

  it('leaves aside a combined figure of two countries named by "Their"', () => {
    const text = 'Report\n\nSerbia and Vietnam play a smaller part. Their combined exports of chips to Russia were $90 million in 2023.';
    const reading = readText(text, lexicon);
    expect(reading.observations.some((o) => o.quote.includes('$90 million'))).toBe(false);
  });

  it('gives the country of Russia’s customs service as the reporter of a figure it reports', () => {
    const text = 'The Federal Customs Service said trade turnover with China amounted to $240 billion in 2024.';
    expect(obs(text, '$240 billion')?.reporter).toBe('RUS');
  });
});
