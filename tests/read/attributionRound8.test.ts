/**
 * Rules of session 8's attribution round (docs/reading-history.md "Session 8: attribution round"):
 * who a statistic is attributed to and who claims a supply, read on small texts written for the
 * test (not the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const attributions = (text: string) => readText(text, lexicon).observations.map((o) => o.attributed_to);
const claimants = (text: string) => readText(text, lexicon).claims.map((c) => c.claimant);

describe('a pronoun speaker', () => {
  it('stands for a name in apposition to the subject of the sentence before ("She said …")', () => {
    const text =
      "Britain's trade envoy, Sarah Malik, has visited Bishkek in May. She said on Monday that Russia's imports of machine tools from China reached $2 billion in 2023.";
    expect(attributions(text)).toEqual(['Sarah Malik']);
  });

  it('stands for "The investigators" when the sentence before names them as its subject (", they found,")', () => {
    const text =
      'The investigators examined drones recovered in Ukraine. Russia buys engines and cameras from Chinese suppliers, they found, while chips came through Hong Kong.';
    expect(claimants(text)[0]).toBe('The investigators');
  });

  it('is left unresolved when the subject before cannot speak', () => {
    const text =
      'Trade with Russia grew quickly last year. It said exports of machine tools from China to Russia reached $2 billion in 2023.';
    expect(attributions(text)).toEqual([null]);
  });

  it('does not reach across a paragraph break to find its subject', () => {
    const text =
      "Britain's trade envoy, Sarah Malik, has visited Bishkek in May.\n\nShe said that Russia's imports of machine tools from China reached $2 billion in 2023.";
    expect(attributions(text)).toEqual([null]);
  });
});

describe('a source as the subject', () => {
  it('reads "Figures compiled by X put … at" as X\'s figures', () => {
    const text =
      "Figures compiled by the Kyiv School of Economics put Russia's imports of semiconductors from China at $2.3 billion in 2023.";
    expect(attributions(text)).toEqual(['Figures compiled by the Kyiv School of Economics']);
  });

  it('reads "This working paper, published by X, follows …" and "The paper also documents …" as the paper\'s claims', () => {
    const text =
      'This working paper, published by the Baltic Research Group, follows shipments of ball bearings from China to Russia.\n\nThe paper also documents deliveries of machine tools from China to Russian arms plants.';
    expect(claimants(text)).toEqual(['This working paper', 'The paper']);
  });
});

describe('the claimant', () => {
  it('is the sanctioning body after a dateline without a year ("WASHINGTON, June 12 — The Treasury Department on Wednesday sanctioned")', () => {
    const text =
      'WASHINGTON, June 12 — The Treasury Department on Wednesday sanctioned nine companies in China for supplying Russia with machine tools.';
    expect(claimants(text)).toEqual(['The Treasury Department']);
  });

  it('of a sentence opening on "But" after a denial is the author, not the denier', () => {
    const text =
      'By Anna Kowalski\n\nAstana insists that it has not supplied any weapons to Russia. But its traders ship ball bearings to Russian arms plants.';
    expect(claimants(text).at(-1)).toBe('Anna Kowalski');
  });
});

describe('reports no one owns', () => {
  it('claim what they report after a preposition or a verb of dismissal ("Asked about reports that …")', () => {
    const text =
      'Asked about reports that Belarus had delivered artillery shells to the Russian army, the minister said he would not comment on rumours.';
    expect(claimants(text)).toEqual(['reports']);
  });

  it('are no claimant of a verb "reports" with a subject ("The agency reports that …")', () => {
    const text = 'The agency reports that Belarus delivered artillery shells to the Russian army.';
    expect(claimants(text)).toEqual(['The agency']);
  });
});

describe('a speaker reported by another', () => {
  it('claims the clause it introduces ("The group notes that Chinese officials deny that …")', () => {
    const text = 'The group notes that Chinese officials deny that any Chinese company supplies drones to Russia.';
    expect(claimants(text)).toEqual(['Chinese officials']);
  });

  it('claims after "quoted X as saying that"', () => {
    const text =
      'Minsk has denied any arms trade. State media quoted a defence ministry official as saying that Belarus has never exported shells to Russia.';
    expect(claimants(text).at(-1)).toBe('a defence ministry official');
  });

  it('is not read when the reported clause has no verb of saying before it', () => {
    const text = 'The group notes that Chinese companies supply drones to Russia.';
    expect(claimants(text)).toEqual(['The group']);
  });
});

describe('less common source cues', () => {
  const figure = "Russia's imports of machine tools from China reached $2 billion in 2023";

  it('reads "as reported by X" as X, not "as"', () => {
    expect(attributions(`${figure}, as reported by Kommersant.`)).toEqual(['Kommersant']);
  });

  it('reads "based on X data" and "per X data", before or after the figure', () => {
    expect(attributions(`${figure}, based on Chinese customs data.`)).toEqual(['Chinese customs data']);
    expect(attributions(`Based on Chinese customs data, ${figure[0]!.toLowerCase()}${figure.slice(1)}.`)).toEqual(['Chinese customs data']);
    expect(attributions(`${figure}, per Chinese customs data.`)).toEqual(['Chinese customs data']);
  });

  it('reads the subject of "puts … at" a figure, but not a demonstrative ("That put …")', () => {
    expect(
      attributions("The Kyiv School of Economics' latest tracker puts Russia's imports of machine tools from China at $2 billion in 2023."),
    ).toEqual(["The Kyiv School of Economics' latest tracker"]);
    expect(attributions("That put China's share of Russia's machine tool imports at 75% in 2023.")).toEqual([null]);
  });

  it('ends "according to X" before a relative clause describing X', () => {
    expect(
      attributions(`According to a senior U.S. official who briefed reporters, ${figure[0]!.toLowerCase()}${figure.slice(1)}.`),
    ).toEqual(['a senior U.S. official']);
  });
});
