/**
 * Rules of session 18's claims round (docs/reading-history.md "Session 18: claims19"): claims the
 * reader drafted nothing for, each read on sentences written for the test, and on sentences the
 * rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const parties = (cs: readonly ReadClaim[]) => cs.map((c) => [c.supplier.join('; '), c.recipient, c.goods, c.certainty]);

describe('a list whose name is its ground of support (convention 11)', () => {
  it('reads the parties added to "the list of those supporting" Russia as a claim with no goods', () => {
    const r = read(
      'The Council today added 14 entities to the list of those directly supporting Russia’s military and industrial complex.',
    );
    expect(parties(r.claims)).toEqual([['entities', 'russia', null, 'determined']]);
    expect(r.claims[0]!.claimant).toBe('The Council');
  });

  it('reads "providing direct support to" and "entities that directly support", a place and a named party', () => {
    expect(
      parties(
        read(
          'Brussels adopted a new package, adding nine entities in third countries to the list of those providing direct support to Russia’s war machine.',
        ).claims,
      ),
    ).toEqual([['entities in third countries', 'russia', null, 'determined']]);
    expect(
      parties(
        read('In May the Council added Qingdao Harbour Optics Co., Ltd. to the list of entities that directly support Russia’s military.')
          .claims,
      ),
    ).toEqual([['Qingdao Harbour Optics Co., Ltd.', 'russia', null, 'determined']]);
  });

  it('reads no claim from a list named by its measures', () => {
    expect(read('The Council today added 30 entities to the list of those subject to an asset freeze and a travel ban.').claims).toEqual(
      [],
    );
  });
});

describe('the parties a listing names before its ground', () => {
  it('reads parties "from" a region and a list in the plural', () => {
    expect(
      parties(
        read('Last year Washington and London added 40 firms from the Caucasus to their lists for supplying machine tools to Russia.')
          .claims,
      ),
    ).toEqual([['firms from the Caucasus', 'russia', 'machine-tools', 'determined']]);
  });
});

describe('the words a supplier phrase may end on', () => {
  it('reads "partners", "competitors" and a singular forwarder as a supplier group', () => {
    expect(parties(read('Officials in Minsk said Chinese partners supply Russian tank plants with gearboxes.').claims)).toEqual([
      ['Chinese partners', 'russia', null, 'asserted'],
    ]);
    expect(parties(read('The report said a Serbian freight forwarder had shipped ball bearings to Russia.').claims)).toEqual([
      ['Serbian freight forwarder', 'russia', 'ball-bearings', 'asserted'],
    ]);
  });

  it('reads "Russian armaments companies" as Russia receiving, and "armaments" there as no goods', () => {
    expect(
      parties(read('The analysts said Korean competitors have supplied Russian armaments companies with machine tools.').claims),
    ).toEqual([['Korean competitors', 'russia', 'machine-tools', 'asserted']]);
  });

  it('does not take a supplier’s own firms after the verb for the one receiving', () => {
    expect(
      parties(
        read('The embassy said China had never provided lethal weapons to Russia and rejected accusations against Chinese companies.')
          .claims,
      ).length,
    ).toBe(1);
  });
});

describe('a country’s initials before the goods', () => {
  it('reads "U.S. navigation equipment" as the goods’ origin, not the one receiving', () => {
    expect(parties(read('Officials said Georgian traders are re-exporting U.S. navigation equipment to Russia.').claims)).toEqual([
      ['Georgian traders', 'russia', 'navigation-equipment', 'asserted'],
    ]);
  });
});

describe('a party that says it of itself', () => {
  it('states its own denial when it maintains it never supplied', () => {
    const r = read('The trading house maintained that it had never sold drone engines to Russian buyers.');
    expect(parties(r.claims)).toEqual([['trading house', 'russia', 'uav-engines', 'denied']]);
  });
});

describe('goods that reach Russia', () => {
  it('reads the goods’ origin as supplier and the place reached as recipient', () => {
    expect(parties(read('Investigators said Japanese machine tools may have reached Russia through Armenia.').claims)).toEqual([
      ['japan', 'russia', 'machine-tools', 'likely'],
    ]);
    expect(parties(read('The study shows that Serbian ball bearings continue to reach Russian tank plants.').claims)).toEqual([
      ['serbia', 'russia', 'ball-bearings', 'asserted'],
    ]);
  });

  it('reads nothing from people reaching a place, nor from goods with their value', () => {
    expect(read('The Chinese delegation reached Moscow on Monday, the ministry said.').claims).toEqual([]);
    expect(read('Officials said Chinese chips worth $40 million reached Russia last year.').claims).toEqual([]);
  });

  it('reads the arrival of goods a verb before it supplied as no claim of its own', () => {
    expect(parties(read('Bearings supplied by Korean companies have reached Russian arms makers, the report said.').claims)).toHaveLength(
      1,
    );
  });
});

describe('goods received "from" a country', () => {
  it('reads "get … from X" and "came in directly from X"', () => {
    expect(parties(read('Russian tank plants get most of their bearings from China, the report said.').claims)).toEqual([
      ['china', 'russia', 'ball-bearings', 'asserted'],
    ]);
    expect(parties(read('Last year most Russian drone engines came in directly from China.').claims).map((p) => p[0])).toEqual(['china']);
  });

  it('reads no supply from a purpose ("to get … from")', () => {
    expect(read('This lets Moscow evade sanctions to get ammunition from abroad.').claims).toEqual([]);
  });
});

describe('a country or firm called a hub or channel for supplying', () => {
  it('reads the subject of "is (has become) a hub for sending …" as the supplier', () => {
    expect(parties(read('The report says Armenia has become the main channel for shipping machine tools to Russia.').claims)).toEqual([
      ['armenia', 'russia', 'machine-tools', 'asserted'],
    ]);
    expect(parties(read('Analysts say Dubai is a hub for sending drone engines to Russia.').claims).map((p) => p[2])).toEqual([
      'uav-engines',
    ]);
  });
});

describe('the agent of a passive named in lower case', () => {
  it('reads "by local dealers" as the supplier', () => {
    expect(parties(read('The ministry said some of the trucks were re-exported to Russia by local dealers.').claims)).toEqual([
      ['local dealers', 'russia', 'vehicles', 'asserted'],
    ]);
  });

  it('reads no agent from a means of transport', () => {
    expect(parties(read('The ministry said the trucks were shipped to Russia by rail.').claims).map((p) => p[0])).not.toContain('rail');
  });
});
