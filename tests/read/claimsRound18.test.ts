/**
 * Rules of session 17's claims round (docs/reading-history.md "Session 17: claims18"): claims the
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

describe('the parties a listing names supply what it lists them for', () => {
  it('reads a count and the list between the listing verb and its ground', () => {
    const r = read(
      'Since March 2023, the Commerce Department has added more than 700 parties to the Entity List for supporting Russia’s military.',
    );
    expect(parties(r.claims)).toEqual([['parties', 'russia', null, 'determined']]);
  });

  it('steps over a time between the parties and the ground, and a list written in lower case', () => {
    expect(
      parties(read('The Treasury has sanctioned 12 Serbian companies since 2024 for supplying Russia with machine tools.').claims),
    ).toEqual([['Serbian companies', 'russia', 'machine-tools', 'determined']]);
    expect(
      parties(
        read('Japan added nine Armenian firms to its export control list last week for supplying drone engines to Russian factories.')
          .claims,
      ),
    ).toEqual([['Armenian firms', 'russia', 'uav-engines', 'determined']]);
  });

  it('reads no parties where the object is no group of suppliers', () => {
    expect(read('The ministry added a new chapter to the report in 2025 for supplying context to Russia’s buyers.').claims).toEqual([]);
  });
});

describe('the words between a subject and its verb', () => {
  it('steps over an aside opening on "including" or "by contrast"', () => {
    expect(
      parties(
        read('Officials said several Turkish firms, including two state-owned arms makers, have shipped ball bearings to Russia.').claims,
      ),
    ).toEqual([['Turkish firms', 'russia', 'ball-bearings', 'asserted']]);
    expect(parties(read('Belarus, by contrast, sent Russia ammunition rather than parts, the report said.').claims)).toEqual([
      ['belarus', 'russia', 'ammunition', 'asserted'],
    ]);
  });

  it('steps over "again" and "themselves" before the verb', () => {
    expect(parties(read('The report said Serbian traders again shipped drone engines to Russia in May.').claims)).toEqual([
      ['Serbian traders', 'russia', 'uav-engines', 'asserted'],
    ]);
    expect(parties(read('The minister said some Austrian firms themselves sell machine tools to Russia.').claims)).toEqual([
      ['Austrian firms', 'russia', 'machine-tools', 'asserted'],
    ]);
  });

  it('reads a trade noun and "government" as part of a supplier phrase', () => {
    expect(parties(read('Officials say freight forwarders in Georgia have supplied drone engines to Russia.').claims)).toEqual([
      ['freight forwarders in Georgia', 'russia', 'uav-engines', 'asserted'],
    ]);
    expect(read('The spokesman said the Chinese government has never provided weapons to Russia.').claims.map((c) => c.supplier)).toEqual([
      ['Chinese government'],
    ]);
  });
});

describe('a supply verb before a word that only starts like "controls"', () => {
  it('reads "supplied controlled items" as a supply, and "supply controls" as none', () => {
    expect(parties(read('The bureau said Georgian firms have supplied controlled navigation equipment to Russia.').claims)).toEqual([
      ['Georgian firms', 'russia', 'navigation-equipment', 'asserted'],
    ]);
    expect(read('The ministry said export controls on drone engines to Russia were tightened.').claims).toEqual([]);
  });
});

describe('the owner of a statement denies the supply its "that" clause negates', () => {
  it('gives the denial to the one whose statements they are', () => {
    const r = read('The inquiry found that official statements by Minsk that Belarus does not supply shells to Russia were false.');
    expect(r.claims.map((c) => [c.supplier[0], c.certainty, c.claimant])).toEqual([['belarus', 'denied', 'Minsk']]);
    const s = read('The panel notes the repeated statements of the Serbian authorities that Serbia does not sell weapons to Russia.');
    expect(s.claims.map((c) => [c.certainty, c.claimant])).toEqual([['denied', 'the Serbian authorities']]);
  });

  it('reads no denial where no one owns the statement', () => {
    expect(read('The statement that Belarus does not supply shells to Russia was published on Monday.').claims).toEqual([]);
  });
});
