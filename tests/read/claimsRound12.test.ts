/**
 * Rules of session 11's second claims round (docs/reading-history.md "Session 11: second claims
 * round"): goods that arrive with no supply verb, a second conjunct of "turned to", a quotation
 * mark between a subject and its verb, and the speaker lines that decide claimants — each read on
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const claims = (text: string): ReadClaim[] => read(text).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('goods arriving with no supply verb', () => {
  it('reads goods “turning up in” Russia as supplied by their origin', () => {
    expect(brief(claims('Investigators say Iranian components keep turning up in Russia.')[0])).toMatchObject({
      supplier: ['iran'],
      recipient: 'russia',
    });
  });

  it('reads goods “making their way to” Russia, the origin a demonym or “-made”', () => {
    expect(brief(claims('Turkish machine tools are still making their way to Russia, the report says.')[0])).toMatchObject({
      supplier: ['turkey'],
      recipient: 'russia',
      goods: 'machine-tools',
    });
    expect(claims('Chinese-made chips ended up in Russian cruise missiles.')[0]?.supplier).toEqual(['china']);
  });

  it('reads no claim for goods arriving in a country other than Russia', () => {
    expect(claims('Chinese drones have turned up in Ukraine.')).toEqual([]);
  });

  it('reads materials “moving from” a country to Russia', () => {
    expect(brief(claims('Officials said electronics are moving from China to Russia through Kazakhstan.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
    });
  });
});

describe('a second conjunct of “turned to”', () => {
  it('reads “…, and to X for goods” as a second supply to the first conjunct’s subject', () => {
    const found = claims('Russia has turned to Iran for drones, and to North Korea for artillery shells.');
    expect(found.map((c) => [c.supplier, c.recipient, c.goods])).toEqual([
      [['iran'], 'russia', 'uavs'],
      [['north-korea'], 'russia', 'ammunition'],
    ]);
  });

  it('reads no second claim for an “and to” after another verb', () => {
    const found = claims('Iran supplied drones to Russia and to militias in the region for years.');
    expect(found.every((c) => c.supplier[0] === 'iran')).toBe(true);
  });
});

describe('a quotation mark between a subject and its verb', () => {
  it('reads the subject before the mark as the supplier of the quoted verb', () => {
    expect(brief(claims('An embassy spokesman said Beijing “has never supplied weapons to Russia”.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      certainty: 'denied',
    });
  });

  it('keeps the mark a break after a verb of saying', () => {
    expect(claims('The minister said “China has never sold weapons to Russia”.')[0]?.claimant).toBe('The minister');
  });
});

describe('speaker lines', () => {
  it('reads a titled name alone on the first line, over a venue line, as the speech’s speaker', () => {
    const r = read(
      'Ambassador Maria Delgado\nUN Security Council\nMarch 3, 2025\n\nThank you, Madam President.\n\nIran has sent Russia hundreds of drones.',
    );
    expect(r.claims[0]?.claimant).toBe('Maria Delgado');
  });

  it('reads a titled headline over a sentence as no speaker', () => {
    const r = read('President Ortega Signs Decree\n\nIran has sent Russia hundreds of drones.');
    expect(r.claims[0]?.claimant).toBeNull();
  });

  it('reads a debate record’s name lines as labels of the speeches below them', () => {
    const r = read(
      'Mrs Okafor\n\nI thank the Member for the question.\n\nTom Reyes (Eastfield) (Lab)\n\nWill she press the point?\n\nMrs Okafor\n\nYes. We know that Chinese components are turning up in Russia.',
    );
    expect(brief(r.claims[0])).toMatchObject({ supplier: ['china'], recipient: 'russia', claimant: 'Mrs Okafor' });
  });

  it('reads a single bracketed heading line as no label', () => {
    const r = read('Conflict Armament Research (CAR)\n\nIran has sent Russia hundreds of drones.');
    expect(r.claims[0]?.claimant ?? null).toBeNull();
  });

  it('reads a counterfactual clause as no speaker', () => {
    const r = read(
      'Who knows how many lives could have been spared if the President had concluded that peace was best. Iran has sent Russia hundreds of drones.',
    );
    expect(r.claims[0]?.claimant ?? null).toBeNull();
  });
});
