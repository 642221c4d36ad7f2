/**
 * A sentence's own attribution is kept across texts by its words (pipeline/read/sentenceReadings.ts):
 * a sentence met again reads as it did when first met, placed where it stands, and what it needs
 * of its text beyond its words is read from the text it now stands in.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { findAttribution } from '../../pipeline/read/attribution.js';
import { findAttributionOnce, forgetSentenceReadings } from '../../pipeline/read/sentenceReadings.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const attributions = (text: string) => readText(text, lexicon).observations.map((o) => o.attributed_to);
const noLabel = () => undefined;

beforeEach(() => forgetSentenceReadings());

describe('a sentence met again', () => {
  it('gives its speaker at the offsets where it now stands', () => {
    const sentence = 'Exports of bearings to Russia rose 30% in 2023, the Kiel Institute said.';
    const first = `${sentence} Nothing else.`;
    const second = `A longer opening line stands before it here. ${sentence}`;
    const from = second.indexOf(sentence);
    expect(findAttributionOnce(first, 0, sentence.length, undefined, noLabel)).toEqual(
      findAttribution(first, 0, sentence.length, undefined, noLabel),
    );
    const again = findAttributionOnce(second, from, from + sentence.length, undefined, noLabel);
    expect(again).toEqual(findAttribution(second, from, from + sentence.length, undefined, noLabel));
    expect(second.slice(again!.start, again!.end)).toBe('the Kiel Institute');
  });

  it('resolves a pronoun speaker in the text it now stands in, not the first', () => {
    const said = 'She said that imports of machine tools from China by Russia reached $2 billion in 2023.';
    expect(attributions(`Britain's trade envoy, Sarah Malik, has visited Bishkek in May. ${said}`)).toEqual(['Sarah Malik']);
    expect(attributions(`Kazakhstan's trade envoy, Maria Lopez, has visited Astana in June. ${said}`)).toEqual(['Maria Lopez']);
    expect(attributions(`Trade with Russia grew quickly last year.\n\n${said}`)).toEqual([null]);
  });

  it('with no speaker of its own still takes its transcript label', () => {
    const sentence = 'Exports of drones to Russia rose 40% in 2024.';
    const text = `MS. SMITH: ${sentence}`;
    const from = text.indexOf(sentence);
    const label = (at: number) => (at === from ? { phrase: 'Ms. Smith', start: 0, end: 9, cue: 'speaker label' } : undefined);
    expect(findAttributionOnce(sentence, 0, sentence.length, undefined, noLabel)).toBeUndefined();
    expect(findAttributionOnce(text, from, from + sentence.length, undefined, label)?.phrase).toBe('Ms. Smith');
  });

  it('reads a text the same whether its sentences were met before or not', () => {
    const text =
      'Beijing has denied supplying weapons and says its trade with Moscow is normal commerce. ' +
      'Exports of ball bearings to Russia doubled in 2023 to $200 million, customs data show. ' +
      'They said the shipments continued.';
    const fresh = JSON.stringify(readText(text, lexicon));
    expect(JSON.stringify(readText(text, lexicon))).toBe(fresh);
    expect(JSON.stringify(readText(`Officials spoke on Monday.\n\n${text}`, lexicon).claims.length)).toBe('1');
  });
});
