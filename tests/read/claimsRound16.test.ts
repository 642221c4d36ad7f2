/**
 * Rules of session 15's claims round (docs/reading-history.md "Session 15: claims16"), each read on
 * sentences written for the test, and on sentences the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const claimants = (cs: readonly ReadClaim[]) => cs.map((c) => c.claimant);
const recipients = (cs: readonly ReadClaim[]) => cs.map((c) => c.recipient);
const goods = (t: string) => read(t).claims.map((c) => c.goods);

describe('who speaks in a sentence', () => {
  it('takes the name an apposition "one of …" describes', () => {
    const r = read(
      'Ruth Aldana, one of 12 senators backing a bill on Kyrgyz banks, said that Kyrgyz traders are shipping drone engines to Russia.',
    );
    expect(claimants(r.claims)).toEqual(['Ruth Aldana']);
  });

  it('reads "found in" after a noun as where things were found, a body’s "found in its analysis" as saying', () => {
    const r = read('Serbian distributors supplied most of the chips found in Russian cruise missiles.');
    expect(claimants(r.claims)).toEqual([null]);
    const said = read(
      'Serbia exported $40 million of drone engines to Russia in 2024, the Balkan Trade Institute found in its analysis of customs data.',
    );
    expect(said.observations.map((o) => o.attributed_to)).toEqual(['the Balkan Trade Institute']);
  });

  it('reads the speaker of a paragraph introduced by "Minister for X Name said:" as the name', () => {
    const r = read(
      'Press release\n\nMinister for Trade Policy Anna Berg said:\n\n"Sanctions work. Armenian resellers are shipping drone engines to Russia."\n',
    );
    expect(claimants(r.claims)).toEqual(['Anna Berg']);
    // An office with no name after it stays whole.
    const office = read(
      'Press release\n\nThe Minister for Trade Policy said:\n\n"Armenian resellers are shipping drone engines to Russia."\n',
    );
    expect(claimants(office.claims)).toEqual(['The Minister for Trade Policy']);
  });
});

describe('the recipient named by where the goods go', () => {
  it('reads a place in Russia after "to" as Russia', () => {
    expect(recipients(read('A Latvian firm attempted to send machine tools to a Kaliningrad defence plant.').claims)).toEqual(['russia']);
    expect(recipients(read('Orion Trade shipped drone engines to a drone factory in Izhevsk.').claims)).toEqual(['russia']);
  });

  it('reads no place in Russia that the goods do not go to', () => {
    expect(recipients(read('Orion Trade, a firm based in Omsk, has shipped drone engines to buyers abroad.').claims)).toEqual([null]);
  });

  it('reads the country that launches the drones the parts are for', () => {
    expect(
      recipients(read('Serbian companies supply most of the parts for the attack drones that Russia launches at Ukrainian cities.').claims),
    ).toEqual(['russia']);
  });
});

describe('the goods a part noun names with the goods it is part of', () => {
  it('reads "the parts for the <model> attack drones" as drone parts', () => {
    expect(goods('Serbian firms supply most of the parts for the Orlan attack drones to Russia.')).toEqual(['uav-components']);
    expect(goods('Serbian firms supply components for its drones to Russia.')).toEqual(['uav-components']);
  });

  it('keeps "components for Russian missiles" an end use, no goods', () => {
    expect(goods('Serbian firms supplied components for Russian missiles.')).toEqual([null]);
  });
});
