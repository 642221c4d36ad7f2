/**
 * The reader given what a text's sidecar says (pipeline/read/sourceContext.ts; docs/curation.md,
 * "Conventions settled in session 12"): the speaker a title names, "since X" closed at the
 * month of publication, and a trade figure naming no goods put in the annotation's terms — each
 * on texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { annotationProduct, buildLexicon, readText, sourceContextOf } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { closedAtPublication, titleSpeaker } from '../../pipeline/read/sourceContext.js';
import { diskFS, memoryFS } from '../../pipeline/core/fs.js';
import { sidecarContext } from '../../pipeline/review/sidecarContext.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));

describe('the speaker a sidecar’s title names', () => {
  it('reads the name after “Remarks by” without the titles before it or the office after it', () => {
    expect(
      titleSpeaker({ title: 'Remarks by Ambassador Jane Q. Doe, Deputy Representative, at a Security Council Briefing' })?.phrase,
    ).toBe('Jane Q. Doe');
    expect(titleSpeaker({ title: 'Statement by Minister of Trade Alan Smithee at the Council' })?.phrase).toBe('Alan Smithee');
  });

  it('reads no person from a title naming an office or no speaker', () => {
    expect(titleSpeaker({ title: 'Statement by the Spokesperson on export controls' })).toBeUndefined();
    expect(titleSpeaker({ title: 'Russia buys shells abroad: statement at the Security Council' })).toBeUndefined();
    expect(titleSpeaker(undefined)).toBeUndefined();
  });

  it('gives a speech that never names its speaker its figures’ attribution and its claims’ claimant', () => {
    const text = 'Thank you, Madam President.\n\nWe assess that Freedonia has sent Russia more than 4,000 containers of munitions.\n';
    const plain = readText(text, lexicon);
    const given = readText(text, lexicon, undefined, { title: 'Remarks by Ambassador Jane Doe at a Security Council Briefing' });
    expect(plain.observations[0]?.attributed_to ?? null).toBeNull();
    expect(given.observations[0]?.attributed_to).toBe('Jane Doe');
  });

  it('leaves a speaker the text names to the text', () => {
    const text = 'Remarks by Ambassador John Roe\n\nRussia has bought 300 drones from Freedonia, we assess.\n';
    const r = readText(text, lexicon, undefined, { title: 'Remarks by Ambassador Jane Doe' });
    expect(r.observations[0]?.attributed_to).toBe('John Roe');
  });
});

describe('“since X” closed at the month of publication', () => {
  it('closes an open end at the published month, a year’s start at its January', () => {
    expect(closedAtPublication('2022-02/..', { published: '2024-04-11' })).toBe('2022-02/2024-04');
    expect(closedAtPublication('2023/..', { published: '2024-04-11' })).toBe('2023-01/2024-04');
  });

  it('leaves a period open without a date, closed periods, and a date before the start', () => {
    expect(closedAtPublication('2022-02/..', {})).toBe('2022-02/..');
    expect(closedAtPublication('2022-02/..', undefined)).toBe('2022-02/..');
    expect(closedAtPublication('2023-Q4', { published: '2024-04-11' })).toBe('2023-Q4');
    expect(closedAtPublication('2025-02/..', { published: '2024-04-11' })).toBe('2025-02/..');
  });

  it('reads a figure “since the invasion” up to the month its sidecar gives', () => {
    const text = 'Russia has received more than 900 drones from Freedonia since the invasion.\n';
    expect(readText(text, lexicon).observations[0]?.period).toBe('2022-02/..');
    const r = readText(text, lexicon, undefined, { published: '2023-10-02' });
    expect(r.observations[0]?.period).toBe('2022-02/2023-10');
    expect(r.observations[0]?.evidence.period?.rule).toMatch(/month of publication/);
  });
});

describe('a sidecar read into a source context', () => {
  it('takes the published date, else the inferred one, and drops fields that are no text', () => {
    expect(sourceContextOf({ title: 'T', publisher: 'P', published: null, published_inferred: '2024-04-11' })).toEqual({
      title: 'T',
      publisher: 'P',
      published: '2024-04-11',
    });
    expect(sourceContextOf({ title: 3, published: 'soon' })).toEqual({ title: null, publisher: null, published: null });
    expect(sourceContextOf(null)).toBeUndefined();
  });

  it('finds X.source.yaml beside X.txt, and nothing where there is none', () => {
    const enc = new TextEncoder();
    const fs = memoryFS({
      'texts/a.txt': enc.encode('x'),
      'texts/a.source.yaml': enc.encode('title: "Remarks by Ambassador Jane Doe"\npublished: "2024-05-01"\n'),
    });
    expect(sidecarContext(fs, 'texts/a.txt')).toMatchObject({ title: 'Remarks by Ambassador Jane Doe', published: '2024-05-01' });
    expect(sidecarContext(fs, 'texts/b.txt')).toBeUndefined();
  });
});

describe('a trade figure in the annotation’s terms', () => {
  it('gives a value, share or change of trade naming no goods the whole of trade', () => {
    expect(annotationProduct({ product: null, product_label: null, flow: 'trade', measure: 'share' })).toBe('all-goods');
    expect(annotationProduct({ product: null, product_label: null, flow: 'export', measure: 'growth' })).toBe('all-goods');
  });

  it('keeps named goods, goods the vocabulary lacks, supplies and counts as read', () => {
    expect(annotationProduct({ product: 'uavs', product_label: 'drones', flow: 'import', measure: 'level' })).toBe('uavs');
    expect(annotationProduct({ product: null, product_label: 'bicycles', flow: 'import', measure: 'level' })).toBeNull();
    expect(annotationProduct({ product: null, product_label: null, flow: 'supply', measure: 'level' })).toBeNull();
    expect(annotationProduct({ product: null, product_label: null, flow: 'export', measure: 'count' })).toBeNull();
  });

  it('reads “total trade” with no product, and proposes all-goods for it', () => {
    const o = readText('Trade between Russia and Freedonia reached $12 billion in 2023.\n', lexicon).observations[0]!;
    expect(o.product).toBeNull();
    expect(annotationProduct(o)).toBe('all-goods');
  });
});
