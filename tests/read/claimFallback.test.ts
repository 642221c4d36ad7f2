/**
 * The claims fallback (pipeline/read/claimFallback.ts; docs/reading-history.md "Session 9: claims
 * fallback"): a clause with a supplier, some verb the lexicon does not know, known goods and
 * Russia on the receiving side states a claim; a clause with no Russian recipient, a forecast, a
 * question, a figure or a verb the rules already set aside states none. Sentences written for the test.
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

describe('claims with a verb outside the lexicon', () => {
  it('drafts a supplier, goods and "into Russia" around any verb, as a fallback of lower confidence', () => {
    const [c, ...rest] = claims('Uzbek traders have lorried machine tools into Russia, customs officers in Tashkent said.');
    expect(rest).toEqual([]);
    expect(brief(c)).toEqual({
      supplier: ['Uzbek traders'],
      recipient: 'russia',
      goods: 'machine-tools',
      certainty: 'asserted',
      claimant: 'customs officers in Tashkent',
    });
    expect(c!.confidence).toBeLessThan(0.5);
    expect(c!.evidence.recipient?.rule).toMatch(/^fallback/);
  });

  it('reads Russia right after the verb as its recipient ("lent Russia")', () => {
    expect(brief(claims('Belarus probably loaned Russia tank engines from its reserves.')[0])).toMatchObject({
      supplier: ['belarus'],
      recipient: 'russia',
      goods: 'engines',
      certainty: 'likely',
    });
  });

  it('takes a Russian body as the recipient and leaves its own nouns out of the goods', () => {
    const found = claims('Chinese workshops kept Russian drone factories stocked with thermal imaging cameras.');
    expect(found.map((c) => c.goods)).toEqual(['thermal-imagers']);
    expect(found[0]!.supplier).toEqual(['Chinese workshops']);
  });

  it('takes the country the goods come from as the supplier ("from North Korea to the Russian port")', () => {
    expect(brief(claims('Chartered freighters hauled artillery shells from North Korea to the Russian port of Rajin.')[0])).toMatchObject({
      supplier: ['north-korea'],
      recipient: 'russia',
      goods: 'ammunition',
    });
  });

  it('reads goods that arrive in Russia from a country as that country’s supply ("trickle into Russia from Armenia")', () => {
    expect(brief(claims('Western microchips still trickle into Russia from Armenia, investigators said.')[0])).toEqual({
      supplier: ['armenia'],
      recipient: 'russia',
      goods: 'microelectronics',
      certainty: 'asserted',
      claimant: 'investigators',
    });
  });

  it('takes the country of an origin compound as the supplier of goods a Russian body holds ("Iranian-designed … used by Russia’s army")', () => {
    expect(brief(claims('Iranian-designed drones were used by Russia’s army near Kharkiv, officials said.')[0])).toEqual({
      supplier: ['iran'],
      recipient: 'russia',
      goods: 'uavs',
      certainty: 'asserted',
      claimant: 'officials',
    });
    expect(claims('U.S.-origin microchips ended up in Russian missiles.').map((c) => c.supplier)).toEqual([['united-states']]);
  });

  it('takes the country named after the goods with "from" as the supplier ("tools from China keep reaching Russian plants")', () => {
    expect(brief(claims('Machine tools from Turkey keep reaching Russian arms plants.')[0])).toMatchObject({
      supplier: ['turkey'],
      recipient: 'russia',
      goods: 'machine-tools',
    });
  });

  it('reads the Kremlin as Russia on the receiving side', () => {
    expect(brief(claims('Belarusian middlemen ferried thermal imaging cameras to the Kremlin.')[0])).toMatchObject({
      supplier: ['Belarusian middlemen'],
      recipient: 'russia',
      goods: 'thermal-imagers',
    });
  });

  it('reads hauliers, like other plural nouns of trade, as a supplier', () => {
    expect(claims('Kyrgyz hauliers moved ball bearings on to Russia’s defence industry.').map((c) => c.supplier)).toEqual([
      ['Kyrgyz hauliers'],
    ]);
  });
});

describe('clauses the fallback leaves without a claim', () => {
  it('drafts nothing for goods of an origin compound used against Russia, forecast, or sold to no Russian body', () => {
    expect(claims('Chinese-made drones were used against Russian forces.')).toEqual([]);
    expect(claims('Chinese-made machine tools could soon be sold to Russian plants.')).toEqual([]);
    expect(claims('Chinese-made drones were used by Ukrainian forces in Kharkiv.')).toEqual([]);
  });

  it('drafts nothing for goods sent to Ukraine or by Russia', () => {
    expect(claims('Poland airlifted ammunition into Ukraine last week.')).toEqual([]);
    expect(claims('Russia trucked fertiliser into Kazakhstan.')).toEqual([]);
  });

  it('drafts nothing for a forecast or a question', () => {
    expect(claims('Kazakh firms could soon truck machine tools into Russia.')).toEqual([]);
    expect(claims('Have Kazakh firms trucked machine tools into Russia?')).toEqual([]);
  });

  it('leaves a clause with a figure to the statistics', () => {
    expect(claims('Kazakh firms trucked machine tools worth $40 million into Russia.')).toEqual([]);
  });

  it('reads no noun as a verb ("Kazakhstan’s haulage of machine tools into Russia")', () => {
    expect(claims('Kazakhstan’s haulage of machine tools into Russia is a concern in Brussels.')).toEqual([]);
  });

  it('drafts nothing where a verb of the lexicon was set aside by the rules ("if Iran had delivered")', () => {
    expect(claims('There would be consequences if Iran had delivered ballistic missiles to Moscow.')).toEqual([]);
  });

  it('drafts nothing for sanctions on a firm that name no goods sent', () => {
    expect(claims('Brussels imposed sanctions on Kazakh firms trading with Russia.')).toEqual([]);
  });
});
