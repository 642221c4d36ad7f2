/**
 * The cue reading (pipeline/read/cueReading.ts) answers "no such word here" exactly: wherever a
 * family's bit is off, the regular expression written with the same words finds nothing, in the
 * text and in each sentence's own text; and a family's starts are where that regex's matches start.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueFamily, readCues, type CueWord } from '../../pipeline/read/cueReading.js';
import { sentenceSpans } from '../../pipeline/read/sentences.js';
import { ROOT } from './score.js';

/** A family and the regex a rule would write with its words (`\b`, and `\b` after a whole word). */
function family(words: readonly CueWord[]): { bit: number; re: RegExp } {
  const alternatives = words.map((w) => (w.prefix ? w.word : `${w.word}\\b`));
  const caseSensitive = words.every((w) => w.caseSensitive);
  if (!caseSensitive && words.some((w) => w.caseSensitive)) throw new Error('one case for a test family');
  return { bit: cueFamily(words), re: new RegExp(String.raw`\b(?:${alternatives.join('|')})`, caseSensitive ? 'g' : 'gi') };
}

const starts = (re: RegExp, text: string): number[] => [...text.matchAll(re)].map((m) => m.index);

const WHOLE_ANY_CASE = family(['denied', 'co', 'working'].map((word) => ({ word })));
const PREFIX_AS_WRITTEN = family(['contribut', 'help', 'found'].map((word) => ({ word, prefix: true, caseSensitive: true })));
const WHOLE_AS_WRITTEN = family(['Russia', 'Russian', 'Moscow'].map((word) => ({ word, caseSensitive: true })));
const FAMILIES = [WHOLE_ANY_CASE, PREFIX_AS_WRITTEN, WHOLE_AS_WRITTEN];

/** Every family's bit and starts against its regex, on the text and on each sentence's own text. */
function agrees(text: string): void {
  const spans = sentenceSpans(text);
  const cues = readCues(text, spans);
  for (const { bit, re } of FAMILIES) {
    expect(cues.starts(bit)).toEqual(starts(re, text));
    expect((cues.text & bit) !== 0).toBe(starts(re, text).length > 0);
    spans.forEach((span, s) => {
      // A bit may say "maybe" where a word runs past the sentence's end; never "no" where the regex finds one.
      if ((cues.sentences[s]! & bit) === 0) expect(starts(re, text.slice(span.start, span.end))).toEqual([]);
    });
  }
}

describe('the cue reading of a text', () => {
  it('finds a whole word in any case, and not inside a longer word', () => {
    const text = 'Tehran DENIED the reports. The co-production of drones is working. Officials deny coworkers denied_it.';
    const cues = readCues(text, sentenceSpans(text));
    expect(cues.starts(WHOLE_ANY_CASE.bit)).toEqual([7, 31, 58]);
    expect([...cues.sentences].map((b) => (b & WHOLE_ANY_CASE.bit) !== 0)).toEqual([true, true, false]);
    agrees(text);
  });

  it('finds the letters a word opens with only as written', () => {
    const text = 'Beijing contributes to the war. Help came through Hong Kong. Its foundries helped, Contributing nothing.';
    const cues = readCues(text, sentenceSpans(text));
    expect(cues.starts(PREFIX_AS_WRITTEN.bit)).toEqual([8, 65, 75]);
    expect([...cues.sentences].map((b) => (b & PREFIX_AS_WRITTEN.bit) !== 0)).toEqual([true, false, true]);
    agrees(text);
  });

  it('reads words beside letters no \\w holds as a regex does: after an accented letter, not after a digit or "_"', () => {
    const text = 'Ésthe Russia_trade, 2Moscow and éMoscow; Russian-made parts. RUSSIA is not Russia as written? Moscow.';
    expect(readCues(text, sentenceSpans(text)).starts(WHOLE_AS_WRITTEN.bit)).toEqual([33, 41, 75, 94]);
    agrees(text);
  });

  it('says nothing is there in a text without the words, and counts words before the first sentence in it', () => {
    const text = '  denied. Nothing here supports a claim.';
    const cues = readCues(text, sentenceSpans(text));
    expect(cues.text & PREFIX_AS_WRITTEN.bit).toBe(0);
    expect(cues.sentences[0]! & WHOLE_ANY_CASE.bit).not.toBe(0);
    agrees(text);
  });

  it('agrees with the regexes on the dev texts and the curated sources', () => {
    const dirs = [join(ROOT, 'tests/read/devset/dev'), join(ROOT, 'raw/sources')];
    const texts = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(d, f), 'utf8')),
    );
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) agrees(t);
  });
});
