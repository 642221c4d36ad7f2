/**
 * Rules of session 14's claims round (docs/reading-history.md "Session 14: claims15"), each read on
 * sentences written for the test, and on sentences the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const goods = (cs: readonly ReadClaim[]) => cs.map((c) => c.goods);

describe('a supply carried by its figure is a statistic only (curation.md, session 14)', () => {
  it('drafts no claim beside a count, a volume or a value the supplier sent', () => {
    for (const t of [
      'Belarusian traders shipped more than 900 tonnes of gunpowder to Russia in 2024, customs data show.',
      'Kazakh firms sent 1,200 shipments of drone parts to Russian buyers in 2024.',
      'Belarus supplied Russia with lathes worth $40 million in 2023, the ministry said.',
    ]) {
      const r = read(t);
      expect(r.observations).toHaveLength(1);
      expect(r.claims).toEqual([]);
    }
  });

  it('keeps the claim for goods the figure does not measure', () => {
    const r = read('Belarus has transferred ballistic missiles and more than 300 containers of munitions to Russia since May.');
    expect(r.observations.map((o) => o.product)).toEqual(['ammunition']);
    expect(goods(r.claims)).toEqual(['missiles']);
  });

  it('keeps a claim stated in a clause of its own beside the figure', () => {
    const r = read('Belarus supplies Russia with ball bearings, and its exports of ball bearings to Russia doubled in 2024.');
    expect(r.observations).toHaveLength(1);
    expect(goods(r.claims)).toEqual(['ball-bearings']);
  });

  it('keeps the claim of a named company, whose shipments no country’s figure measures', () => {
    const r = read('Orion Precision Tools shipped $8 million of machine tools to Russia in 2024.');
    expect(r.claims.map((c) => c.supplier)).toEqual([['Orion Precision Tools']]);
  });

  it('keeps the claim beside an amount in words, no number ("hundreds of drones")', () => {
    expect(goods(read('Belarus has sent Russia hundreds of drones, officials said.').claims)).toEqual(['uavs']);
  });
});

describe('the author an opening credit line names claims what no sentence attributes', () => {
  const claimant = (head: string) =>
    read(`Drone supply chains\n\n${head}\n\nKazakh resellers have supplied Russia with drone engines.\n`).claims.map((c) => c.claimant);

  it('reads "<what the text is> by <Name>" with a date, a comma or nothing after', () => {
    expect(claimant('*Commentary by the Baltic Trade Institute, 4 May 2025*')).toEqual(['the Baltic Trade Institute']);
    expect(claimant('Summary of a study by the Caspian Trade Observatory, published 2 June 2025')).toEqual([
      'the Caspian Trade Observatory',
    ]);
    expect(claimant('Answered by Lord Ashby on 3 March 2026')).toEqual(['Lord Ashby']);
  });

  it('reads a header whose fields a bar or a spaced dash separates', () => {
    expect(claimant('Research brief | Caspian Trade Observatory | 2 June 2025')).toEqual(['Caspian Trade Observatory']);
    expect(claimant('Steppe Trade Monitor - Customs data review')).toEqual(['Steppe Trade Monitor']);
  });

  it('reads a header field that is a verb of saying as a noun ("Research note"), not as a speaker', () => {
    expect(claimant('Research note | Caspian Trade Observatory | 2 June 2025')).toEqual(['Caspian Trade Observatory']);
    expect(claimant('Caspian Trade Observatory | Policy note | 2 June 2025')).toEqual(['Caspian Trade Observatory']);
  });

  it('still reads "note" in a sentence as a verb of saying', () => {
    const r = read(
      'Research note | Caspian Trade Observatory\n\nAnalysts note that Kazakh resellers have supplied Russia with drone engines.\n',
    );
    expect(r.claims.map((c) => c.claimant)).toEqual(['Analysts']);
  });

  it('takes no questioner, no headline and no country for the author', () => {
    expect(claimant('Asked by Baroness Whitley')).toEqual([null]);
    expect(claimant('Kazakhstan - Russia Trade in Review')).toEqual([null]);
    expect(claimant('United Kingdom - trade review')).toEqual([null]);
  });

  it('gives the figures no attribution: a text’s own figures are credited to no one', () => {
    const r = read(
      'Drone supply chains\n\nResearch brief | Caspian Trade Observatory | 2 June 2025\n\nKazakhstan exported $40 million of drone engines to Russia in 2024.\n',
    );
    expect(r.observations.map((o) => o.attributed_to)).toEqual([null]);
  });
});

describe('the speaker of a sentence before is carried only when the words name one', () => {
  const claimant = (before: string) =>
    read(`Weekly review\n\n${before} Armenian resellers have shipped drone engines to Russia.\n`).claims.map((c) => c.claimant);

  it('carries a named speaker on to the next sentence', () => {
    expect(claimant('Kazakh officials say the trade is lawful.')).toEqual(['Kazakh officials']);
  });

  it('carries no clause or possessive read as a speaker', () => {
    expect(claimant('Trade with Armenia matters more for Russia than the totals suggest.')).toEqual([null]);
    expect(claimant('The Government does not comment on intelligence.')).toEqual([null]);
  });
});

describe('a supply a prohibition forbids is no claim', () => {
  it('drafts no claim for the supply verb a prohibition takes as its object', () => {
    for (const t of [
      'The resolutions prohibit Member States from receiving any arms or related materiel from Belarus.',
      'The new law bars domestic firms from supplying drone engines to Russia.',
      'Export rules prevent Kazakh traders from directly shipping machine tools to Russia.',
    ])
      expect(read(t).claims).toEqual([]);
  });

  it('still drafts the claim when no prohibition governs the verb', () => {
    const r = read('Despite the ban, Kazakh traders have supplied drone engines to Russia.');
    expect(goods(r.claims)).toEqual(['uav-engines']);
  });
});
