/**
 * Rules of session 12's claims round (docs/reading-history.md "Session 12: claims round"): claims
 * never drafted on new text — pronouns whose frame names them, denials beside assertions, listings
 * whose ground is said after ", saying", transcript questions — each read on sentences written for
 * the test, and on sentences the rule must not fire on.
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

describe('a pronoun whose frame names it', () => {
  it('reads “X told us it has never sold …” as X’s own denial', () => {
    expect(brief(claims('The manufacturer told us it has never sold gearboxes or bearings to Russian tank plants.')[0])).toMatchObject({
      supplier: ['manufacturer'],
      recipient: 'russia',
      goods: 'ball-bearings',
      certainty: 'denied',
      claimant: 'manufacturer',
    });
    expect(brief(claims('Baltic Optics said it does not export thermal sights to Russia.')[0])).toMatchObject({
      supplier: ['Baltic Optics'],
      certainty: 'denied',
      claimant: 'Baltic Optics',
    });
  });

  it('reads the sayer of the pronoun’s own clause, after a semicolon', () => {
    const found = claims(
      'Ningbo Gear Works shipped machine tools to a Russian plant in May, the invoices show; the firm told reporters it never sold machine tools to the Russian military.',
    );
    expect(found.map((c) => [c.supplier, c.certainty, c.claimant])).toEqual([
      [['Ningbo Gear Works'], 'asserted', 'the invoices'],
      [['firm'], 'denied', 'firm'],
    ]);
  });

  it('reads a verb after “and” with the pronoun its clause opens on', () => {
    expect(brief(claims('Orion Drives told us it sells only to farms and has never exported to Russia.')[0])).toMatchObject({
      supplier: ['Orion Drives'],
      recipient: 'russia',
      certainty: 'denied',
    });
  });

  it('does not read an office’s “it” as the office', () => {
    // The ministry speaks for its country: its "it" is not a party that could have sold.
    expect(claims('The ministry said it has never sold weapons to Russia.').map((c) => c.supplier)).not.toContainEqual(['ministry']);
    expect(claims('Officials said they had seen no drones in Russia.')).toEqual([]);
  });

  it('reads “added N entities to the Entity List, saying they supplied …” as the listed parties', () => {
    const found = claims(
      'The Commerce Department last week added 19 Chinese firms to its Entity List, saying they supplied navigation modules to Russia.',
    );
    expect(brief(found[0])).toMatchObject({
      supplier: ['Chinese firms'],
      recipient: 'russia',
      goods: 'navigation-equipment',
      certainty: 'determined',
    });
  });

  it('reads a listing with “more” before its group, and the transcript’s questioner as no speaker', () => {
    const found = claims(
      'Spokesperson Wang Li: Good morning.\n\nQ: The European Union has listed four more Hong Kong companies in its new package, saying they shipped drone parts to Russia. What is your comment?\n\nWang Li: We oppose this.',
    );
    expect(brief(found[0])).toMatchObject({
      supplier: ['Hong Kong companies'],
      goods: 'uav-components',
      certainty: 'determined',
      claimant: 'The European Union',
    });
  });

  it('does not read “saying they” after a verb that lists nothing', () => {
    expect(claims('Ministers met 19 Chinese firms in May, saying they hoped trade would grow with Russia.')).toEqual([]);
  });
});

describe('a denial beside an assertion in one sentence', () => {
  it('keeps both, the denial not merged into the assertion of the same goods', () => {
    const found = claims(
      'Harbin Bearing supplied bearings to Russia in 2023, the filings show, though Harbin Bearing said it had never supplied bearings to Russia.',
    );
    expect(found.map((c) => [c.supplier, c.goods, c.certainty])).toEqual([
      [['Harbin Bearing'], 'ball-bearings', 'asserted'],
      [['Harbin Bearing'], 'ball-bearings', 'denied'],
    ]);
  });

  it('still merges two assertions of the same supplier and goods', () => {
    const found = claims('Iran supplied drones to Russia and sent drones to Russian units in Crimea.');
    expect(found.filter((c) => c.goods === 'uavs')).toHaveLength(1);
  });
});

describe('a transcript’s answer after a question that names a sanction', () => {
  it('gives the answer’s denial to no sanctioning body of the question', () => {
    const found = claims(
      'Spokesperson Lin: Welcome.\n\nQ: The U.S. Treasury yesterday sanctioned five Chinese companies, saying they supplied engines to Russia. What is your response?\n\nA: China opposes unilateral sanctions. China has never provided lethal weapons to Russia.',
    );
    const denial = found.find((c) => c.certainty === 'denied');
    expect(denial?.claimant).not.toBe('The U.S. Treasury');
  });
});

describe('the subject past a relative clause with a subject of its own', () => {
  it('reads “X, which the Treasury sanctioned in May, supplied …” as X’s supply', () => {
    expect(
      brief(claims('Kama Parts, which the U.S. Treasury sanctioned in May, supplied Russian tank plants with bearings.')[0]),
    ).toMatchObject({
      supplier: ['Kama Parts'],
      recipient: 'russia',
      goods: 'ball-bearings',
      certainty: 'determined',
    });
  });

  it('does not read a relative clause whose verb is no past form as an aside', () => {
    expect(claims('Kama Parts, which the drones reach, closed last year.')).toEqual([]);
  });
});

describe('a degree adverb before a hedge', () => {
  it('reads “are very likely providing” as a likely supply', () => {
    expect(brief(claims('Chinese traders are very likely providing Russian plants with machine tools.')[0])).toMatchObject({
      supplier: ['Chinese traders'],
      goods: 'machine-tools',
      certainty: 'likely',
    });
  });
});

describe('amounts in the object', () => {
  // Session 14's convention (curation.md): a supply its amount carries is a statistic only.
  it('reads a supply whose amount is compared after a comma as the amount’s statistic, no claim', () => {
    const r = readText(
      'Chinese exporters supplied Russia with about 900 tonnes of nitrocellulose last year, nearly twice as much as in 2023.',
      lexicon,
    );
    expect(r.observations.map((o) => [o.quote, o.product])).toContainEqual(['about 900', 'nitrocellulose']);
    expect(r.claims).toEqual([]);
  });

  it('still reads a share of the whole as a statistic, not a claim', () => {
    expect(claims('Chinese exporters supplied three times as much nitrocellulose to Russia as in 2021.')).toEqual([]);
    expect(claims('Chinese exporters supplied 60% of the nitrocellulose Russia imported.')).toEqual([]);
  });

  it('reads a list whose next item has its count (“missiles and more than 9,000 containers of shells”)', () => {
    // The shells are the count's (a statistic only, session 14); the missiles stay a claim.
    const r = readText('North Korea has sent ballistic missiles and more than 9,000 containers of artillery shells to Russia.', lexicon);
    expect(r.claims.map((c) => c.goods)).toEqual(['missiles']);
    expect(r.observations.map((o) => o.product)).toEqual(['ammunition']);
  });

  it('does not join a count of people to the goods before it', () => {
    expect(claims('Iran sent drones to Russia and 300 engineers to Belarus.').map((c) => c.goods)).toEqual(['uavs']);
  });
});

describe('goods and speakers of the heading', () => {
  it('reads “targeting optics” as military optics', () => {
    expect(claims('Chinese firms supply Russia with drone engines and targeting optics.').map((c) => c.goods)).toEqual([
      'uav-engines',
      'military-optics',
    ]);
  });

  it('reads the name of an “Opening Statement of …” heading within its line', () => {
    const found = claims(
      'Opening Statement of Chairman Dana Whitfield\n\nSubcommittee on Europe\n\nChinese firms are supplying Russia with drone engines.',
    );
    expect(found[0]?.claimant).toBe('Dana Whitfield');
  });
});

describe('goods bound for Russia said to be made somewhere', () => {
  it('reads “the chips going to Russia are made in X” as X’s supply', () => {
    expect(brief(claims('Most of the chips shipped through Armenia to Russia are made in Taiwan, the broker said.')[0])).toMatchObject({
      supplier: ['taiwan'],
      recipient: 'russia',
      goods: 'microelectronics',
      claimant: 'the broker',
    });
    expect(claims('The bearings in Russian tanks were manufactured in Japan.')[0]?.supplier).toEqual(['japan']);
  });

  it('reads nothing where the goods’ phrase names no Russia, or the sentence names who supplied them', () => {
    expect(claims('Most lathes are made in China.')).toEqual([]);
    expect(claims('The drones were made in Iran and sold to Sudan.')).toEqual([]);
    const found = claims('Chips from Russian missiles were made in Japan but had been shipped to Russia by a trader in Dubai.');
    expect(found.map((c) => c.supplier[0])).not.toContain('japan');
  });
});

describe('a negative subject', () => {
  it('reads “no X company re-exports …” said by someone as a denial', () => {
    expect(brief(claims('Armenian officials insist that no Armenian company re-exports drones to Russia.')[0])).toMatchObject({
      supplier: ['Armenian company'],
      recipient: 'russia',
      goods: 'uavs',
      certainty: 'denied',
      claimant: 'Armenian officials',
    });
  });

  it('does not read “no doubt” as a negation, nor a trade noun “re-exports of” as a verb', () => {
    expect(claims('There is no doubt that Chinese firms supplied drones to Russia, officials said.')[0]?.certainty).toBe('asserted');
    expect(claims('Georgia’s re-exports of cars to Russia rose last year.')).toEqual([]);
  });
});

describe('scare quotes round a few words of the object', () => {
  it('reads “provided “non-lethal support” to Russia” and “supplied “kamikaze” drones” through the quotes', () => {
    expect(brief(claims('Officials say China has provided “non-lethal support” to Russia.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
    });
    expect(claims('Iran has supplied "kamikaze" drones to Russia.')[0]?.goods).toBe('uavs');
  });

  it('keeps a quotation after a verb of saying a clause of its own', () => {
    expect(claims('The minister said “China has never sold weapons to Russia”.')[0]?.claimant).toBe('The minister');
  });
});

describe('a denial of the claim before (“the Chinese denied this”)', () => {
  it('reads the denier’s denial of the supply claimed just before, for its own side', () => {
    const found = claims('Officials say Iranian engines are turning up in Russia. Tehran has flatly denied the reports.');
    expect(found.map((c) => [c.supplier, c.recipient, c.certainty, c.claimant])).toEqual([
      [['iran'], 'russia', 'asserted', 'Officials'],
      [['iran'], 'russia', 'denied', 'Tehran'],
    ]);
    const chinese = claims('We know Chinese chips are turning up in Russia. The Chinese denied this.');
    expect(brief(chinese[1])).toMatchObject({ supplier: ['china'], goods: 'microelectronics', certainty: 'denied', claimant: 'china' });
  });

  it('reads no denial by a country that is not the supplier’s, nor of a noun with its own object', () => {
    expect(claims('Iranian drones were delivered to Russia last week. Washington denied this.')).toHaveLength(1);
    expect(claims('Chinese firms shipped chips to Russia, officials said. Beijing rejected the accusation of meddling.')).toHaveLength(1);
  });
});

describe('production for Russia with a partner', () => {
  it('reads “X and Russian entities are working to jointly produce drones inside Russia” as X’s supply', () => {
    expect(brief(claims('Iranian and Russian firms have been working to jointly produce attack drones inside Russia.')[0])).toMatchObject({
      supplier: ['Iranian firms'],
      recipient: 'russia',
      goods: 'uavs',
    });
  });

  it('reads the partner Russia works with, and “these weapons” as the goods named before', () => {
    expect(
      brief(claims('Moscow has bought hundreds of drones, and is now working with Iran to produce these weapons inside Russia.')[0]),
    ).toMatchObject({
      supplier: ['iran'],
      recipient: 'russia',
      goods: 'uavs',
    });
    expect(claims('Belarus is working with Russia to produce artillery shells.')[0]?.supplier).toEqual(['belarus']);
  });

  it('reads no claim for help that is no production, or production away from Russia', () => {
    expect(claims('Beijing is working with Russia to improve its satellite capabilities.')).toEqual([]);
    expect(claims('China and Iran are working to jointly produce drones in Iran.')).toEqual([]);
    expect(claims('Turkish firms are working with Brazil to produce drones.')).toEqual([]);
  });
});
