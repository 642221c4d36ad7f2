/**
 * The claim rules added for official statements and wire reports (docs/reading.md, Claims):
 * each read on a small text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim) => ({
  supplier: c.supplier,
  recipient: c.recipient,
  goods: c.goods,
  certainty: c.certainty,
  claimant: c.claimant,
});

describe('claim verbs and nominals', () => {
  it.each([
    ['Chinese firms are selling Russia drones, the officials said.', 'Chinese firms'],
    ['China is exporting to Russia nitrocellulose, the officials said.', 'china'],
    ['The Chinese Communist Party has funneled chips into Russia, the officials said.', 'Chinese Communist Party'],
    ['Kazakh trading firms transferred semiconductors to Russian buyers, the officials said.', 'Kazakh trading firms'],
  ])('reads a sale, export, funnelling or transfer as a supply: %s', (text, supplier) => {
    const [c] = claims(text);
    expect(c).toBeDefined();
    expect(c!.supplier).toEqual([supplier]);
    expect(c!.recipient).toBe('russia');
  });

  it('reads "the largest provider of" as a supplier of the goods', () => {
    const [c] = claims('China is the largest provider of dual-use goods to Russia, the Council said.');
    expect(brief(c!)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'dual-use-goods' });
  });

  it('reads "delivered the following remarks" as no supply', () => {
    expect(claims('Chairman Michael McCaul delivered the following opening remarks on Russia.')).toEqual([]);
  });

  it('reads dual-use technologies as the vocabulary’s dual-use items', () => {
    const [c] = claims('China has shipped dual-use technologies to Russia, officials said.');
    expect(c!.goods).toBe('dual-use-items');
  });
});

describe('suppliers', () => {
  it('reads the phrase before "for providing" as the supplier of a designation', () => {
    const [c] = claims('The Treasury Department designated Chinese companies for providing drones to Russia.');
    expect(brief(c!)).toMatchObject({ supplier: ['Chinese companies'], recipient: 'russia', goods: 'uavs', certainty: 'determined' });
  });

  it('splits a list of names with "the" and ", and" into one supplier each', () => {
    const [c] = claims('As the war goes on, Iran, the DPRK, and China are providing Russia with drones, the officials said.');
    expect(c!.supplier).toEqual(['iran', 'north-korea', 'china']);
  });

  it('does not read a name before a comma and "the" as a list without an "and"', () => {
    const [c] = claims('In Ukraine, the Chinese Communist Party has funneled chips into Russia, officials said.');
    expect(c!.supplier).toEqual(['Chinese Communist Party']);
  });

  it('leaves a sentence-opening preposition out of the name', () => {
    const [c] = claims('Without China’s support for Russia, the war would end, the Council said.');
    expect(c!.supplier).toEqual(['china']);
  });
});

describe('support', () => {
  it('reads a country’s support for Russia as a claim with no goods', () => {
    const [c] = claims('China’s ongoing support for Russia’s military industrial base is enabling the war, the officials said.');
    expect(brief(c!)).toEqual({ supplier: ['china'], recipient: 'russia', goods: null, certainty: 'asserted', claimant: 'the officials' });
  });

  it('reads support for anyone but Russia, and a bare "support", as no claim', () => {
    expect(claims('The United States’ support for Ukraine is steadfast, the officials said.')).toEqual([]);
    expect(claims('The officials said the support for Russia is growing.')).toEqual([]);
  });

  it('reads indirect, political or diplomatic support as no claim', () => {
    expect(claims('China’s growing indirect support for Russia worries the officials.')).toEqual([]);
    expect(claims('China’s political support for Russia is firm, the officials said.')).toEqual([]);
  });

  it('keeps a negation outside the possessive out of the claim', () => {
    const [c] = claims('Russia would not be able to fight without China’s continued support for Russia, the minister said.');
    expect(c!.certainty).toBe('asserted');
  });
});

describe('certainty and conditions', () => {
  it('leaves a negation in a clause before the subject out of the claim', () => {
    const [c] = claims('Despite its calls not to prolong the conflict, China is exporting drones to Russia, the ambassador said.');
    expect(c!.certainty).toBe('asserted');
  });

  it('still reads "X denies that its companies have sold" as a denial, with the possessive kept', () => {
    const [c] = claims('Astana denies that its companies have sold weapons to Russia.');
    expect(brief(c!)).toMatchObject({ supplier: ['its companies'], certainty: 'denied', goods: 'arms' });
  });

  it('reads a condition as no claim', () => {
    expect(claims('Biden said there would be consequences if China provided weapons to Russia.')).toEqual([]);
  });

  it('reads a title as no claim', () => {
    expect(claims('Commerce Targets Illicit Procurement Networks Supplying Russia’s Military\n\nThe rule took effect.')).toEqual([]);
  });
});

describe('claimants', () => {
  it('gives a claim no sentence attributes to the speaker of the remarks', () => {
    const [c] = claims('Remarks by Ambassador Robert Wood, at a UN Security Council Briefing\n\nChina is exporting drones to Russia.');
    expect(c!.claimant).toBe('Robert Wood');
    expect(c!.evidence.claimant?.rule).toBe('the speaker of the statement');
  });

  it('gives it to who issued the statement, without titles', () => {
    const text =
      'Washington, D.C. – Today, House Foreign Affairs Committee Chairman Michael McCaul issued the following statement.\n\n“China is selling drones to Russia.”';
    expect(claims(text)[0]!.claimant).toBe('Michael McCaul');
  });

  it('reads "an estimated" and "its claims" as no verbs of saying', () => {
    const [c] = claims('Despite its claims of neutrality, China is selling drones to Russia.');
    expect(c!.claimant).toBeNull();
    const [d] = claims('Russian forces gained ground, capturing an estimated 1,200 square kilometers. China sent drones to Russia.');
    expect(d!.claimant).toBeNull();
  });
});

describe('goods lists', () => {
  it('steps over an aside between dashes', () => {
    const goods = claims(
      'China is exporting to Russia nitrocellulose – a flammable compound – machine tools and optics, the ambassador said.',
    ).map((c) => c.goods);
    expect(goods).toEqual(['nitrocellulose', 'machine-tools', 'optical-components']);
  });
});
