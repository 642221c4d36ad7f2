/**
 * Rules of session 7's claims round (docs/reading-history.md "Session 7: claims round"): each a rule about
 * how a claim's supplier, recipient, goods, certainty, share or claimant is found, read on a small
 * text written for the test (not one of the dev texts).
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

describe('shares and their quotes', () => {
  it('quotes "the vast majority of …" with its goods and reads the share, with no second claim from "Russia buys"', () => {
    const text = 'Officials said the vast majority of the navigation modules Russia buys abroad now come from Chinese suppliers.';
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.quote.startsWith('the vast majority of the navigation modules')).toBe(true);
    expect(cs[0]!.share).toBe('overwhelming-majority');
    expect(brief(cs[0])).toEqual({
      supplier: ['Chinese suppliers'],
      recipient: 'russia',
      goods: 'navigation-equipment',
      certainty: 'asserted',
      claimant: 'Officials',
    });
  });

  it('reads the share phrase that starts first ("Almost all of" is nearly-all, not "all of")', () => {
    const c = claims('Almost all of the thermal sights Russian troops use come from Chinese factories, the report says.')[0];
    expect(c?.share).toBe('nearly-all');
    expect(c?.supplier).toEqual(['Chinese factories']);
  });

  it('reads "account for the bulk of" as a claim with its share, and none with no goods named', () => {
    const c = claims('Turkish traders account for the bulk of the ball bearings Russia imports, the study finds.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['Turkish traders'], recipient: 'russia', goods: 'ball-bearings' });
    expect(c?.share).toBe('overwhelming-majority');
    expect(claims('Turkish traders accounted for most of Russia’s imports of such items, the study finds.')).toEqual([]);
  });
});

describe('suppliers', () => {
  it('reads "come from" a group as well as a country', () => {
    expect(
      brief(claims('Most of the drone engines Russian factories use came from a supplier in Hong Kong, the agency said.')[0]),
    ).toMatchObject({
      supplier: ['supplier in Hong Kong'],
      recipient: 'russia',
      goods: 'uav-engines',
    });
  });

  it('reads the agent of a passive: a group after "by", a country after "from"', () => {
    expect(claims('The lathes were sold to Russia by firms in Kazakhstan, the ministry said.')[0]?.supplier).toEqual([
      'firms in Kazakhstan',
    ]);
    expect(claims('Much of the gunpowder used in Russian shells is shipped from China, the report adds.')[0]?.supplier).toEqual(['china']);
  });

  it('reads no claim from a share of goods before a passive verb', () => {
    expect(claims('Some 55% of the lathes Russia bought in 2023 were shipped from China, the study found.')).toEqual([]);
  });

  it('steps over an apposition or a parenthesis between a supplier and its verb', () => {
    expect(claims('Belarus, Moscow’s closest ally, has delivered artillery shells to Russia.')[0]?.supplier).toEqual(['belarus']);
    expect(claims('Volga Trade LLC, a logistics firm registered in Dubai, shipped drones to Russian forces.')[0]?.supplier_names).toEqual([
      'Volga Trade LLC',
    ]);
    expect(claims('Iran (which denies the charge in public) has sent drones to Russia, the minister said.')[0]?.supplier).toEqual(['iran']);
  });

  it('keeps peoples’ adjectives before one group noun as one group, and "Some of these firms" whole', () => {
    expect(claims('Uzbek and Tajik traders have supplied machine tools to Russia, the report says.')[0]?.supplier_names).toEqual([
      'Uzbek and Tajik traders',
    ]);
    expect(
      claims('Some of these companies have been found by the ministry to have supplied microelectronics to Russia.')[0]?.supplier_names,
    ).toEqual(['Some of these companies']);
  });

  it('reads "facilitated the transfer of" and "procured … on behalf of a Russian …" as supplies', () => {
    expect(brief(claims('Orion Link Ltd. facilitated the transfer of bearings to a Russian tank plant, OFAC said.')[0])).toMatchObject({
      supplier: ['Orion Link Ltd.'],
      recipient: 'russia',
      goods: 'ball-bearings',
    });
    expect(claims('Nova Parts Ltd. procured microelectronics on behalf of a Russian missile maker, OFAC said.')[0]?.recipient).toBe(
      'russia',
    );
  });
});

describe('more supply forms', () => {
  it('reads "relies on X for" as X supplying the subject, a figure there as a statistic', () => {
    expect(brief(claims('Moscow relies on Beijing for most of its drone engines, the report says.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: 'uav-engines',
    });
    expect(claims('Russia relies on China for 80% of its chips, the report says.')).toEqual([]);
  });

  it('reads the origin of the goods as the supplier of a passive with no agent', () => {
    expect(claims('Belarusian shells have been delivered to Russian units, the ministry said.')[0]?.supplier).toEqual(['belarus']);
  });

  it('reads no supplier for a verb after "and" whose subject is goods', () => {
    expect(claims('Many of the chips, the study found, were made in Taiwan and shipped to Russia via Armenia.')).toEqual([]);
  });

  it('reads "for having supplied", "responsible for shipping", and "imported … from" when no amount is given', () => {
    expect(claims('The Council is listing Orbit Parts Ltd for having supplied drones to Russia.')[0]?.supplier_names).toEqual([
      'Orbit Parts Ltd',
    ]);
    expect(claims('Firms in Armenia are responsible for shipping lathes to Russia, the report says.')[0]?.supplier_names).toEqual([
      'Firms in Armenia',
    ]);
    expect(brief(claims('Russia has imported shells from North Korea, the agency said.')[0])).toMatchObject({
      supplier: ['north-korea'],
      recipient: 'russia',
      goods: 'ammunition',
    });
    expect(claims('Russia imported €3 billion of chips from China in 2023, the data show.')).toEqual([]);
  });

  it('reads goods a reduced relative clause describes, unless the sentence’s own verb supplies them', () => {
    expect(claims('The missiles Russia obtained from Iran were fired at Odesa, officials said.')[0]?.goods).toBe('missiles');
    expect(claims('Some 42% of the chips Russia bought in 2024 were shipped from Hong Kong, the analysis found.')).toEqual([]);
  });

  it('steps over a "which is …" clause between a supplier and its verb', () => {
    expect(claims('Belarus, which is Moscow’s closest ally, has sent shells to Russia, the minister said.')[0]?.supplier).toEqual([
      'belarus',
    ]);
  });

  it('reads "funnel" without an ending', () => {
    expect(claims('Shell companies in Hong Kong funnel chips to Russia, Treasury said.')[0]?.supplier_names).toEqual([
      'Shell companies in Hong Kong',
    ]);
  });
});

describe('goods', () => {
  it('reads goods coordinated with an adjective or after "along with", not after "including"', () => {
    const goods = (t: string) => claims(t).map((c) => c.goods);
    expect(goods('Belarus has supplied ammunition and armoured vehicles to Russia, the ministers said.')).toEqual([
      'ammunition',
      'vehicles',
    ]);
    expect(goods('Chinese firms supply the chips that Russia needs, along with lathes and optics, the report says.')).toEqual([
      'microelectronics',
      'machine-tools',
      'optical-components',
    ]);
    expect(goods('Chinese firms send dual-use materials, including weapons components, to Russia, the report says.')).toEqual([
      'dual-use-goods',
    ]);
  });
});

describe('certainty and recipients across coordinated clauses', () => {
  it('lets "we assess that" hedge the clauses coordinated after it, which share the recipient', () => {
    const cs = claims('We assess that Beijing sells Russia machine tools, while Iran supplies drones and Belarus sends shells.');
    expect(cs.map((c) => [c.supplier[0], c.certainty, c.recipient])).toEqual([
      ['china', 'likely', 'russia'],
      ['iran', 'likely', 'russia'],
      ['belarus', 'likely', 'russia'],
    ]);
  });

  it('reads "almost certainly" as likely', () => {
    expect(claims('Beijing has almost certainly supplied lathes to Russia, the agency said.')[0]?.certainty).toBe('likely');
  });

  it('keeps a determination to its own clause', () => {
    const cs = claims('Belarus has been determined to have shipped shells to Russia, and Iran continues to send drones, the report says.');
    expect(cs.map((c) => c.certainty)).toEqual(['determined', 'asserted']);
  });
});

describe('claimants', () => {
  it('reads a byline with an affiliation, and a joint statement’s heading', () => {
    expect(
      claims('Key findings\n\nBy Ana Lopes, Institute for Trade Studies\n\nChinese firms have shipped lathes to Russia.')[0]?.claimant,
    ).toBe('Ana Lopes');
    expect(
      claims('Joint Statement of the Foreign Ministers of Poland and Finland\n\nIran has transferred drones to Russia.')[0]?.claimant,
    ).toBe('the Foreign Ministers of Poland and Finland');
  });

  it('reads the spokesperson named in a press conference’s heading, and the speaker inside a relative clause', () => {
    expect(
      claims(
        'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on May 6, 2024\n\nA: China has never sold weapons to Russia.',
      )[0]?.claimant,
    ).toBe('Foreign Ministry Spokesperson Lin Jian');
    expect(claims('The list includes Delta Parts Limited, which the Council says has sold drones to Russian forces.')[0]?.claimant).toBe(
      'the Council',
    );
  });
});
