/**
 * Rules of session 10's claims round (docs/reading-history.md "Session 10: claims, general
 * mechanisms"): who claims what no sentence attributes, the goods of a list and of a part noun,
 * and supplies out of the dataset's scope, each read on a small text written for the test (not one
 * of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const claimants = (text: string) => claims(text).map((c) => c.claimant);

describe('claimants no sentence names', () => {
  it('gives the claims of a text headed by a body’s name alone to that body', () => {
    expect(
      claimants('Eastern Trade Watch\n\nThe routes east\n\nKazakh resellers have shipped ball bearings to Russian tank plants.'),
    ).toEqual(['Eastern Trade Watch']);
  });

  it('reads a headline in title case that ends on a body’s word as no publisher', () => {
    expect(
      claimants('Sanctions Evasion and the Role of the Committee\n\nKazakh resellers have shipped ball bearings to Russian tank plants.'),
    ).toEqual([null]);
  });

  it('gives a paragraph’s claim the speaker of its next sentence when that sentence closes on “…, X said.”', () => {
    expect(
      claimants(
        'ALMATY (Wire) — Trade with Russia grew again.\n\nKyrgyz firms have shipped machine tools to Russia. Prices rose sharply, the customs service said.',
      ),
    ).toEqual(['the customs service']);
  });

  it('gives a claim the one speaker the text named before it, in an earlier paragraph', () => {
    expect(
      claimants(
        'Armenian traders sent drone engines to Russia in May, the Foreign Office said.\n\nBelarusian firms passed ball bearings to Russian tank plants.',
      ),
    ).toEqual(['the Foreign Office', 'the Foreign Office']);
  });

  it('leaves a claim open when the text named two different speakers before it', () => {
    const read = claimants(
      'Armenian traders sent drone engines to Russia, the Foreign Office said. Trade fell, the bank said.\n\nBelarusian firms passed ball bearings to Russian tank plants.',
    );
    expect(read[1]).toBeNull();
  });

  it('does not spread a speaker that points back (“These reports show …”) to later claims', () => {
    const read = claimants(
      'These reports show that Armenian traders sent drone engines to Russia.\n\nBelarusian firms passed ball bearings to Russian tank plants.',
    );
    expect(read[1]).toBeNull();
  });

  it('gives a report no one owns no speaker from the sentences around it', () => {
    const read = claimants(
      'Armenian traders sent drone engines to Russia, the Foreign Office said.\n\nBelarusian firms reportedly passed ball bearings to Russian tank plants.',
    );
    expect(read[1]).toBeNull();
  });

  it('reads “Evidence shows that …” as no claimant and gives the claim to the body that sanctioned', () => {
    const c = claims(
      'The Council today listed entities that have channelled goods to Russia. Evidence shows that Chinese companies shipped navigation modules to the Russian armed forces.',
    ).find((x) => x.goods === 'navigation-equipment');
    expect([c?.claimant, c?.certainty]).toEqual(['The Council', 'determined']);
  });

  it('leaves the office after a comma out of a labelled speaker', () => {
    expect(claimants('Answer (Jane Porter, Minister of State):\n\nIran has transferred ballistic missiles to Russia.')).toEqual([
      'Jane Porter',
    ]);
  });

  it('names the speaker of “Remarks of the …” and “Speech by the …” headings, not a salutation under them', () => {
    expect(
      claimants('Speech by the Foreign Minister of Estonia at the Council\n\nMr Chair, colleagues,\n\nChina sells drones to Russia.'),
    ).toEqual(['Foreign Minister of Estonia']);
  });

  it('gives a claim told through a publication to its publisher, without a time before it', () => {
    expect(
      claimants('Last week a report by the Royal Institute found that Chinese engine makers have pumped drone engines into Russia.'),
    ).toEqual(['the Royal Institute']);
  });
});

describe('goods', () => {
  it('reads each item of a list that repeats its article', () => {
    expect(
      claims('Chinese firms ship the lathes, the bearings and the chips that Russian tank plants need, the analysts said.').map(
        (c) => c.goods,
      ),
    ).toEqual(['machine-tools', 'ball-bearings', 'microelectronics']);
  });

  it('reads a list past a vague amount of its next item', () => {
    expect(
      claims('North Korea has sent Russia millions of shells and dozens of ballistic missiles, officials said.').map((c) => c.goods),
    ).toEqual(['ammunition', 'missiles']);
  });

  it('reads a part noun before “for” with its goods as the vocabulary’s compound (“components for drones”)', () => {
    const c = claims('Two Hong Kong firms sold Russia components for drones, the Council said.')[0];
    expect([c?.goods, c?.goods_label]).toEqual(['uav-components', 'components for drones']);
  });

  it('keeps goods after “components for” with a Russian owner as their end use', () => {
    expect(claims('Chinese firms sold components for Russian missiles, the Council said.')[0]?.goods).toBeNull();
  });

  it('labels goods the vocabulary lacks with their words, the id left null', () => {
    const c = claims('Armenian resellers supplied Russian buyers with spare parts for helicopters, officials said.')[0];
    expect([c?.goods, c?.goods_label]).toEqual([null, 'spare parts for helicopters']);
  });

  it('gives no label where the object is Russia’s side itself', () => {
    const c = claims('The Council listed entities supplying Russia’s war machine.')[0];
    expect([c?.goods, c?.goods_label]).toEqual([null, null]);
  });

  it('reads a goods word in the possessive as no goods of its own', () => {
    expect(
      claims('Hong Kong intermediaries deliver the drones’ navigation modules to Russia, the group said.').map((c) => c.goods),
    ).toEqual(['navigation-equipment']);
  });
});

describe('parties', () => {
  it('leaves an ordinal of a list of findings out of the supplier', () => {
    expect(
      claims('Second, Turkish traders re-export microelectronics to Russian distributors. Third, Belarus supplies Russia with shells.').map(
        (c) => c.supplier,
      ),
    ).toEqual([['Turkish traders'], ['belarus']]);
  });

  it('names a listed group without its count', () => {
    expect(claims('The Council listed nine entities in China that supplied Russia with drones.')[0]?.supplier).toEqual([
      'entities in China',
    ]);
  });

  it('reads the country of the party the goods go to (“to a buyer in Moscow”)', () => {
    expect(claims('A Tbilisi trading company had tried to send microchips to a buyer in Moscow, the ministry said.')[0]?.recipient).toBe(
      'russia',
    );
  });

  it('gives a claim that names no recipient Russia when the paragraph before it is about Russia’s side', () => {
    expect(
      claims(
        'Russian drone makers rely on a few foreign suppliers. Hong Kong intermediaries deliver navigation modules, the group said.',
      )[0]?.recipient,
    ).toBe('russia');
  });
});

describe('scope', () => {
  it('reads a supply to a third country as no claim', () => {
    expect(claims('Russia, in turn, supplied Kazakhstan with fuel. A Chinese firm sold guidance systems to Iran, officials said.')).toEqual(
      [],
    );
  });

  it('keeps Russia’s own supplies to the partners that arm it', () => {
    expect(claims('Moscow has provided North Korea with air defence systems, officials said.')[0]?.recipient).toBe('north-korea');
  });

  it('reads a trade noun the clause calls strictly controlled as no supply', () => {
    expect(claims('A: China’s export of dual-use items is strictly controlled in accordance with the law.')).toEqual([]);
  });
});
