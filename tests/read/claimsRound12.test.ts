/**
 * Rules of session 11's second claims round (docs/reading-history.md "Session 11: second claims
 * round"): goods that arrive with no supply verb, a second conjunct of "turned to", a quotation
 * mark between a subject and its verb, and the speaker lines that decide claimants — each read on
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const claims = (text: string): ReadClaim[] => read(text).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('goods arriving with no supply verb', () => {
  it('reads goods “turning up in” Russia as supplied by their origin', () => {
    expect(brief(claims('Investigators say Iranian components keep turning up in Russia.')[0])).toMatchObject({
      supplier: ['iran'],
      recipient: 'russia',
    });
  });

  it('reads goods “making their way to” Russia, the origin a demonym or “-made”', () => {
    expect(brief(claims('Turkish machine tools are still making their way to Russia, the report says.')[0])).toMatchObject({
      supplier: ['turkey'],
      recipient: 'russia',
      goods: 'machine-tools',
    });
    expect(claims('Chinese-made chips ended up in Russian cruise missiles.')[0]?.supplier).toEqual(['china']);
  });

  it('reads no claim for goods arriving in a country other than Russia', () => {
    expect(claims('Chinese drones have turned up in Ukraine.')).toEqual([]);
  });

  it('reads materials “moving from” a country to Russia', () => {
    expect(brief(claims('Officials said electronics are moving from China to Russia through Kazakhstan.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
    });
  });
});

describe('a second conjunct of “turned to”', () => {
  it('reads “…, and to X for goods” as a second supply to the first conjunct’s subject', () => {
    const found = claims('Russia has turned to Iran for drones, and to North Korea for artillery shells.');
    expect(found.map((c) => [c.supplier, c.recipient, c.goods])).toEqual([
      [['iran'], 'russia', 'uavs'],
      [['north-korea'], 'russia', 'ammunition'],
    ]);
  });

  it('reads no second claim for an “and to” after another verb', () => {
    const found = claims('Iran supplied drones to Russia and to militias in the region for years.');
    expect(found.every((c) => c.supplier[0] === 'iran')).toBe(true);
  });
});

describe('a quotation mark between a subject and its verb', () => {
  it('reads the subject before the mark as the supplier of the quoted verb', () => {
    expect(brief(claims('An embassy spokesman said Beijing “has never supplied weapons to Russia”.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      certainty: 'denied',
    });
  });

  it('keeps the mark a break after a verb of saying', () => {
    expect(claims('The minister said “China has never sold weapons to Russia”.')[0]?.claimant).toBe('The minister');
  });
});

describe('speaker lines', () => {
  it('reads a titled name alone on the first line, over a venue line, as the speech’s speaker', () => {
    const r = read(
      'Ambassador Maria Delgado\nUN Security Council\nMarch 3, 2025\n\nThank you, Madam President.\n\nIran has sent Russia hundreds of drones.',
    );
    expect(r.claims[0]?.claimant).toBe('Maria Delgado');
  });

  it('reads a titled headline over a sentence as no speaker', () => {
    const r = read('President Ortega Signs Decree\n\nIran has sent Russia hundreds of drones.');
    expect(r.claims[0]?.claimant).toBeNull();
  });

  it('reads a debate record’s name lines as labels of the speeches below them', () => {
    const r = read(
      'Mrs Okafor\n\nI thank the Member for the question.\n\nTom Reyes (Eastfield) (Lab)\n\nWill she press the point?\n\nMrs Okafor\n\nYes. We know that Chinese components are turning up in Russia.',
    );
    expect(brief(r.claims[0])).toMatchObject({ supplier: ['china'], recipient: 'russia', claimant: 'Mrs Okafor' });
  });

  it('reads a single bracketed heading line as no label', () => {
    const r = read('Conflict Armament Research (CAR)\n\nIran has sent Russia hundreds of drones.');
    expect(r.claims[0]?.claimant ?? null).toBeNull();
  });

  it('reads a counterfactual clause as no speaker', () => {
    const r = read(
      'Who knows how many lives could have been spared if the President had concluded that peace was best. Iran has sent Russia hundreds of drones.',
    );
    expect(r.claims[0]?.claimant ?? null).toBeNull();
  });
});

describe('a call on a country to end its support', () => {
  it('reads the country called on as the supporter and the caller as claimant, alliance for its members', () => {
    const c = claims('At the summit, the 31 NATO allies called on Iran to cease all material support to Russia’s war effort.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', claimant: 'NATO' });
  });

  it('reads “material and political support” as support, political support alone not', () => {
    expect(claims('Iran’s material and political support for Russia’s war keeps growing.')[0]?.supplier).toEqual(['iran']);
    expect(claims('Iran’s political support for Russia’s war keeps growing.')).toEqual([]);
  });

  it('reads no supporter when the one called on is no country', () => {
    expect(claims('The council urges Iranian officials to end material support for the Russian war.')).toEqual([]);
  });
});

describe('development or production for Russia', () => {
  it('reads entities involved in producing Russia’s weapon as supplying it', () => {
    const c = claims('Washington sanctioned four firms involved in the development and production of Russia’s Lancet attack drone.')[0];
    expect(brief(c)).toMatchObject({ recipient: 'russia', goods: 'uavs', certainty: 'determined' });
  });

  it('reads “developing … for the Russian military”, not for Russian civilian buyers', () => {
    expect(claims('Two Belarusian firms were designated for developing drones for the Russian army.')[0]?.recipient).toBe('russia');
    expect(claims('The firm develops accounting software for Russian banks.')).toEqual([]);
  });
});

describe('group subjects', () => {
  it('reads a “-makers” noun as a group of suppliers', () => {
    expect(
      claims('Chinese chipmakers are supplying Russian arms plants with microcontrollers, the study says.')[0]?.supplier_names,
    ).toEqual(['Chinese chipmakers']);
  });

  it('reads “the companies concerned” as the group, the participle after it its own', () => {
    const c = claims('The Turkish firms concerned have never sold any weapons to Russia, the ministry said.')[0];
    expect(brief(c)).toMatchObject({ recipient: 'russia', certainty: 'denied' });
    expect(c?.supplier_names).toEqual(['Turkish firms']);
  });

  it('reads no supply in the production of missiles by the recipient’s own firms', () => {
    expect(
      claims('Kazakh traders sold chips to Russian entities involved in the production of missiles.').map((c) => c.supplier_names),
    ).toEqual([['Kazakh traders']]);
  });
});

describe('a “from” list with “from” repeated and an aside', () => {
  it('reads every country of “from A, from B and, most of all, from C”', () => {
    expect(claims('Russia has received drones from Iran, from Belarus and, most of all, from China.')[0]?.supplier).toEqual([
      'iran',
      'belarus',
      'china',
    ]);
  });
});

describe('goods someone found in Russian weapons, the verb active', () => {
  it('reads the origin in the object as supplier, Russia’s weapons after “in” as the recipient', () => {
    const c = claims('Engineers said they had found Iranian-made engines inside captured Russian attack drones.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'engines', claimant: 'Engineers' });
  });

  it('reads Russian weapons named earlier in the sentence when “in” names only their parts', () => {
    const c = claims('Analysts examining the debris of Russian cruise missiles found Chinese-made chips in most of the wreckage.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'microelectronics' });
  });

  it('reads nothing found, or goods found in a place, as no claim', () => {
    expect(claims('Inspectors found no Chinese chips in the Russian drones.')).toEqual([]);
    expect(claims('Inspectors found Chinese chips in a warehouse in Kazakhstan.')).toEqual([]);
  });
});

describe('a group placed in a region', () => {
  it('reads “a plant in Iran’s Isfahan province” as the supplier, region and all', () => {
    expect(claims('A plant in Iran’s Isfahan province had shipped attack drones to Russia, the paper said.')[0]?.supplier_names).toEqual([
      'plant in Iran’s Isfahan province',
    ]);
  });
});

describe('a line “X said:” over a paragraph', () => {
  it('gives the paragraph’s figures to the speaker, as it gives its claims', () => {
    const r = read(
      'The ministry published new findings today.\n\nDefence Minister Anna Berg said:\n\nIran has sent hundreds of drones to Moscow. That is unacceptable.',
    );
    expect(r.observations[0]?.attributed_to).toBe('Defence Minister Anna Berg');
    expect(r.claims[0]?.claimant).toBe('Anna Berg');
  });
});

describe('a body named by a common noun speaks through “, saying”', () => {
  it('gives a denial after “, saying” to the ministry or spokesperson that rejected a report', () => {
    expect(brief(claims('The ministry rejected the report, saying China has never provided lethal weapons to Russia.')[0])).toEqual({
      supplier: ['china'],
      recipient: 'russia',
      goods: 'arms',
      certainty: 'denied',
      claimant: 'The ministry',
    });
    expect(claims('China’s foreign ministry dismissed the claims, saying Beijing has never sold weapons to Russia.')[0]?.claimant).toBe(
      'China’s foreign ministry',
    );
  });

  it('lets no common noun that does not speak take the participle', () => {
    expect(read('The shipments arrived in May, saying nothing about their origin.').claims).toEqual([]);
  });
});

describe('help with Russia’s war named by “enabling” or “helping … rebuild”', () => {
  it('reads a country helping Russia rebuild its defense base, or enabling its war effort, as support', () => {
    for (const text of [
      'Beijing is helping Moscow rebuild its defense industrial base, Secretary Blinken said.',
      'China is enabling Russia’s war effort, Secretary Blinken said.',
    ])
      expect(brief(claims(text)[0])).toEqual({
        supplier: ['china'],
        recipient: 'russia',
        goods: null,
        certainty: 'asserted',
        claimant: 'Blinken',
      });
  });

  it('reads no claim for help with anything other than Russia’s war or defense', () => {
    expect(claims('China is helping Russia with its economy, the minister said.')).toEqual([]);
    expect(claims('Turkey is helping Russia evade sanctions, the minister said.')).toEqual([]);
  });
});
