/**
 * Rules of session 7's round (docs/reading-history.md "Session 7: a round by category"): each a rule about
 * how a field is decided, read on a small text written for the test (not one of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const observations = (text: string): ReadObservation[] => readText(text, lexicon).observations;
const obs = (text: string, quote: string) => observations(text).find((o) => o.quote === quote);
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('periods', () => {
  it('gives the year after a later base figure to the base only', () => {
    const text = 'China accounted for 61% of Russia’s imports of machine tools, up from 28% in 2021, the institute said.';
    expect(obs(text, '61%')?.period).toBeNull();
    expect(obs(text, '28%')?.period).toBe('2021');
  });

  it('dates no figure by a year inside a relative clause', () => {
    const text =
      'Armenia’s exports of chips to Russia rose to $90 million in 2023, customs data showed. Shipments of cars, which boomed after 2022, fell 12% to $40 million.';
    expect(obs(text, '12%')?.period).toBe('2023');
    expect(obs(text, '$40 million')?.period).toBe('2023');
  });

  it('reads "a year earlier" after a month against the text’s date as the same month a year before', () => {
    const text =
      'TASHKENT, June 3, 2025 (Wire) — Uzbekistan’s exports of machine tools to Russia were $12 million in April, against $30 million a year earlier, the statistics agency said.';
    expect(obs(text, '$12 million')?.period).toBe('2025-04');
    expect(obs(text, '$30 million')?.period).toBe('2024-04');
  });

  it('reads "a year earlier" after a share that continues the statistic before', () => {
    const text = 'Some 40% of the bearings Russia imported in 2024 came from China, the data show. That was up from 31% a year earlier.';
    expect(obs(text, '31%')?.period).toBe('2023');
  });

  it('reads a base "than in the same period of 2023" over its whole phrase, the relative period being the figure’s', () => {
    const text =
      'ISTANBUL, Oct 2, 2024 — Türkiye shipped $900 million of machinery to Russia in the first six months of this year, 20% less than in the same period of 2023, officials said.';
    expect(obs(text, '20%')?.period).toBe('2024-01/2024-06');
  });

  it('dates every figure of a sentence with no period by "over the same period" after a later figure', () => {
    const text =
      'Kazakhstan’s exports of microelectronics to Russia were $50 million in 2024, the ministry said. Kyrgyzstan’s exports of the same goods to Russia were $20 million, a rise of 15% over the same period, it said.';
    expect(obs(text, '$20 million')?.period).toBe('2024');
    expect(obs(text, '15%')?.period).toBe('2024');
  });
});

describe('measures', () => {
  it('reads a signed percent, a change noun after a percent and a gerund of change as growth', () => {
    const text =
      'China’s exports of cars to Russia were $9 billion in 2024 (+12%), the association said. Its exports of machinery to Russia were $6 billion, a 5% decline, before falling 8% in the first quarter of 2025.';
    expect(obs(text, '12%')?.measure).toBe('growth');
    expect(obs(text, '5%')?.measure).toBe('growth');
    expect(obs(text, '5%')?.value).toBe(-5);
    expect(obs(text, '8%')?.measure).toBe('growth');
    expect(obs(text, '8%')?.value).toBe(-8);
  });
});

describe('lists and tables written as prose', () => {
  it('gives a list item the source and the period of the line that introduces its list', () => {
    const text =
      'The report’s review of customs records for 2024 finds:\n\n- Russia’s imports of ball bearings from China reached $300 million.\n- Russia’s imports of machine tools from Türkiye reached $80 million.';
    const items = observations(text);
    expect(items.map((o) => [o.quote, o.period, o.attributed_to])).toEqual([
      ['$300 million', '2024', 'The report’s review of customs records for 2024'],
      ['$80 million', '2024', 'The report’s review of customs records for 2024'],
    ]);
  });

  it('gives the figures right above a "Source:" line that source', () => {
    const text =
      'Armenia’s exports of cars to Russia reached $1.1 billion in 2023.\n\nSource: national statistics compiled by the authors.';
    expect(obs(text, '$1.1 billion')?.attributed_to).toBe('national statistics compiled by the authors');
  });

  it('reads each entry of a table with its own country, the heading with the other side, and "change on" as the base', () => {
    const text =
      'Imports of Common High Priority List items from China, 2024 (change on 2021): Kazakhstan, $700 million (+150%); Armenia, $90 million (+60%).';
    expect(obs(text, '$700 million')).toMatchObject({ reporter: 'KAZ', partner: 'CHN', period: '2024', measure: 'level' });
    expect(obs(text, '60%')).toMatchObject({ reporter: 'ARM', partner: 'CHN', period: '2024', measure: 'growth' });
  });
});

describe('shares and their parts', () => {
  it('reads ", of which X accounted for N%" as a product share whose goods are not the total’s', () => {
    const text = 'Russia’s imports from China were $110 billion in 2024, of which machinery accounted for 52%, customs data show.';
    expect(obs(text, '$110 billion')?.product).toBeNull();
    expect(obs(text, '52%')).toMatchObject({ indicator: 'import-product-share', product: 'machinery' });
  });

  it('reads a share "of the total" after a lead that names the flow', () => {
    const text = 'A new report by the Kiel Institute breaks down Türkiye’s exports to Russia in 2024.\nMachinery made up 30% of the total.';
    expect(obs(text, '30%')).toMatchObject({
      indicator: 'export-product-share',
      reporter: 'TUR',
      partner: 'RUS',
      product: 'machinery',
      attributed_to: 'A new report by the Kiel Institute',
    });
  });

  it('leaves aside a share of goods by origin or by who handled them', () => {
    const text =
      'The UAE’s exports of machinery to Russia rose 30% in 2024, officials said. About half of these goods originated in China. Two-thirds of those shipments were handled by firms in Dubai.';
    const quotes = observations(text).map((o) => o.quote);
    expect(quotes).toEqual(['30%']);
  });
});

describe('the speaker of a statement from its heading', () => {
  it('reads "Statement by the Press Secretary of …" as the office speaking', () => {
    const text =
      'Statement by the Press Secretary of the Prime Minister\n\nThe country’s exports of machine tools to Russia fell 40% in 2024.';
    expect(obs(text, '40%')?.attributed_to).toBe('Press Secretary of the Prime Minister');
  });

  it('reads a body before the colon of the first line as the issuer, whose own figures credit no one (session 15, convention 6)', () => {
    const text = 'Ministry of Economy: trade with Russia\n\nKyrgyzstan’s exports to Russia rose 9% in 2024.';
    expect(obs(text, '9%')?.attributed_to).toBeNull();
  });

  it('reads the body that acts in a press release’s heading as the issuer, whose own figures credit no one (session 15, convention 6)', () => {
    const text =
      'Sanctions against Russia: Council adopts new listings\n\nThe EU’s exports of machine tools to Russia fell 70% between 2021 and 2024.';
    expect(obs(text, '70%')?.attributed_to).toBeNull();
  });

  it('reads a name on the line under a remarks heading as the speaker, without its title', () => {
    const text =
      'Remarks at a Security Council Briefing\n\nAmbassador Jane Doe\nU.S. Deputy Representative\n\nIran has delivered ballistic missiles to Russia.';
    expect(brief(claims(text)[0])?.claimant).toBe('Jane Doe');
  });
});

describe('attribution', () => {
  it('reads "judges that" as a finding and a participle aside as part of the speaker', () => {
    expect(obs('The UK judges that Russia’s imports of drones from Iran reached $2 billion in 2023.', '$2 billion')?.attributed_to).toBe(
      'The UK',
    );
    const text = 'The study, published by the Kiel Institute, says China’s exports of chips to Russia rose 20% in 2023.';
    expect(obs(text, '20%')?.attributed_to).toBe('The study');
  });

  it('reads the named subject of ", stating that" as the speaker', () => {
    const text = 'North Korea’s Foreign Ministry rejected the reports, stating that Pyongyang has never sent artillery shells to Russia.';
    expect(brief(claims(text)[0])).toMatchObject({
      supplier: ['north-korea'],
      certainty: 'denied',
      claimant: 'North Korea’s Foreign Ministry',
    });
  });
});

describe('claims', () => {
  it('reads "the continued supply of Iranian drones to" as Iran’s supply', () => {
    const text = 'The Council condemns the continued supply of Iranian drones to the Russian armed forces.';
    expect(brief(claims(text)[0])).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'uavs' });
  });

  it('drafts no claim of a supply to Ukraine', () => {
    expect(claims('Moscow says the United States continues to supply Kyiv with tanks.')).toEqual([]);
  });

  it('names the accuser of "U.S. claims that …" as the claimant of an asserted claim no one rejects', () => {
    const text = 'The ministry cited U.S. claims that Armenian firms are re-exporting chips to Russia.';
    expect(brief(claims(text)[0])).toMatchObject({ certainty: 'asserted', claimant: 'U.S.' });
    const rejected = 'The ministry rejected U.S. claims that Armenian firms are re-exporting chips to Russia.';
    expect(brief(claims(rejected)[0])).toMatchObject({ certainty: 'denied', claimant: 'The ministry' });
  });

  it('gives the claims of a clause coordinated with a claim to Russia its recipient, every goods alike', () => {
    const text =
      'Iran has delivered drones to Russia, and North Korea continues to send shells and missiles that are used against Ukrainian towns, the minister said.';
    const dprk = claims(text).filter((c) => c.supplier.includes('north-korea'));
    expect(dprk.map((c) => [c.goods, c.recipient])).toEqual([
      ['ammunition', 'russia'],
      ['missiles', 'russia'],
    ]);
  });

  it('reads a supplier past a speaker set off by commas, and "the government" after a sanction as determined', () => {
    const text = 'The UK today sanctioned 50 targets. Shanghai Ruiqi Trading, the government said, has supplied Russia with machine tools.';
    expect(brief(claims(text)[0])).toMatchObject({
      supplier: ['Shanghai Ruiqi Trading'],
      certainty: 'determined',
      claimant: 'the government',
    });
  });

  it('reads no trigger in a capitalized word of a name', () => {
    const text = 'Another company, Shenzhen Global Supply, is alleged to have sent drone engines to Russia, BIS said.';
    const read = claims(text);
    expect(read).toHaveLength(1);
    expect(brief(read[0])).toMatchObject({ supplier: ['Shenzhen Global Supply'], certainty: 'likely' });
  });

  it('reads goods found in weapons named with a model and a kind', () => {
    const text = 'Chinese-made chips have been found in Russian Kh-47 hypersonic missiles, the agency said.';
    expect(brief(claims(text)[0])).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'microelectronics' });
  });
});

describe('components in weapons', () => {
  it('reads "components in Russian missiles" as the end use and the country whose weapons take them', () => {
    const text = 'The study says Iranian suppliers provide many of the components in Russian attack drones.';
    expect(brief(claims(text)[0])).toMatchObject({ supplier: ['Iranian suppliers'], recipient: 'russia', goods: null });
  });
});
