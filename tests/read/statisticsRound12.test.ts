/**
 * Rules of session 12's statistics round (docs/reading-history.md "Session 12: drone parts and
 * numbered headings"), each read on a small text written for the test (not one of the dev texts
 * or curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const observations = (text: string): ReadObservation[] => readText(text, lexicon).observations;
const field = <K extends keyof ReadObservation>(text: string, k: K) => observations(text).map((o) => o[k]);
const goodsOf = (text: string): (string | null)[] => readText(text, lexicon).claims.map((c) => c.goods);

describe('parts of drones apart from whole drones', () => {
  it('reads the parts of drones, in every wording, as uav-components', () => {
    const products = ['drone parts', 'drone components', 'UAV parts', 'parts for unmanned aerial vehicles'].map(
      (g) => field(`Georgia's imports of ${g} from China reached $7 million in 2023.`, 'product')[0],
    );
    expect(products).toEqual(['uav-components', 'uav-components', 'uav-components', 'uav-components']);
  });

  it('keeps whole drones and drone engines as their own goods', () => {
    const products = ['quadcopters', 'drone engines'].map(
      (g) => field(`Georgia's imports of ${g} from China reached $7 million in 2023.`, 'product')[0],
    );
    expect(products).toEqual(['uavs', 'uav-engines']);
  });

  it('reads drones named with their parts as the one category of both', () => {
    expect(field('Armenia’s exports of drones and drone parts to Russia came to $9 million in 2024.', 'product')).toEqual([
      'drones-and-drone-components',
    ]);
  });

  it('reads a claim of supplying drone parts as uav-components', () => {
    expect(goodsOf('Two trading firms in Almaty have sold drone parts to Russian arms makers, the ministry said.')).toEqual([
      'uav-components',
    ]);
  });
});
