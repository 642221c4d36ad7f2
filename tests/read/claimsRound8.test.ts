/**
 * Rules of session 8's claims round (docs/reading-history.md "Session 8: claims round"): each a rule about
 * how a claim's supplier, recipient, goods, certainty or claimant is found, or why a sentence makes
 * none, read on a small text written for the test (not one of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('the supplier', () => {
  it('reads "appear(s) to have" as part of the verb group, and the claim as likely', () => {
    expect(brief(claims('Uzbek wholesalers appear to have shipped ball bearings to Russia, the auditors write.')[0])).toEqual({
      supplier: ['Uzbek wholesalers'],
      recipient: 'russia',
      goods: 'ball-bearings',
      certainty: 'likely',
      claimant: 'the auditors',
    });
  });

  it('leaves "According to X," out of the supplier and takes X as the claimant', () => {
    const c = claims('According to the Atlantic Council, Chinese exporters have sold optics to Russian tank plants.')[0];
    expect(c?.supplier).toEqual(['Chinese exporters']);
    expect(c?.claimant).toBe('the Atlantic Council');
  });

  it('leaves a sentence-opening "Yet" out of the supplier', () => {
    expect(claims('Yet Turkish firms remain the largest suppliers of machine tools to Russia, officials say.')[0]?.supplier).toEqual([
      'Turkish firms',
    ]);
  });

  it('reads "Chinese and Hong Kong firms" and "Firms in Armenia and Georgia" as one group each', () => {
    expect(claims('Chinese and Hong Kong firms shipped drones to Russia, the panel said.')[0]?.supplier).toEqual([
      'Chinese and Hong Kong firms',
    ]);
    expect(claims('Firms in Armenia and Georgia have sold optics to Russia, the panel said.')[0]?.supplier).toEqual([
      'Firms in Armenia and Georgia',
    ]);
  });

  it('keeps a gerund of trade with its group noun ("trading houses") and reads re-exporters as a group', () => {
    expect(claims('Small trading houses in Dubai supplied chips to Russia, the study found.')[0]?.supplier).toEqual([
      'Small trading houses in Dubai',
    ]);
    expect(claims('Georgian re-exporters have supplied Russia with thermal imagers, the study found.')[0]?.supplier).toEqual([
      'Georgian re-exporters',
    ]);
  });

  it('reads the names listed between dashes before the verb, without their appositions', () => {
    const c = claims(
      'Two traders — Aral Commerce, a Tashkent wholesaler; and Orbita Trade, based in Bishkek — sold microelectronics to Russian arms plants, the report says.',
    )[0];
    expect(c?.supplier).toEqual(['Aral Commerce', 'Orbita Trade']);
    expect(c?.goods).toBe('microelectronics');
  });

  it('reads the name an apposition describes before a relative clause ("X, a maker of sights that supplies")', () => {
    expect(
      claims('The list names Vitebsk Optic, a maker of scopes that supplies the Russian army with thermal imagers.')[0]?.supplier,
    ).toEqual(['Vitebsk Optic']);
  });

  it('takes a pronoun after "denied that" or "rejected … accusations that" for the subject that denies', () => {
    const rejected = claims('Belarus on Friday rejected Ukrainian accusations that it has delivered drones to Russia.')[0];
    expect(brief(rejected)).toEqual({
      supplier: ['belarus'],
      recipient: 'russia',
      goods: 'uavs',
      // Session 16, convention 10: the rejecter's denial.
      certainty: 'denied',
      claimant: 'Belarus',
    });
    const denied = claims('A Turkish machine-tool maker on Monday denied that it had sold lathes to Russia.')[0];
    expect(denied?.supplier).toEqual(['Turkish machine-tool maker']);
    expect(denied?.certainty).toBe('denied');
  });
});

describe('the supplier named by "the country"', () => {
  it('takes "the country" for the country named before it', () => {
    expect(claims("Georgia's foreign ministry said the country does not supply Russia with drones.")[0]?.supplier).toEqual(['georgia']);
  });
});

describe('what is no supply verb', () => {
  it('reads "arms makers" and "armed forces" as nouns, not the verb "arm"', () => {
    expect(claims('Russian arms makers bought lathes from suppliers in Taiwan, the study said.')).toHaveLength(1);
    expect(claims('Kazakh firms supply the Russian armed forces with trucks, officials said.')).toHaveLength(1);
  });
});

describe('receiving verbs', () => {
  it('reads the group goods are received from, in two places', () => {
    expect(claims('Russian factories received chips from distributors in Singapore and the UAE, officials said.')[0]?.supplier).toEqual([
      'distributors in Singapore and the UAE',
    ]);
  });

  it('reads a country after "from the" ("from the DPRK")', () => {
    expect(brief(claims('Russia has not received any shells from the DPRK, Lavrov said.')[0])).toEqual({
      supplier: ['north-korea'],
      recipient: 'russia',
      goods: 'ammunition',
      certainty: 'denied',
      claimant: 'Lavrov',
    });
  });

  it('reads "relies on <group> for" goods, with the owner of the subject as the recipient', () => {
    const cs = claims("Russia's tank industry relies on Chinese factories for bearings and optics, the authors found.");
    expect(cs.map((c) => c.goods)).toEqual(['ball-bearings', 'optical-components']);
    expect(cs[0]?.supplier).toEqual(['Chinese factories']);
    expect(cs[0]?.recipient).toBe('russia');
  });

  it('reads "are sourced from" a group like "come from"', () => {
    const c = claims('Most of the optics in Russian tanks are sourced from Chinese manufacturers, the study found.')[0];
    expect(c?.supplier).toEqual(['Chinese manufacturers']);
    expect(c?.goods).toBe('optical-components');
    expect(c?.share).toBe('majority');
  });

  it('does not take a dateline city in capitals for the country goods reach', () => {
    expect(
      claims('PARIS (Wire) — Most of the engines in these drones came from Chinese manufacturers, investigators said.')[0]?.recipient,
    ).toBeNull();
  });
});

describe('more verbs of supply and receipt', () => {
  it('reads "imports … from" and "gets … from" as receiving verbs, not "imports of" or "imports from … rose"', () => {
    expect(claims('Russia imports machine tools from Taiwan, the study found.')[0]?.supplier).toEqual(['taiwan']);
    expect(claims('Russia’s navy gets most of its optics from China, analysts say.')[0]?.supplier).toEqual(['china']);
    expect(claims('Imports from China rose sharply in 2024, the study found.')).toEqual([]);
  });

  it('reads "handed over" and "gave Russia" as supply verbs', () => {
    expect(claims('Belarus has handed over tanks and trucks to Russia, Kyiv says.').map((c) => c.goods)).toContain('vehicles');
    expect(claims('Iran gave Russia drones last year, officials said.')[0]?.goods).toBe('uavs');
  });
});

describe('the passive', () => {
  it('reads "continue to be delivered" as a passive whose goods name their origin', () => {
    expect(claims('North Korean missiles continue to be delivered to Russia, officials said.')[0]?.supplier).toEqual(['north-korea']);
  });
});

describe('sentences that make no claim', () => {
  it('makes none of a condition opening the sentence ("If X were to supply …")', () => {
    expect(claims('If Türkiye were to supply drones to Russia, there would be consequences, officials said.')).toEqual([]);
  });

  it('makes none of anyone who does it ("Companies that supply … will face")', () => {
    expect(claims('“Firms that ship drones to Russia will face sanctions,” the minister said.')).toEqual([]);
  });

  it('makes none of a call to end it ("… must end")', () => {
    expect(claims('“Iran’s support for Russia’s war must end,” the minister said.')).toEqual([]);
  });

  it('makes none of a negative finding ("no evidence has emerged that")', () => {
    expect(claims('So far no evidence has emerged that Serbian companies sold ammunition to Russia.')).toEqual([]);
  });
});

describe('certainty', () => {
  it('reads a supply as determined when the next sentence designates its supplier', () => {
    const text =
      'Today, the Department of the Treasury is designating six entities. Jade Harbor Trading Ltd. has sold navigation modules to Russian drone makers. Jade Harbor is being designated for operating in the electronics sector.';
    expect(claims(text)[0]?.certainty).toBe('determined');
  });

  it('reads a supply as determined when the body that sanctioned tells it by its kind ("the bureau said")', () => {
    const text =
      'The Department of Commerce’s Bureau of Industry and Security (BIS) today added nine entities to the Entity List. Altai Components LLC sold microelectronics to Russia, the bureau said.';
    expect(brief(claims(text)[0])).toEqual({
      supplier: ['Altai Components LLC'],
      recipient: 'russia',
      goods: 'microelectronics',
      certainty: 'determined',
      claimant: 'the bureau',
    });
  });

  it('reads "is being designated for having supplied" as a determination', () => {
    expect(claims('Ocean Star Ltd. is being designated for having supplied Russia with drone engines.')[0]?.certainty).toBe('determined');
  });
});

describe('verbs of being accused and found', () => {
  it('reads "is suspected of supplying" as likely and "are accused of shipping" as the subject\'s supply', () => {
    expect(brief(claims('Belarus is suspected of supplying Russia with shells, the report said.')[0])).toEqual({
      supplier: ['belarus'],
      recipient: 'russia',
      goods: 'ammunition',
      certainty: 'likely',
      claimant: 'the report',
    });
    expect(claims('Two Turkish firms are accused of shipping drones to Russia.')[0]?.supplier).toEqual(['Turkish firms']);
  });

  it('reads "were found to have supplied" and a government body\'s "found that" as determinations, not a study\'s', () => {
    expect(claims('The firms were found to have supplied optics to Russia, the ministry said.')[0]?.certainty).toBe('determined');
    expect(claims('The Treasury found that Dubai traders had shipped drones to Russia.')[0]?.certainty).toBe('determined');
    expect(claims('The study found that Dubai traders had shipped drones to Russia.')[0]?.certainty).toBe('asserted');
  });
});

describe('the claimant', () => {
  it('takes the name an apposition describes ("X, the head of Y, told")', () => {
    expect(
      claims('Ivan Petrenko, the head of the customs service, told reporters that Georgian firms sold drones to Russia.')[0]?.claimant,
    ).toBe('Ivan Petrenko');
  });

  it('reads "believes" as a verb of saying', () => {
    expect(claims("Japan's defence ministry believes Pyongyang is likely supplying Russia with missiles.")[0]?.claimant).toBe(
      "Japan's defence ministry",
    );
  });

  it('does not give the clause before a speaker who opens a later clause', () => {
    const cs = claims(
      'By Anna Berg\n\nGeorgian firms sell drones to Russia, and Western officials say these drones have reached the front.',
    );
    expect(cs[0]?.claimant).toBe('Anna Berg');
  });

  it('does not carry the speaker of the sentence before into one opening on "Yet"', () => {
    const cs = claims(
      'Remarks at the Security Council\n\nAmbassador Jane Roe\n\nIran says it is neutral. Yet Iranian firms remain the main suppliers of drones to Russia.',
    );
    expect(cs[0]?.claimant).toBe('Jane Roe');
  });

  it('takes the speaker of a quotation from the sentence that closes it', () => {
    const c = claims('“Russia does not receive drones from Iran. Our industry makes its own,” Lavrov told reporters.')[0];
    expect(c?.certainty).toBe('denied');
    expect(c?.claimant).toBe('Lavrov');
  });

  it('takes the accuser of "claims by X that" where no one rejects them', () => {
    expect(claims('Moscow noted claims by EU officials that Iran is Russia’s main supplier of drones.')[0]?.claimant).toBe('EU officials');
  });

  it('reads a statement heading with the office and the name ("Statement by the Foreign Secretary, Jane Roe")', () => {
    const c = claims(
      'Statement on third-country suppliers\n\nStatement by the Foreign Secretary, Jane Roe\n\nIran has supplied Russia with drones.',
    )[0];
    expect(c?.claimant).toBe('Foreign Secretary, Jane Roe');
  });
});
