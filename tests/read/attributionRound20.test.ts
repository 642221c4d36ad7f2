/**
 * Rules of session 19's attribution round (docs/reading-history.md "Session 19: attrib20"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { textIssuer } from '../../pipeline/read/ownFigures.js';
import { ROOT } from './score.js';
import { statisticsAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const credited = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);

describe('an institution’s own work in the text it issues credits no one', () => {
  it('reads each body of a heading line that lists them, and their initials', () => {
    const text =
      'Summary of Order\n\nU.S. Department of the Interior, Bureau of Ocean Trade Security, Office of Licensing\nMarch 3, 2026\n\nBOTS analysis of trade data shows that Armenia’s exports of lathes to Russia reached $45 million in 2025.';
    expect(textIssuer(text)?.names).toContain('BOTS');
    expect(credited(text)).toEqual([['$45 million', null]]);
  });

  it('leaves the place after a body’s name out of it, and takes its initials', () => {
    const text =
      'Media release\n\nSanctions on suppliers\n\nDepartment of Industry and Maritime Trade, Wellington\n5 May 2026\n\nDIMT analysis shows that exports of bearings from Georgia to Russia rose to $80 million in 2025.';
    expect(credited(text)).toEqual([['$80 million', null]]);
  });

  it('keeps a name’s own commas and gives its acronym in brackets apart', () => {
    const issuer = textIssuer(
      'Ministry of Ports, Shipping and Logistics (MOPSL), Republic of Palau\n\nNotice on exports\n\nKoror, 1 June 2026\n\nText.',
    );
    expect(issuer?.names).toEqual(expect.arrayContaining(['Ministry of Ports, Shipping and Logistics', 'MOPSL']));
    expect(issuer?.names).not.toContain('Ministry of Ports');
  });

  it('reads a body’s short name and acronym without its country (“State Export Committee (SEC)”)', () => {
    const text =
      'State Export Committee of the Republic of Moldova\n\nStatement on re-exports\n\nChisinau, 2 June 2026\n\nThe State Export Committee (SEC) informs that checks were made. According to the SEC’s data, exports from Moldova to Russia fell 12% in 2025.';
    expect(credited(text)).toEqual([['12%', null]]);
  });

  it('takes a central bank’s name line and an acronym over a publication’s kind as the issuer', () => {
    expect(textIssuer('Banca Centrale Bundesbank, Quarterly Report, May 2026\n\nBox: Trade\n\nText.')?.names).toContain(
      'Banca Centrale Bundesbank',
    );
    expect(textIssuer('WTFO Regional Trade Outlook, May 2026\n\nChapter 1\n\nText.')?.names).toContain('WTFO');
  });

  it('reads the issuer’s head noun with a possessive (“the Commission’s assessment”) as its own', () => {
    const text =
      'European Commission – Daily News 3/3/2026\n\nCommission welcomes new listings\n\nThe Commission welcomes today’s listings. Around 70% of the drones’ chips that Russia imported in 2025 came from China, according to the Commission’s assessment.';
    expect(credited(text).map(([, who]) => who)).toEqual([null]);
  });

  it('reads a country’s adjective with its analysis of plain data as the government’s own work', () => {
    const text =
      'Backgrounder: Canada imposes sanctions on suppliers\n\nMay 2, 2026 - Ottawa\n\nToday, Canada is imposing sanctions. Canadian analysis of partner-country trade data indicates that Armenia’s exports of machine tools to Russia reached $30 million in 2025.';
    expect(credited(text)).toEqual([['$30 million', null]]);
  });

  it('credits no one for the figures of an institution’s report its staff signed at the end', () => {
    const text =
      'INTERNATIONAL MONETARY FUND\nRegional Outlook\nMay 2026\n\nKazakhstan’s exports to Russia rose 12 percent in 2025.\n\nPrepared by Lena Ortiz and Omar Haddad.';
    expect(credited(text)).toEqual([['12 percent', null]]);
  });

  it('credits a signed brief’s authors where no institution issues it', () => {
    const text = 'Trade notes\n\nKazakhstan’s exports to Russia rose 12 percent in 2025.\n\nPrepared by Lena Ortiz and Omar Haddad.';
    expect(credited(text)).toEqual([['12 percent', 'Lena Ortiz and Omar Haddad']]);
  });
});

describe('the text itself is no source', () => {
  it('credits no one for what “this note” estimates', () => {
    const text = 'Using mirror data, this note estimates that Russia’s imports of bearings reached USD 2.1 billion in 2025.';
    expect(credited(text)).toEqual([['USD 2.1 billion', null]]);
  });
});

describe('a national customs, statistics or trade ministry’s release reports its own country’s trade', () => {
  const sides = (text: string) => statisticsAsRead(readText(text, lexicon)).map((o) => [o.quote, o.reporter, o.partner]);

  it('reads a trade or economy ministry as such a body', () => {
    const text =
      'Ministry of Economy of the Republic of Moldova\n\nStatement on trade with the Russian Federation\n\nChisinau, 2 June 2026\n\nThe Ministry presents the facts. Russia’s exports to the world rose 3%. Exports to Russia were 40 million dollars in 2025.';
    expect(sides(text).at(-1)).toEqual(['40 million dollars', 'MDA', 'RUS']);
  });
});

describe('a transcript’s labels in capitals', () => {
  it('reads a name in capitals with accented letters as a label', () => {
    const text =
      'The Trade Desk, episode 12\n\nANNA KOVÁCS: Welcome back. What do the numbers say?\n\nPÉTER SZABÓ: Hungarian exports of bearings to Russia fell about 9% in 2025.';
    expect(credited(text)).toEqual([['about 9%', 'PÉTER SZABÓ']]);
  });

  it('keeps an office whose words are all titles (“SECRETARY GENERAL:”) whole', () => {
    const text =
      'Press conference\n\nSECRETARY GENERAL: Good afternoon. China supplied about 80% of the machine tools that Russia imported in 2025.\n\nMODERATOR: Questions, please.';
    expect(credited(text)).toEqual([['about 80%', 'SECRETARY GENERAL']]);
  });
});

describe('a paragraph that measures “the reporting period” of the data before goes on reading them', () => {
  it('carries the data credited in the paragraph before to a paragraph opening on the same period', () => {
    const text =
      'Trade between Georgia and Turkey fell 4% in January–May 2026, according to customs data published on Monday.\n\nGeorgian exports to Russia in the reporting period rose 12% to $300 million.';
    expect(credited(text).at(-1)).toEqual(['$300 million', 'customs data']);
  });

  it('does not carry a person’s words, nor data to a paragraph that names no period of theirs', () => {
    const said = 'Trade with Turkey fell 4% in 2025, the minister said.\n\nGeorgian exports to Russia in the reporting period rose 12%.';
    expect(credited(said).at(-1)).toEqual(['12%', null]);
    const other = 'Trade with Turkey fell 4% in 2025, according to customs data.\n\nGeorgian exports to Russia rose 12% in 2025.';
    expect(credited(other).at(-1)).toEqual(['12%', null]);
  });
});
