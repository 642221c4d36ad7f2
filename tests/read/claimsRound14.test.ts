/**
 * Rules of session 13's claims round (docs/reading-history.md "Session 13: claims14"): who claims
 * what a statement or a release says in its own voice, the certainty of background a sanctioning
 * body recalls, and denials owned by a noun of stating — each read on sentences written for the
 * test, and on sentences the rule must not fire on.
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

describe('a joint statement opening on a numbered “We, the …”', () => {
  const statement = (first: string) =>
    `Joint Communiqué on Security\n\n${first} reaffirm our support for Ukraine.\n\n2. We are alarmed by the support third countries give. Kazakhstan continues to ship ball bearings to Russia.\n`;

  it('names the statement’s authors as the claimant of its unattributed claims', () => {
    expect(brief(claims(statement('1. We, the Foreign Ministers of the Nordic Council,'))[0])).toMatchObject({
      supplier: ['kazakhstan'],
      goods: 'ball-bearings',
      claimant: 'the Foreign Ministers of the Nordic Council',
    });
  });

  it('names no one when the opening “We” has no apposition', () => {
    expect(claims(statement('1. We'))[0]?.claimant ?? null).not.toBe('the Foreign Ministers of the Nordic Council');
  });
});

describe('a release that opens on its body’s sanction', () => {
  const release = (quoteLine: string) =>
    [
      'Treasury Targets Suppliers',
      '',
      'WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned nine entities for supplying Russia.',
      '',
      quoteLine,
      '',
      'Tianjin Harbor Optics Ltd. shipped thermal sights to Russian army units. Belarus sends fuel to Russia’s forces.',
    ].join('\n');

  it('claims what it later says of the parties, not the official it quotes in between', () => {
    const found = claims(release('“These networks sustain Russia’s war,” said Deputy Secretary Jane Roe.'));
    expect(brief(found.find((c) => c.supplier[0] === 'Tianjin Harbor Optics Ltd.'))).toMatchObject({
      claimant: 'OFAC',
      certainty: 'determined',
    });
  });

  it('keeps a country’s supplies it recalls as stated, not determined', () => {
    const found = claims(release('“These networks sustain Russia’s war,” said Deputy Secretary Jane Roe.'));
    expect(brief(found.find((c) => c.supplier[0] === 'belarus'))).toMatchObject({ claimant: 'OFAC', certainty: 'asserted' });
  });
});

describe('a condemnation by the body that sanctioned', () => {
  it('keeps a country’s transfers it condemns asserted', () => {
    const found = claims(
      'The Council today adopted a new package of sanctions against Russia. The Council condemns the transfer of artillery shells from Iran to Russia.',
    );
    expect(brief(found.find((c) => c.supplier[0] === 'iran'))).toMatchObject({ certainty: 'asserted', claimant: 'The Council' });
  });
});

describe('a denial owned by a noun of stating', () => {
  it('reads “X’s claim that it …” as X’s denial, claimed by X', () => {
    const found = claims(
      'The minister answered that Belarus’s claim that it does not supply ammunition to Russia is false, the ministry said.',
    );
    expect(brief(found[0])).toMatchObject({ supplier: ['belarus'], certainty: 'denied', claimant: 'Belarus' });
  });

  it('reads “assurances by X that it …” and keeps the main clause after a concession apart', () => {
    const found = claims(
      'Despite assurances by Kazakhstan that it does not re-export drones to Russia, Kazakh-made microelectronics continue to be found in Russian missiles, officials said.',
    );
    expect(found.map((c) => [c.supplier, c.goods, c.certainty, c.claimant])).toEqual([
      [['kazakhstan'], 'uavs', 'denied', 'Kazakhstan'],
      [['kazakhstan'], 'microelectronics', 'asserted', 'officials'],
    ]);
  });

  it('leaves a pronoun after a noun no one owns to the rules before', () => {
    const found = claims('There were claims that it does not supply drones to Russia, the report said.');
    expect(found.every((c) => c.claimant !== 'claims')).toBe(true);
  });
});

describe('a committee’s own determination in an agency’s rule', () => {
  const rule = (finding: string) =>
    `DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\n15 CFR Part 744\n\nAdditions to the Entity List\n\n${finding}\n`;

  it('is claimed by the committee that determined, not the rule’s agency', () => {
    const found = claims(
      rule('The Licensing Review Committee (LRC) determined that Harbin Gearworks Ltd. has supplied ball bearings to Russian tank plants.'),
    );
    expect(brief(found[0])).toMatchObject({ claimant: 'The Licensing Review Committee', certainty: 'determined' });
  });

  it('leaves the agency’s own findings to the agency', () => {
    const found = claims(rule('The Bureau determined that Harbin Gearworks Ltd. has supplied ball bearings to Russian tank plants.'));
    expect(found[0]?.claimant).toBe('Bureau of Industry and Security');
  });
});

describe('the speaker or actor of a clause after “, and”', () => {
  it('reads the body that sanctions in the claim’s own clause', () => {
    const found = claims(
      'The European Union has determined that two Serbian banks processed payments for Russian arms makers, and in 2024 London designated three Armenian traders for supplying Russia with machine tools.',
    );
    expect(found.find((c) => c.goods === 'machine-tools')?.claimant).toBe('London');
  });

  it('reads a speaker opening the claim’s own clause over the one of the clause before', () => {
    const found = claims(
      'Tashkent has said it enforces every export rule, and Uzbek officials deny that Uzbek firms supply ball bearings to Russia.',
    );
    expect(brief(found[0])).toMatchObject({ certainty: 'denied', claimant: 'Uzbek officials' });
  });
});

describe('a hedged report', () => {
  it('reads “the bloc believed X were selling” as likely', () => {
    const found = claims('A NATO diplomat said the alliance believed Georgian traders were selling machine tools to Russian arms plants.');
    expect(brief(found[0])).toMatchObject({ certainty: 'likely', claimant: 'A NATO diplomat' });
  });

  it('reads a quantifier opening the sentence before “said” as the speakers', () => {
    const found = claims(
      'We interviewed traders in Tashkent. Several said Chinese firms are almost certainly selling ball bearings to Russia.',
    );
    expect(found[0]?.claimant).toBe('Several');
  });

  it('keeps “several reports say” out of the speakers', () => {
    const found = claims('Several reports say Chinese firms are selling ball bearings to Russia.');
    expect(found[0]?.claimant ?? null).not.toBe('Several');
  });
});

describe('an abbreviation opening the next goods of a list', () => {
  it('reads “ball bearings and CNC machine tools” as two goods', () => {
    expect(claims('Georgian traders sold ball bearings and CNC machine tools to Russian arms plants.').map((c) => c.goods)).toEqual([
      'ball-bearings',
      'machine-tools',
    ]);
  });
});

describe('a debate record', () => {
  const debate = [
    'Russia: Dual-use Goods',
    '',
    'Lord Allenby: To ask His Majesty’s Government what assessment they have made of the supply of machine tools to Russia by Kazakhstan.',
    '',
    'Baroness Fenwick (Con): My Lords, we have seen evidence that Kazakh firms have supplied Russia with machine tools.',
    '',
    'Mr Owen Price (Bristol North) (Lab): Armenia has sent ball bearings to Russia.',
    '',
  ].join('\n');

  it('drafts no claim from a question opening on “To ask”', () => {
    expect(claims(debate).some((c) => c.claimant === 'Lord Allenby')).toBe(false);
  });

  it('reads a label with party and constituency in brackets as the speaker', () => {
    const found = claims(debate);
    expect(found.find((c) => c.supplier[0] === 'Kazakh firms')?.claimant).toBe('Baroness Fenwick');
    expect(found.find((c) => c.supplier[0] === 'armenia')?.claimant).toBe('Mr Owen Price');
  });
});

describe('subjects and verb groups of unseen wordings', () => {
  it('steps over a long aside on the subject (“many of them set up after …”)', () => {
    const found = claims(
      'Armenian trading houses, many of them registered in 2023 with a single shareholder, continue to ship ball bearings to Russian buyers.',
    );
    expect(brief(found[0])).toMatchObject({ supplier: ['Armenian trading houses'], goods: 'ball-bearings' });
  });

  it('reads “had nonetheless resold” as one verb group', () => {
    expect(
      claims('Some Georgian distributors had nonetheless resold Western-made microchips to Russian defence firms.')[0]?.supplier,
    ).toEqual(['Georgian distributors']);
  });

  it('reads “are very likely the source of” as a likely ranked supply', () => {
    expect(
      brief(claims('Kazakh traders are very likely the source of most of the ball bearings used in Russian tank plants.')[0]),
    ).toMatchObject({
      supplier: ['Kazakh traders'],
      goods: 'ball-bearings',
      certainty: 'likely',
    });
  });

  it('reads a contracted pronoun (“it’s not sending”) as the speaker’s denial, the topic before a dash left out', () => {
    expect(brief(claims('QUESTION: On Belarus - Minsk says it’s not sending drones to Russia. Is that right?')[0])).toMatchObject({
      supplier: ['belarus'],
      certainty: 'denied',
      claimant: 'Minsk',
    });
  });
});
