/**
 * Rules of session 20's claims round (docs/reading-history.md "Session 20: claims21"): claims the
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

describe('a pronoun for the party that says where it said it', () => {
  it('reads "X said in a statement to the exchange that it has never sold" with X as supplier', () => {
    const r = read(
      'Hebei Rotor Works said in a statement to the Shenzhen Stock Exchange that it "has never sold any product to the Russian military".',
    );
    expect(parties(r.claims)).toEqual([['Hebei Rotor Works', 'russia', null, 'denied']]);
  });

  it('still reads an office’s "it" as no party that trades', () => {
    const r = read('The ministry said in a statement that it has never sold drones to Russia.');
    expect(r.claims.map((c) => c.supplier)).not.toContainEqual(['ministry']);
  });
});

describe('a group counted in a finding', () => {
  it('reads "found that at least nine such companies … and re-exported them" with the group as supplier', () => {
    const r = read(
      'Customs has found that at least nine such companies have bought Norwegian radars since 2023 and re-exported them to Russian buyers.',
    );
    expect(r.claims.map((c) => [c.supplier.join('; '), c.recipient])).toEqual([['at least nine such companies', 'russia']]);
  });

  it('reads "19 of them had shipped" and "some of them have exported" as the part of the group named', () => {
    const r = read('Inspectors checked 40 firms. It was established that 19 of them had shipped machine tools to Russia.');
    expect(parties(r.claims).map((p) => p.slice(0, 3))).toEqual([['19 of them', 'russia', 'machine-tools']]);
    const s = read(
      'These entities have supplied dual-use items to Russian military organizations, and some of them have exported drone components to Russia.',
    );
    expect(s.claims.map((c) => c.supplier.join('; '))).toContain('some of them');
  });

  it('reads no part of a group in a passive, where "them" are the goods', () => {
    const r = read('Kyrgyzstan imported 41,000 cars from China. Officials estimate that almost all of them were re-exported to Russia.');
    expect(r.claims.map((c) => c.supplier.join('; '))).not.toContain('all of them');
  });

  it('reads no count of "them" when no number or quantifier stands before "of them"', () => {
    const r = read('None of them had shipped machine tools to Russia, the ministry found.');
    expect(r.claims.map((c) => c.supplier.join('; '))).not.toContain('None of them');
  });
});

describe('a quotation that opens on "is responsible for"', () => {
  it('reads the subject before the mark as the supplier', () => {
    const r = read('The listing said the company "is responsible for supplying engines for Geran-type drones."');
    expect(r.claims.map((c) => [c.supplier.join('; '), c.goods])).toEqual([['company', 'uav-engines']]);
  });
});

describe('builders as a group of suppliers', () => {
  it('reads "Chinese builders" as the subject of a supply verb', () => {
    const r = read('Chinese builders are selling more metal-cutting machines to Russia than ever.');
    expect(parties(r.claims)).toEqual([['Chinese builders', 'russia', 'machine-tools', 'asserted']]);
  });
});

describe('a passive supply verb whose goods name their origin', () => {
  it('reads "Italian-made machine tools are being supplied to Russia" with the origin as supplier', () => {
    const r = read('Italian-made machine tools are being supplied to Russia through intermediaries in the Caucasus.');
    expect(parties(r.claims)).toEqual([['italy', 'russia', 'machine-tools', 'asserted']]);
    expect(r.claims[0]!.evidence.supplier?.rule).toBe('the origin of the goods a passive verb supplies');
  });

  it('reads a demonym before the goods as their origin', () => {
    const r = read('Iranian drones continue to be delivered to Russia by sea.');
    expect(parties(r.claims)).toEqual([['iran', 'russia', 'uavs', 'asserted']]);
  });

  it('does not read the origin as the supplier of a re-export', () => {
    const r = read('Czech-made bearings were first exported to Turkey and from there re-exported to Russia.');
    expect(r.claims.filter((c) => c.recipient === 'russia' && c.supplier.includes('czech-republic'))).toEqual([]);
  });

  it('drafts nothing for goods of no named origin', () => {
    const r = read('Machine tools are being supplied to Russia through intermediaries.');
    expect(r.claims).toEqual([]);
  });
});

describe('a second verb after "and" with the group that opens the clause', () => {
  it('reads "Trading companies in Shenzhen and Hong Kong bought … and resold them" with the group, one supplier', () => {
    const r = read(
      'Trading companies in Shenzhen and Hong Kong bought the Japanese chips from authorized distributors and resold them to Russian buyers, Nikkei found.',
    );
    expect(parties(r.claims)).toEqual([['Trading companies in Shenzhen and Hong Kong', 'russia', 'microelectronics', 'asserted']]);
  });

  it('reads "Kyrgyz traders buy machine tools in China and ship them to Russia"', () => {
    const r = read('Kyrgyz traders buy machine tools in China and ship them to Russia.');
    expect(parties(r.claims)).toEqual([['Kyrgyz traders', 'russia', 'machine-tools', 'asserted']]);
  });

  it('drafts nothing when the clause opens on no group', () => {
    const r = read('Prices rose and traders do not expect new machine tools to arrive in Russia this year.');
    expect(r.claims).toEqual([]);
  });
});

describe('a relative clause after a group in places joined by "or"', () => {
  it('reads "trading companies in China or Hong Kong, which then shipped them on to Russia" as one group', () => {
    const r = read('Norwegian products were first sold to trading companies in China or Hong Kong, which then shipped them on to Russia.');
    expect(r.claims.map((c) => [c.supplier.join('; '), c.recipient])).toEqual([['trading companies in China or Hong Kong', 'russia']]);
  });

  it('does not take a place before a passive’s "were later" as a supplier', () => {
    const r = read('About 60% of the used cars exported to Kyrgyzstan were later re-exported to Russia.');
    expect(r.claims.filter((c) => c.supplier.includes('kyrgyzstan'))).toEqual([]);
  });
});

describe('the recipient named as the goods’ buyer or user after them', () => {
  it('reads "the machinery that Russia previously bought" and "that Russia can no longer buy" as Russia', () => {
    const r = read('Chinese firms now supply most of the machinery that Russia previously bought in the EU.');
    expect(parties(r.claims)).toEqual([['Chinese firms', 'russia', 'machinery', 'asserted']]);
    const s = read('Chinese entities supply the bulk of the drone components that Russia can no longer buy from the West.');
    expect(s.claims.map((c) => c.recipient)).toEqual(['russia']);
  });

  it('reads "the heavy trucks bought by the Russian Defence Ministry" as Russia', () => {
    const r = read('Chinese truck makers supply the bulk of the heavy trucks bought by the Russian Defence Ministry.');
    expect(r.claims.map((c) => c.recipient)).toEqual(['russia']);
  });

  it('reads "the sensitive items Russia’s arms industry needs" as Russia', () => {
    const r = read('Chinese suppliers now provide the overwhelming majority of the sensitive items Russia’s arms industry needs.');
    expect(r.claims.map((c) => c.recipient)).toEqual(['russia']);
  });

  it('reads no recipient from a country that sells, not buys, after the goods', () => {
    const r = read('Chinese firms now supply most of the machinery that Germany once sold.');
    expect(r.claims.map((c) => c.recipient)).toEqual([null]);
  });
});

describe('a listing with its time before the ground', () => {
  it('reads "has listed 17 entities in the past 18 months for supplying …" with the entities as supplier', () => {
    const r = read('The Government has listed 17 entities in the past 18 months for supplying drone engines to Russia.');
    expect(parties(r.claims)).toEqual([['entities', 'russia', 'uav-engines', 'determined']]);
  });

  it('reads no listed object where a place stands after "in the past"', () => {
    const r = read('The Government has listed 17 entities in the past for supplying drone engines to Russia.');
    expect(r.claims.map((c) => c.supplier.join('; '))).not.toContain('entities');
  });
});

describe('a group with its owner between it and the verb', () => {
  it('reads "a trading company controlled by the suspects exported" with the company as supplier', () => {
    const r = read('Prosecutors established that a trading company controlled by the suspects exported machine tools to Russia.');
    expect(parties(r.claims).map((p) => p.slice(0, 3))).toEqual([['trading company', 'russia', 'machine-tools']]);
  });

  it('reads no owner phrase after goods as a supplier', () => {
    const r = read('Drones controlled by the army shipped to Russia.');
    expect(r.claims).toEqual([]);
  });
});
