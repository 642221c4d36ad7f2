/**
 * Session 9's goods words (pipeline/read/goods.ts): one test per family of forms the lexicon was
 * broadened with, each read through the whole reader on a sentence written for the test (not one
 * of the dev texts): a statistic's product or a claim's goods.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
/** The product of the one statistic in "Russia's imports of GOODS from China reached $5 million in 2023." */
const productOf = (goods: string): string | null | undefined =>
  readText(`Russia's imports of ${goods} from China reached $5 million in 2023.`, lexicon).observations[0]?.product;
const goodsOf = (text: string): (string | null)[] => readText(text, lexicon).claims.map((c) => c.goods);

describe('goods words', () => {
  it('reads the abbreviations of official texts and the trade press as their goods', () => {
    expect(['ICs', 'FPGAs', 'UAS', 'GNSS receivers'].map(productOf)).toEqual([
      'microelectronics',
      'microelectronics',
      'uavs',
      'navigation-equipment',
    ]);
  });

  it('reads the HS headings’ own wording as their goods', () => {
    expect(
      ['electronic integrated circuits', 'ball or roller bearings', 'cellulose nitrates', 'machine tools for working metal'].map(productOf),
    ).toEqual(['microelectronics', 'ball-bearings', 'nitrocellulose', 'machine-tools']);
  });

  it('reads kinds of discrete semiconductor devices as semiconductors, not microelectronics', () => {
    expect(['transistors', 'thyristors', 'semiconductor devices'].map(productOf)).toEqual([
      'semiconductors',
      'semiconductors',
      'semiconductors',
    ]);
  });

  it('reads hyphenated and unhyphenated spellings alike', () => {
    expect(['common high-priority items', 'CNC machine-tools', 'metal-working machinery', 'turbojets'].map(productOf)).toEqual([
      'high-priority-items',
      'machine-tools',
      'machine-tools',
      'turbojet-engines',
    ]);
  });

  it('reads a compound naming an engine for drones as UAV engines, not drones', () => {
    expect(['UAV motors', 'drone motors', 'engines for drones'].map(productOf)).toEqual(['uav-engines', 'uav-engines', 'uav-engines']);
  });

  it('reads sights and scopes by what they see with: thermal ones as thermal imagers, telescopic ones as military optics', () => {
    expect(['thermal imaging scopes', 'infrared cameras', 'telescopic sights', 'periscopes'].map(productOf)).toEqual([
      'thermal-imagers',
      'thermal-imagers',
      'military-optics',
      'military-optics',
    ]);
  });

  it('reads loitering munitions as drones, and projectiles and mortar rounds as ammunition', () => {
    expect(goodsOf('Iran has supplied Russia with loitering munitions, the agency said.')).toEqual(['uavs']);
    expect(goodsOf('North Korea has sent Russia artillery projectiles and mortar rounds, the agency said.')).toEqual(['ammunition']);
  });

  it('reads the general words for weapons as arms', () => {
    expect(goodsOf('Belarus has provided Russia with military hardware, the agency said.')).toEqual(['arms']);
    expect(goodsOf('Belarus has provided Russia with armaments, the agency said.')).toEqual(['arms']);
  });

  it('still reads a generic word or a component of goods the vocabulary lacks as no product', () => {
    expect(['components', 'equipment', 'missile components'].map(productOf)).toEqual([null, null, null]);
  });
});
