/**
 * Rules of session 20's second claims round (docs/reading-history.md "Session 20: claims22"): the
 * war's parties as a recipient (docs/curation.md, convention 17) and claims the reader drafted
 * nothing for, each read on sentences written for the test, and on sentences the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const parties = (cs: readonly ReadClaim[]) => cs.map((c) => [c.supplier_names.join('; '), c.recipient, c.goods, c.certainty]);

describe('a supply to any party to the conflict (convention 17)', () => {
  it('reads "to any party to the conflict" as the recipient Russia', () => {
    const r = read('Foreign Ministry spokesperson Mao Ning said: "China has never provided lethal weapons to any party to the conflict."');
    expect(parties(r.claims)).toEqual([['China', 'russia', 'arms', 'denied']]);
  });

  it('reads "to either side" and "either side with" as the recipient Russia', () => {
    const a = read('Beijing says it does not sell weapons to either side.');
    expect(a.claims.map((c) => c.recipient)).toEqual(['russia']);
    const b = read('Beijing says it does not supply either side with weapons.');
    expect(b.claims.map((c) => c.recipient)).toEqual(['russia']);
  });

  it('reads no recipient from "either side of the border"', () => {
    const r = read('Chinese traders ship drone parts to warehouses on either side of the border.');
    expect(r.claims.map((c) => c.recipient)).not.toContain('russia');
  });
});

describe('goods passed on to Russia', () => {
  it('reads "forward … to Russia" and "continuing to forward" as a supply', () => {
    const r = read('Yusupov Logistics is continuing to forward drone parts to Russia.');
    expect(parties(r.claims)).toEqual([['Yusupov Logistics', 'russia', 'uav-components', 'asserted']]);
  });

  it('reads no supply in "put forward to" a Russian body, nor "forward" with no Russia after it', () => {
    expect(read('The plan was put forward to the Russian delegation by Chinese officials.').claims).toEqual([]);
    expect(read('Chinese firms will forward their proposals to Kazakh buyers.').claims.map((c) => c.recipient)).not.toContain('russia');
  });
});

describe('a determination and the list’s goods by their use', () => {
  it('reads "it was established that" as determined', () => {
    const r = read('The Ministry checked 40 firms. It was established that Chinese firms had shipped machine tools to Russia.');
    expect(r.claims.map((c) => c.certainty)).toEqual(['determined']);
  });

  it('reads "battlefield-relevant components" as the high-priority list’s goods', () => {
    const r = read(
      'Lindqvist said the Commission has established that Chinese entities supply the bulk of the battlefield-relevant components that Russia can no longer buy.',
    );
    expect(r.claims.map((c) => c.goods)).toEqual(['high-priority-items']);
  });
});

describe('procuring for buyers in Russia, and a listing for diverting', () => {
  it('reads "the defendants conspired to procure … for end users in Russia" with the defendants as supplier', () => {
    const r = read('The indictment says the defendants conspired to procure integrated circuits for end users in Russia.');
    expect(parties(r.claims)).toEqual([['defendants', 'russia', 'microelectronics', 'asserted']]);
  });

  it('reads no supply to Russia in procuring for end users in another country', () => {
    const r = read('Arctic Star procured integrated circuits for end users in Kazakhstan.');
    expect(r.claims.map((c) => c.recipient)).not.toContain('russia');
  });

  it('reads "added … entities to the Entity List for diverting … to Russia" as a determined supply by the entities', () => {
    const r = read(
      'The Commerce Department has added more than 370 entities in China to the Entity List for diverting U.S.-origin items to Russia.',
    );
    expect(parties(r.claims)).toEqual([['entities in China', 'russia', null, 'determined']]);
  });

  it('reads no supply in a company that "has diverted" goods under a condition', () => {
    const r = read('Where there is evidence that a company in Singapore has diverted controlled items to Russia, we will act.');
    expect(r.claims).toEqual([]);
  });
});

describe('a recipient named by its country’s adjective after "a"', () => {
  it('reads "to a Russian company" as the recipient Russia', () => {
    const r = read('Chinese firms shipped thermal cameras to a Russian company.');
    expect(r.claims.map((c) => c.recipient)).toEqual(['russia']);
  });

  it('reads no recipient Russia from "to a warehouse in Almaty"', () => {
    const r = read('Chinese firms shipped thermal cameras to a warehouse in Almaty.');
    expect(r.claims.map((c) => c.recipient)).not.toContain('russia');
  });
});
