/**
 * Rules of session 19's claims round (docs/reading-history.md "Session 19: claims20"): claims the
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
/** A ministry's statement on trade with Russia: its own negations are its denials. */
const statement = (body: string) =>
  read(
    `Statement of the Ministry of Foreign Trade\n\nOn exports to the Russian Federation\n\nThe Ministry informs the public of the following.\n\n${body}`,
  );
const parties = (cs: readonly ReadClaim[]) => cs.map((c) => [c.supplier.join('; '), c.recipient, c.goods, c.certainty]);

describe('a denial’s second predicate after "and does not"', () => {
  it('reads "X does not permit … and does not supply" with the clause’s country as supplier', () => {
    const r = statement('Uzbekistan does not permit re-exports of restricted goods and does not supply weapons to Russia.');
    expect(parties(r.claims)).toEqual([['uzbekistan', 'russia', 'arms', 'denied']]);
  });

  it('reads a country named with "the" and "and doesn’t export"', () => {
    const r = statement('The United Arab Emirates does not manufacture and doesn’t export weapons.');
    expect(parties(r.claims).map((p) => [p[0], p[3]])).toEqual([['united-arab-emirates', 'denied']]);
  });

  it('reads a reported group’s "… comply with the rules and do not sell"', () => {
    const r = read(
      'A spokesman for the trade ministry said that Vietnamese firms fully comply with export controls and do not sell weapons to Russia.',
    );
    expect(parties(r.claims)).toEqual([['Vietnamese firms', 'russia', 'arms', 'denied']]);
  });

  it('drafts nothing when "and do" opens a clause with a subject of its own', () => {
    const r = read('Prices rose and traders do not expect new machine tools to arrive in Russia this year.');
    expect(r.claims).toEqual([]);
  });
});

describe('a capital rejecting an accusation against its country’s firms', () => {
  it('keeps the firms as the supplier of the denial', () => {
    const r = read('Washington has accused Indian companies of supplying Russia with machine tools. New Delhi rejects the accusations.');
    const denied = r.claims.filter((c) => c.certainty === 'denied');
    expect(parties(denied)).toEqual([['Indian companies', 'russia', 'machine-tools', 'denied']]);
    expect(denied[0]!.claimant).toBe('New Delhi');
  });

  it('drafts no denial for a capital rejecting an accusation against another country’s firms', () => {
    const r = read('Washington has accused Indian companies of supplying Russia with machine tools. Ankara rejected the accusation.');
    expect(r.claims.filter((c) => c.certainty === 'denied')).toEqual([]);
  });
});

describe('a place named as the channel of "the supply of"', () => {
  it('reads "X has become a hub for the supply of …" with the place as supplier', () => {
    const r = read('Analysts say Serbia has become a hub for the supply of dual-use goods to Russia.');
    expect(parties(r.claims).map((p) => [p[0], p[1]])).toEqual([['serbia', 'russia']]);
  });

  it('reads "X serves as a transit route for the supply of …"', () => {
    const r = read('Critics argue that Mongolia serves as a transit route for the supply of Chinese drone engines to Russia.');
    expect(parties(r.claims)).toEqual([['mongolia', 'russia', 'uav-engines', 'asserted']]);
  });

  it('does not read the supply’s own subject from a hub that is only its object', () => {
    const r = read('The port of Mersin handles the supply of fruit to Russia.');
    expect(r.claims).toEqual([]);
  });
});

describe('"is suspected of having exported"', () => {
  it('reads the one suspected as the supplier, a likely claim', () => {
    const r = read('Police said a Tallinn-based firm is suspected of having exported machine tools to Russia through Armenia.');
    expect(parties(r.claims)).toEqual([['Tallinn-based firm', 'russia', 'machine-tools', 'likely']]);
  });

  it('reads "accused of having shipped" as "accused of shipping"', () => {
    const r = read('Prosecutors accused two Latvian traders of having shipped drone engines to Russia.');
    expect(parties(r.claims).map((p) => [p[0], p[1], p[2]])).toEqual([['Latvian traders', 'russia', 'uav-engines']]);
  });
});
