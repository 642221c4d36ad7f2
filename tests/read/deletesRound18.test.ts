/**
 * Rules of session 17's deletes round (docs/reading-history.md "Session 17: deletes18"): kinds of
 * draft a curator deletes — figures that measure no supply of goods, supply words that state no
 * supply — each read on small texts written for the test (not one of the dev texts, the tuning or
 * validation sets or the curated sources), with a like sentence the reader still drafts.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const drafted = (text: string) => readText(text, lexicon).observations.map((o) => o.quote);
const leftAside = (text: string, quote: string) => readText(text, lexicon).ignored.find((i) => i.quote === quote)?.note;
const claimed = (text: string) => readText(text, lexicon).claims.map((c) => [c.supplier.join(', '), c.goods]);

describe('figures that measure no supply of goods are left aside', () => {
  it('leaves trade in services aside, and keeps the trade in goods beside it', () => {
    const text =
      'Finnish exports of goods to Russia fell by 31% in 2024, while exports of services to Russia dropped by 12% to €80 million.';
    expect(drafted(text)).toEqual(['31%']);
    expect(leftAside(text, '12%')).toBe('trade in services, not goods');
    expect(leftAside(text, '€80 million')).toBe('trade in services, not goods');
  });

  it('keeps a flow of goods and services together', () => {
    expect(drafted('Latvian exports of goods and services to Russia fell by 40% in 2023.')).toEqual(['40%']);
  });

  it('leaves aside a fine whose payer stands between the verb and the amount', () => {
    const text = 'Customs in Riga fined a Latvian trading company €450,000 over its exports of machine tools to Russia.';
    expect(drafted(text)).toEqual([]);
    expect(leftAside(text, '€450,000')).toBe('a fine: enforcement, not goods');
  });

  it('leaves aside fines said to amount to a sum, and a fine’s bound', () => {
    expect(
      drafted('Exports of drones to Russia are banned. Fines imposed on exporters to Russia this year amount to EUR 4.1 million.'),
    ).toEqual([]);
    expect(drafted('Shipping dual-use goods to Russia carries a fine of up to three times the value of the exports.')).toEqual([]);
  });

  it('leaves aside goods seized by their worth', () => {
    const text = 'Estonian customs seized exports of microchips worth €2.2 million bound for Russia.';
    expect(leftAside(text, '€2.2 million')).toBe('goods seized, by their worth: enforcement, not a supply');
  });

  it('leaves aside a share of payments and a fee, and keeps a share of imports', () => {
    expect(drafted('The rouble’s share of Russia’s import payments from China rose to 41% in May from 35% a year earlier.')).toEqual([]);
    expect(drafted('Payment agents in Armenia handle Russian imports from China and charge commissions of 2% to 4%.')).toEqual([]);
    expect(drafted('China’s share of Russia’s imports rose to 41% in May.')).toEqual(['41%']);
  });

  it('leaves aside a change of a price or a fee raised, whatever flow word it holds', () => {
    expect(drafted('The average unit price of Chinese excavators sold in Russia rose 11% in 2025.')).toEqual([]);
    expect(drafted('Russia raised its import fee on Chinese trucks by 30% in 2025.')).toEqual([]);
    expect(drafted('Russia’s imports of Chinese trucks rose 11% in 2025.')).toEqual(['11%']);
  });

  it('follows a trade balance past its first figure while no flow word comes between', () => {
    const text =
      'The Czech trade deficit with Russia which peaked at €3.1 billion in 2022 shrank to €0.4 billion in 2024. Czech exports to Russia fell to €0.9 billion in 2024.';
    expect(drafted(text)).toEqual(['€0.9 billion']);
  });

  it('leaves aside a rate of production, and keeps a supply per month', () => {
    expect(
      drafted('Russia is producing something like 90,000 shells a month, and a lot of the machines that make them came from China.'),
    ).toEqual([]);
    expect(drafted('Iran supplies Russia with around 200 Shahed drones a month.')).toEqual(['around 200']);
  });

  it('reads "a third country" as an ordinal, and "a third of" as a share', () => {
    const text =
      'Goods are first imported into a third country and then sent on to Russia. A third of Russia’s imports of chips came from Hong Kong.';
    expect(drafted(text)).toEqual(['A third']);
    expect(leftAside(text, 'a third')).toBe('an ordinal ("a third country"), not a share');
  });

  it('reads "a fifth straight month" as an ordinal', () => {
    expect(drafted('Turkey’s exports to Russia fell for a fifth straight month in May.')).toEqual([]);
  });

  it('reads an expectation as a forecast', () => {
    expect(drafted('Chinese exports to Russia fell 9%; analysts had expected a decline of about 4%.')).toEqual(['9%']);
  });

  it('reads a forecast whose verb the figure’s quote holds, and a base case', () => {
    expect(drafted('Turkey’s exports of machinery to Russia could exceed $4 billion in 2027.')).toEqual([]);
    expect(drafted('Our base case is that Russia’s imports from China fall to about $90 billion in 2027.')).toEqual([]);
    expect(drafted('Turkey’s exports of machinery to Russia exceeded $4 billion in 2025.')).toHaveLength(1);
  });
});

describe('supply words that state no supply make no claim', () => {
  it('reads no claim from a trade’s rise or fall, which its figures measure', () => {
    expect(claimed('Uzbekistan’s exports of machine tools to Russia soared in 2025.')).toEqual([]);
    expect(claimed('Serbia’s shipments of ball bearings to Russia have fallen sharply since the spring.')).toEqual([]);
  });

  it('still reads a trade noun that says no rise or fall', () => {
    expect(claimed('Officials condemned Belarusian shipments of ammunition to Russia.')).toEqual([['belarus', 'ammunition']]);
  });

  it('reads no claim from a transfer only possible', () => {
    expect(claimed('Officials warned against the possible transfer of North Korean missiles to Russia.')).toEqual([]);
    expect(claimed('Officials condemned the transfer of North Korean missiles to Russia.')).toEqual([['north-korea', 'missiles']]);
  });

  it('reads no claim from a market or money given, and one from goods given', () => {
    expect(claimed('Beijing provides Moscow with a reliable market for its oil and gas.')).toEqual([]);
    expect(claimed('Beijing provides Moscow with machine tools for its arms plants.')).toEqual([['china', 'machine-tools']]);
  });

  it('reads no claim from tacit support, and one from military support', () => {
    expect(claimed('Russia blocked the vote with China’s tacit support for Russia’s position.')).toEqual([]);
    expect(claimed('China’s military support for Russia’s war has grown.')).toEqual([['china', null]]);
  });

  it('reads no claim from support given to a measure', () => {
    expect(claimed("The Senate has supported sanctions against Russia for Moscow's attacks on Ukraine.")).toEqual([]);
  });
});
