/**
 * Claim forms beyond "X supplies Y to Z" (docs/reading.md, Claims): the passive, a trade noun,
 * a reported verb group, a participle, a recipient named elsewhere in the sentence, and whose
 * claim it is. Each read on a small text written for the test.
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

describe('the passive', () => {
  it('reads the agent after "by" as the supplier and the subject as the goods', () => {
    const [c] = claims('Ball bearings supplied by Chinese companies reached Russian arms makers, the report found.');
    expect(brief(c)).toEqual({
      supplier: ['Chinese companies'],
      recipient: 'russia',
      goods: 'ball-bearings',
      certainty: 'asserted',
      claimant: 'the report',
    });
    expect(c!.quote.startsWith('Ball bearings')).toBe(true);
  });

  it('reads "were supplied to X by Y" with the destination before the agent', () => {
    const [c] = claims('The drones were supplied to Russia by Iran, the ministry said.');
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'uavs' });
  });

  it('reads no passive where "by" names a way, not an agent', () => {
    expect(claims('China supplied drones to Russia by rail.').map((c) => c.supplier)).toEqual([['china']]);
  });
});

describe('a trade noun', () => {
  it('reads "X’s exports of G" as X supplying G', () => {
    // Not "… rose sharply": a trade's rise or fall is its statistic's, no claim (session 17, claimNotSupply.ts).
    const [c] = claims('China’s exports of nitrocellulose to Russia continued, officials said.');
    expect(brief(c)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'nitrocellulose' });
  });

  it('reads "Chinese sales of G" as that country supplying G', () => {
    const [c] = claims('Chinese sales of drone engines to Russia continued, officials said.');
    expect(brief(c)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'uav-engines' });
  });

  it('reads "the sale of Chinese G" as sold by the Chinese group named before', () => {
    const found = claims(
      'The Treasury designated Chinese companies for providing drones to Russia. The sale of Chinese satellite imagery to Russia continues.',
    );
    expect(found.map((c) => [c.supplier, c.goods])).toContainEqual([['Chinese companies'], 'imagery']);
  });

  it('reads a trade noun with no owner as no claim', () => {
    expect(claims('The sale of drones to Russia is banned.')).toEqual([]);
  });
});

describe('verb groups, participles and lists', () => {
  it('reads "is believed to have supplied" as a likely supply by the subject', () => {
    const [c] = claims('North Korea is believed to have supplied artillery shells to Russia, officials said.');
    expect(brief(c)).toMatchObject({ supplier: ['north-korea'], recipient: 'russia', goods: 'ammunition', certainty: 'likely' });
  });

  it('reads a participle after a comma as the clause subject’s supply', () => {
    const [c] = claims('Iran is fueling Russia’s aggression with direct military support, providing lethal weapons.');
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'arms' });
  });

  it('reads "sharing" goods, a list closed by "other", and the country the goods help', () => {
    const found = claims('We see China sharing machine tools, semiconductors, other dual-use items that have helped Russia rebuild.');
    expect(found.map((c) => [c.supplier, c.recipient, c.goods])).toEqual([
      [['china'], 'russia', 'machine-tools'],
      [['china'], 'russia', 'semiconductors'],
      [['china'], 'russia', 'dual-use-goods'],
    ]);
  });

  it('reads an abbreviation in brackets as the goods it abbreviates, and a list past its ", and"', () => {
    const found = claims('China’s sales of unmanned arial vehicles (UAVs), satellite imagery, and semiconductors to Russia grew.');
    expect(found.map((c) => [c.goods, c.recipient])).toEqual([
      ['uavs', 'russia'],
      ['imagery', 'russia'],
      ['semiconductors', 'russia'],
    ]);
  });
});

describe('the claimant', () => {
  it('prefers the sentence’s own determining body to the speaker of the sentence before', () => {
    const found = claims(
      'Exports rose, analysts said. The Commerce Department has determined that the firms supplied microelectronics to Russia.',
    );
    expect(brief(found[0])).toMatchObject({ certainty: 'determined', claimant: 'The Commerce Department' });
  });

  it('reads a body named by its office ("the ministry") as the actor of a determination', () => {
    const [c] = claims('The ministry has determined that the company has supplied Russia with drone engines.');
    expect(c?.claimant).toBe('The ministry');
  });

  it('leaves a speaker of an earlier clause ("X has said …, and") to the statement’s speaker', () => {
    const text =
      'Chairman Michael McCaul issued the following statement.\n\nBiden has said that arming Russia is a redline, and this shows that China has sold drones to Russia.';
    expect(claims(text)[0]?.claimant).toBe('Michael McCaul');
  });

  it('keeps the speaker of "X said that …, and that …" for the second clause', () => {
    const [c] = claims('The officials said that exports rose, and that China has been providing Russia with drone engines.');
    expect(c?.claimant).toBe('The officials');
  });
});

describe('help, procurement and determinations by a body', () => {
  it('reads who helps the recipient acquire goods as their supplier', () => {
    const [c] = claims('Chinese firms helped Russia acquire microelectronics, the report said.');
    expect(brief(c)).toMatchObject({ supplier: ['Chinese firms'], recipient: 'russia', goods: 'microelectronics' });
  });

  it('reads "procured G from X" as X supplying the subject', () => {
    const [c] = claims('Russia procured drones from Iran, officials said.');
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'uavs' });
  });

  it('reads "determined by X to have supplied": the subject supplies, the body determines', () => {
    const [c] = claims('Two Chinese companies have been determined by the Commerce Department to have supplied drone engines to Russia.');
    expect(brief(c)).toMatchObject({
      supplier: ['Chinese companies'],
      certainty: 'determined',
      claimant: 'the Commerce Department',
    });
  });
});

describe('adverbs, topics and support of a subject', () => {
  it('reads past an adverb of manner between the supplier and the verb', () => {
    const [c] = claims('North Korea and Iran are primarily providing shells to Russia, officials said.');
    expect(brief(c)).toMatchObject({ supplier: ['north-korea', 'iran'], recipient: 'russia', goods: 'ammunition' });
  });

  it('reads a hypothetical adverb ("potentially transferring") as no claim', () => {
    expect(claims('We are concerned by the prospect of Iran potentially transferring missiles to Russia, he said.')).toEqual([]);
  });

  it('reads a topic ("it is not about China providing …") as no claim', () => {
    expect(claims('It is not about China providing weapons to Russia, the minister said.')).toEqual([]);
  });

  it('reads Russia, the subject of the clause, as the recipient of a possessive’s support', () => {
    const [c] = claims('Russia would struggle to maintain its assault on Ukraine without China’s support, the Secretary said.');
    expect(brief(c)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: null });
  });

  it('reads no supplier from a lone preposition before a verb', () => {
    expect(claims('We need only look at the consequences of supporting Russia’s defense industrial base.')).toEqual([]);
  });
});

describe('nominal suppliers and goods found in weapons', () => {
  it.each([
    ['China has been the main supplier of machine tools to Russia, officials said.', ['china']],
    ['Kazakhstan is one of the largest sources of microelectronics for Russia, the report found.', ['kazakhstan']],
    [
      'Turkey and the UAE have been among the main suppliers of dual-use goods to Russia, analysts said.',
      ['turkey', 'united-arab-emirates'],
    ],
  ])('reads "has been the main supplier", "one of", "among" as a nominal supplier: %s', (text, supplier) => {
    const [c] = claims(text);
    expect(c?.supplier).toEqual(supplier);
    expect(c?.recipient).toBe('russia');
  });

  it('reads goods of one country found in another’s weapons as supplied by the first', () => {
    const [c] = claims('Chinese-made microelectronics have been found in Russian drones, investigators said.');
    expect(brief(c)).toMatchObject({ supplier: ['china'], recipient: 'russia', goods: 'microelectronics', claimant: 'investigators' });
  });

  it('reads goods found in a place, not in weapons, as no claim', () => {
    expect(claims('Chinese microelectronics were found in Ukraine, officials said.')).toEqual([]);
  });
});

describe('the speaker of a statement released by a body', () => {
  it('reads "the following statement was released by X" as the claimant of unattributed claims', () => {
    const text =
      'The text of the following statement was released by the Government of the United States of America and the European Union.\nBegin text:\nChina is the largest supplier of machine tools to Russia.\n';
    expect(claims(text)[0]?.claimant).toBe('Government of the United States of America and the European Union');
  });
});

describe('a supplier in apposition', () => {
  it('reads "X, a China-based supplier of G to Russian buyers" as X supplying G', () => {
    const [c] = claims('Today OFAC designated Shenzhen Blue Hat, a China-based supplier of drone engines to Russian buyers.');
    expect(brief(c)).toEqual({
      supplier: ['Shenzhen Blue Hat'],
      recipient: 'russia',
      goods: 'uav-engines',
      certainty: 'determined',
      claimant: 'OFAC',
    });
  });

  it('reads an apposition that names no recipient as no claim', () => {
    expect(claims('Acme Corp, a leading supplier of machine tools, said profits rose.')).toEqual([]);
  });
});
