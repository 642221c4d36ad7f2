/**
 * Rules of session 16's claims round (docs/reading-history.md "Session 16: claims17"), each read on
 * sentences written for the test, and on sentences the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const stance = (cs: readonly ReadClaim[]) => cs.map((c) => [c.certainty, c.claimant]);

describe('a rejected accusation is the rejecter’s denial (convention 10)', () => {
  it('denies the statement a named accuser made, for the one who rejects it', () => {
    const r = read(
      'ASTANA (Wire) — Kazakhstan’s trade ministry on Friday rejected EU accusations that Kazakh traders ship drone engines to Russia.',
    );
    expect(stance(r.claims)).toEqual([['denied', 'Kazakhstan’s trade ministry']]);
    expect(r.claims[0]!.goods).toBe('uav-engines');
    expect(r.claims[0]!.recipient).toBe('russia');
  });

  it('reads the accuser after "by" and a label before the claims as no claimant', () => {
    const r = read('The Kremlin dismissed as "nonsense" claims by Baltic officials that China sends machine tools to Russia.');
    expect(stance(r.claims)).toEqual([['denied', 'The Kremlin']]);
  });

  it('keeps reports no one names as the rejecter’s denial, though it calls them a fabrication', () => {
    const r = read(
      'The ministry spokesman Ivan Sokolov dismissed reports that Belarus has sent artillery shells to Russia, calling them a fabrication.',
    );
    expect(stance(r.claims)).toEqual([['denied', 'The ministry spokesman Ivan Sokolov']]);
  });

  it('reads plain "claims that" after a rejecter, which no accuser owns', () => {
    const r = read('Sokolov also rejected claims that Minsk had delivered gunpowder to Moscow.');
    expect(stance(r.claims)).toEqual([['denied', 'Sokolov']]);
  });

  it('keeps the accuser’s claim where no one rejects it', () => {
    const r = read(
      'Lithuanian officials repeated their accusations. EU accusations that Kazakh traders ship drone engines to Russia have grown.',
    );
    expect(stance(r.claims)).toEqual([['asserted', 'EU']]);
  });

  it('keeps the accuser’s claim stated in its own clause, and the rejecter’s denial of it after', () => {
    const r = read('U.S. officials say China supplies drone engines to Russia. Beijing rejected the claims.');
    expect(stance(r.claims)).toEqual([
      ['asserted', 'U.S. officials'],
      ['denied', 'Beijing'],
    ]);
  });
});

describe('the recipient where the goods go or are used', () => {
  const recipients = (cs: readonly ReadClaim[]) => cs.map((c) => c.recipient);

  it('reads the country where the goods are bought or which they enter', () => {
    expect(recipients(read('Turkish makers supply most of the CNC lathes bought in Russia.').claims)).toEqual(['russia']);
    expect(recipients(read('Kazakh traders probably account for most of the bearings now entering Russia.').claims)).toEqual(['russia']);
  });

  it('reads the country whose weapons hold the goods, whatever goods noun stands before "in"', () => {
    expect(recipients(read('Chinese suppliers provide most of the gearboxes in Russian tanks.').claims)).toEqual(['russia']);
  });

  it('takes no recipient from a demonym after "bought in"', () => {
    expect(recipients(read('Turkish makers supply lathes bought in Russian roubles.').claims)).toEqual([null]);
  });
});

describe('the recipient carried in a sentence', () => {
  const recipients = (cs: readonly ReadClaim[]) => cs.map((c) => c.recipient);

  it('past the demonym of the supplier before', () => {
    const r = read('Belarusian firms continue to supply Russia with optics, while Iran has sent drones.');
    expect(recipients(r.claims)).toEqual(['russia', 'russia']);
  });

  it('past a country in the words of the one who says it', () => {
    const r = read('Belarus has sent Russia artillery shells, Polish intelligence says, and Iran has supplied drones.');
    expect(recipients(r.claims)).toEqual(['russia', 'russia']);
  });

  it('past the places the goods struck', () => {
    const r = read('Iran provides Russia with drones, and Belarus has delivered missiles that have struck Lviv and Kyiv.');
    expect(recipients(r.claims)).toEqual(['russia', 'russia']);
  });

  it('not past a country that receives in its own clause', () => {
    const r = read('Belarusian firms continue to supply Russia with optics, while Iran has sent drones and Venezuela buys them.');
    expect(r.claims.find((c) => c.supplier.includes('iran'))?.recipient).not.toBe('russia');
  });
});

describe('a body’s own denials', () => {
  it('reads a negation in the text of its side’s body as that body’s denial, a letterhead in capitals too', () => {
    const r = read(
      'REPUBLIC OF BELARUS\nMINISTRY OF INDUSTRY\n\nPress statement on exports\n\nBelarus does not export weapons or military equipment to the Russian Federation.\n',
    );
    expect(r.claims.map((c) => [c.supplier, c.certainty])).toEqual([[['belarus'], 'denied']]);
    expect(r.claims[0]!.claimant).not.toBeNull();
  });

  it('reads no denial of another side in a body’s text', () => {
    const r = read(
      'U.S. DEPARTMENT OF STATE\nOffice of the Spokesperson\n\nFact sheet\n\nThe PRC has not provided lethal weapons to Russia on a large scale.\n',
    );
    expect(r.claims).toEqual([]);
  });

  it('reads "stresses that" as a verb of saying', () => {
    const r = read('The Committee stresses that Kazakh firms have sent drone engines to Russia.');
    expect(r.claims.map((c) => c.claimant)).toEqual(['The Committee']);
  });
});
