/**
 * Rules of session 10's official texts round (docs/reading-history.md "Session 10: official texts
 * round"): the claimant a release's header lines name, the designated party a description stands
 * for, a group placed in a country, a trade noun after a light verb, each read on a small text
 * written for the test (not one of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { publisherLines } from '../../pipeline/read/publisherLines.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const claimants = (text: string) => claims(text).map((c) => c.claimant);
const suppliers = (text: string) => claims(text).map((c) => c.supplier_names);

const LINE = 'Kazakh resellers have shipped ball bearings to Russian tank plants.';

describe('claimants a release’s header names', () => {
  it('gives the claims of a GOV.UK release to the body on its “From:” line, not to the minister after “and”', () => {
    expect(
      claimants(
        `Press release\n\nUK acts on suppliers\n\nFrom: Foreign, Commonwealth & Development Office and The Rt Hon Jane Roe MP\nPublished 3 March 2025\n\n${LINE}`,
      ),
    ).toEqual(['Foreign, Commonwealth & Development Office']);
  });

  it('keeps “and” inside a body’s name on a “From:” line', () => {
    expect(publisherLines('Notice\nFrom: Department for Energy Security and Net Zero\n\nText.')?.phrase).toBe(
      'Department for Energy Security and Net Zero',
    );
  });

  it('gives the claims under “Office of the Spokesperson” to the Department of State as the text names it', () => {
    expect(claimants(`Fact Sheet\n\nOffice of the Spokesperson\n\nThe Department of State acts today. ${LINE}`)).toEqual([
      'The Department of State',
    ]);
  });

  it('names the Department of State in full under “Office of the Spokesperson” when the text does not name it', () => {
    expect(claimants(`Press Statement\n\nOffice of the Spokesperson\nMay 1, 2025\n\n${LINE}`)).toEqual(['U.S. Department of State']);
  });

  it('gives a readout’s claims to the spokesperson it is attributable to, without the title', () => {
    expect(
      claimants(
        `Readout of a Meeting\n\nThe following is attributable to Deputy Spokesperson Jane Roe:\n\nThe two sides met today. ${LINE}`,
      ),
    ).toEqual(['Jane Roe']);
  });

  it('gives the claims under “Press release” to the body named alone on the next header line', () => {
    expect(claimants(`Press release\n\nCouncil of the European Union\n\n${LINE}`)).toEqual(['Council of the European Union']);
  });

  it('reads no claimant from a press office line or from a header that is prose', () => {
    expect(claimants(`FOR IMMEDIATE RELEASE\nOffice of Congressional and Public Affairs\n\n${LINE}`)).toEqual([null]);
    expect(
      publisherLines(`${'Many words stand in this opening line of prose that runs on and on '.repeat(3)}\nFrom: Foreign Office\n`),
    ).toBe(undefined);
  });

  it('leaves a sentence’s own speaker before the header’s body', () => {
    expect(
      claimants(`Press release\n\nFrom: Foreign, Commonwealth & Development Office\n\nThe UK said that ${LINE.toLowerCase()}`),
    ).toEqual(['The UK']);
  });
});

describe('the designated party a paragraph describes', () => {
  it('reads the name a copula describes as the supplier, not its description', () => {
    expect(
      suppliers(
        'Shenzhen Alpha Electronics Co., Ltd. (Alpha) is a PRC-based company that has supplied Russian defense firms with microelectronics.',
      ),
    ).toEqual([['Shenzhen Alpha Electronics Co., Ltd.']]);
  });

  it('keeps a description as the supplier when no name opens the sentence on a copula', () => {
    expect(suppliers('Officials said a PRC-based company has supplied Russian defense firms with microelectronics.')).toEqual([
      ['PRC-based company'],
    ]);
  });
});

describe('a group placed in a country', () => {
  it('reads the group a participle places in a country as the supplier, with its place', () => {
    expect(
      suppliers('Russian procurement networks operating in the PRC continue to acquire microelectronics for Russia’s weapons.'),
    ).toEqual([['Russian procurement networks operating in the PRC']]);
  });

  it('reads a country named alone as the supplier still', () => {
    expect(suppliers('The PRC continues to supply microelectronics to Russia.').flat()).toEqual(['PRC']);
  });
});

describe('a trade noun after a light verb', () => {
  it('reads the subject of “has made … shipments of” as the supplier of the goods shipped', () => {
    const [c] = claims('Since 2023, Gamma Trading Ltd. has made over 100 shipments of ball bearings to Russia.');
    expect([c?.supplier_names, c?.goods, c?.recipient]).toEqual([['Gamma Trading Ltd.'], 'ball-bearings', 'russia']);
  });

  it('reads a trade noun with no owner and no light verb as no claim', () => {
    expect(claims('Officials track shipments of ball bearings to Russia.')).toEqual([]);
  });
});

describe('a supply in a scheme its subject took part in', () => {
  it('reads who engaged in a scheme to ship as the supplier', () => {
    const [c] = claims('The Treasury said the entities engaged in a conspiracy to ship microelectronics to Russian end users.');
    expect([c?.supplier, c?.goods, c?.recipient]).toEqual([['entities'], 'microelectronics', 'russia']);
  });

  it('reads no scheme as a supplier', () => {
    const names = claims('A scheme to ship microelectronics to Russian end users was uncovered.').flatMap((c) => c.supplier_names);
    expect(names.filter((n) => /scheme/i.test(n))).toEqual([]);
  });
});

describe('goods spelled out', () => {
  it('reads “unmanned aerial vehicle engines” as UAV engines', () => {
    expect(claims('Delta Ltd. continued to supply unmanned aerial vehicle engines to Russian end users.').map((c) => c.goods)).toEqual([
      'uav-engines',
    ]);
  });
});
