/**
 * Rules of session 9's official texts round (docs/reading-history.md "Session 9 official texts
 * round"): how the reader reads US, UK, EU and UN official texts — who issues a rule or a press
 * release, claims stated as the ground of a listing, a ranking or a verb of keeping a war going,
 * and claimants as such texts name them. Each on a short text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { documentSpeaker } from '../../pipeline/read/speaker.js';
import { federalRegisterAgency } from '../../pipeline/read/federalRegister.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('who issues an official text', () => {
  const rule = [
    'DEPARTMENT OF COMMERCE',
    '',
    'Bureau of Industry and Security',
    '',
    '15 CFR Part 744',
    '',
    'Additions to the Entity List',
    '',
    'AGENCY: Bureau of Industry and Security, Department of Commerce.',
    '',
    'ACTION: Final rule.',
    '',
    'SUMMARY: This rule adds four entities to the Entity List. These four entities have supplied drones to Russia.',
  ].join('\n');

  it('reads a Federal Register rule’s agency from its AGENCY line', () => {
    expect(federalRegisterAgency(rule)?.phrase).toBe('Bureau of Industry and Security');
  });

  it('reads the agency from the line under the department when there is no AGENCY line', () => {
    const header = 'DEPARTMENT OF THE TREASURY\nOffice of Foreign Assets Control\n31 CFR Part 589\n';
    expect(federalRegisterAgency(header)?.phrase).toBe('Office of Foreign Assets Control');
  });

  it('takes no text without a department header for a Federal Register rule', () => {
    expect(federalRegisterAgency('Bureau of Industry and Security\nA note on drones.')).toBeUndefined();
  });

  it('never reads AGENCY, ACTION or DATES as a speaker: the rule’s agency claims what it states', () => {
    expect(brief(claims(rule).find((c) => c.goods === 'uavs'))).toEqual({
      supplier: ['These four entities'],
      recipient: 'russia',
      goods: 'uavs',
      certainty: 'asserted',
      claimant: 'Bureau of Industry and Security',
    });
  });

  it('reads "this rule" in a rule’s sentence as the agency’s finding', () => {
    const text = rule.replace('These four entities have supplied', 'This rule applies to two entities that have supplied');
    const c = claims(text).find((x) => x.goods === 'uavs');
    expect(c?.certainty).toBe('determined');
    expect(c?.claimant).toBe('Bureau of Industry and Security');
  });

  it('reads a heading whose subject is a body’s acronym as the statement’s speaker', () => {
    expect(documentSpeaker('Sanctions on Russia: EU agrees new package of restrictive measures\n\nThe Council adopted …')?.phrase).toBe(
      'EU',
    );
  });

  it('does not read "UK sanctions target …" as the UK acting', () => {
    expect(documentSpeaker('UK sanctions target drone suppliers\n\nThe measures were announced today.')).toBeUndefined();
  });

  it('reads the bureau the lead names under the heading’s department, by its acronym', () => {
    const text =
      'Commerce Adds Six Entities to the Entity List\nWASHINGTON, D.C. – Today, the Commerce Department’s Bureau of Industry and Security (BIS) added six entities to the Entity List.';
    expect(documentSpeaker(text)?.phrase).toBe('BIS');
  });

  it('reads a CRS product opening on its address as the Congressional Research Service’s', () => {
    const text = 'https://crsreports.congress.gov\n\nRussia has received drones from Iran.';
    expect(documentSpeaker(text)?.phrase).toBe('Congressional Research Service');
    expect(claims(text)[0]?.claimant).toBe('Congressional Research Service');
  });

  it('takes no publisher from an address it does not know', () => {
    expect(documentSpeaker('https://example.org\n\nRussia has received drones from Iran.')).toBeUndefined();
  });
});

describe('claims stated as the ground of a listing', () => {
  it('reads parties added to the Entity List for support for Russia’s industry as determined supporters', () => {
    const text =
      'Commerce Adds Entities\nToday, the Commerce Department’s Bureau of Industry and Security (BIS) added nine entities to the Entity List.\n\nSeveral entities were also added for support for Russia’s defense industrial base.';
    expect(brief(claims(text)[0])).toEqual({
      supplier: ['Several entities'],
      recipient: 'russia',
      goods: null,
      certainty: 'determined',
      claimant: 'BIS',
    });
  });

  it('reads "adding X to the Entity List in connection with their support for the Kremlin’s war"', () => {
    const c = claims(
      'The Bureau of Industry and Security (BIS) is adding 12 foreign entities to the Entity List in connection with their support for the Kremlin’s war.',
    )[0];
    // Session 10: the group's id without its count, as the curators name it; its words keep the count.
    expect(c?.supplier).toEqual(['foreign entities']);
    expect(c?.supplier_names).toEqual(['12 foreign entities']);
    expect(c?.recipient).toBe('russia');
    expect(c?.certainty).toBe('determined');
  });

  it('reads "procurement of goods on behalf of Russia" with its goods, past an abbreviation’s full stop', () => {
    const c = claims(
      'The agency is imposing restrictions on 30 foreign entities to address their procurement of U.S.-origin microelectronics on behalf of Russia.',
    )[0];
    expect(c?.supplier).toEqual(['foreign entities']);
    expect(c?.goods).toBe('microelectronics');
    expect(c?.certainty).toBe('determined');
  });

  it('reads "determined … for contributing to Russia’s military" as a determined claim of the listed parties', () => {
    const c = claims(
      'These three entities have been determined by the End-User Review Committee to be acting contrary to U.S. interests for contributing to Russia’s military.',
    )[0];
    expect(c?.supplier).toEqual(['These three entities']);
    expect(c?.certainty).toBe('determined');
  });

  it('reads no claim from support that is not a listing’s ground', () => {
    expect(claims('Many countries voted for support for Russia’s neighbours at the assembly.')).toEqual([]);
  });
});

describe('claims stated as a ranking or a verb of keeping a war going', () => {
  it('reads "the primary contributor to Russia’s defense industry is China" with China as supplier', () => {
    expect(brief(claims('When it comes to Russia’s defense industry, the primary contributor today is China.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: null,
      certainty: 'asserted',
    });
  });

  it('takes the goods a ranking names', () => {
    expect(claims('The largest source of Russia’s microelectronics is China.')[0]?.goods).toBe('microelectronics');
  });

  it('reads a country’s support with a long noun phrase "propping up" Russia’s industry', () => {
    expect(
      brief(claims('Belarus’s close “brotherly” alliance and steady support is propping up the Russian war industry.')[0]),
    ).toMatchObject({
      supplier: ['belarus'],
      recipient: 'russia',
      goods: null,
    });
  });

  it('reads a ruling party "fueling Putin’s war" as a supplier', () => {
    expect(claims('The Chinese Communist Party continues actively fueling Putin’s war against Ukraine.')[0]?.supplier).toEqual([
      'The Chinese Communist Party',
    ]);
  });

  it('reads no claim when Russia keeps its own war going', () => {
    expect(claims('Russia is propping up the Russian economy with oil money.')).toEqual([]);
  });

  it('takes the goods of the sentence’s topic for "things" a speaker says are provided', () => {
    expect(claims('When it comes to weapons, what we see is Iran providing things to Russia.')[0]?.goods).toBe('arms');
  });
});

describe('claims of help and of support owned by a pronoun', () => {
  it('reads goods Russia procures "thanks to its partnership with" a country as that country’s supply', () => {
    expect(brief(claims('Russia procures these drones thanks to its partnership with Iran.')[0])).toMatchObject({
      supplier: ['iran'],
      recipient: 'russia',
      goods: 'uavs',
    });
  });

  it('reads "accessing … with help from China" as China’s supply to Russia', () => {
    expect(claims('Russia keeps evading sanctions by accessing components with help from China.')[0]?.supplier).toEqual(['china']);
  });

  it('reads "hold China accountable for its support of Putin’s war" as China’s support of Russia', () => {
    expect(brief(claims('Our allies must hold China accountable for its support of Putin’s war.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: null,
    });
  });

  it('reads no claim from a pronoun’s political support', () => {
    expect(claims('China is criticized for its political support for Russia.')).toEqual([]);
  });
});

describe('claimants as official texts name them', () => {
  it('reads who "reiterated concern about" an export as its claimant, and "They" after as the same officials', () => {
    const text = [
      'The following statement was released by the Governments of Canada and Japan.',
      'Minister Alpha and Minister Beta reiterated deep concern about China’s exports of machine tools to Russia. They recognized China’s ongoing support for Russia’s military industrial base.',
    ].join('\n');
    const read = claims(text);
    expect(read.find((c) => c.goods === 'machine-tools')?.claimant).toBe('Minister Alpha and Minister Beta');
    expect(read.find((c) => c.goods === null)?.claimant).toBe('Minister Alpha and Minister Beta');
  });

  it('leaves the title before a person’s name out of the claimant', () => {
    expect(claims('Secretary Rivera stated that China supplies machine tools to Russia.')[0]?.claimant).toBe('Rivera');
  });

  it('leaves a long office before the name out of the claimant', () => {
    expect(
      claims('“Chinese firms keep supplying drones to Russia,” said Under Secretary of Commerce for Industry and Security Dana K. Hill.')[0]
        ?.claimant,
    ).toBe('Dana K. Hill');
  });

  it('keeps an office that ends on a body as the claimant', () => {
    expect(
      claims('“Russia does not buy drones from Iran,” said the Press Secretary of the President of the Russian Federation.')[0]?.claimant,
    ).not.toBe('Russian Federation');
  });

  it('reads "said Rep. Dana Hill" as Dana Hill, not the abbreviation', () => {
    expect(claims('“China is fueling Putin’s war by selling drones to Russia,” said Rep. Dana Hill.')[0]?.claimant).toBe('Dana Hill');
  });
});
