/**
 * A text with Markdown is drafted from the reading `read FILE` and validate's review give it: the
 * reader's own extraction of the blanked words (pipeline/read/markdown.ts), not the extractor's
 * mentions of the text as given, so a draft's proposal is the one review later compares with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryFS } from '../../pipeline/core/fs.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { observationProposal } from '../../pipeline/review/proposal.js';
import { planSuggest } from '../../pipeline/suggest/index.js';

const ID = 'news-2024-01-01-markdown';
const VOCAB_FILES = Object.fromEntries(
  ['countries', 'goods', 'indicators'].map((v) => [`raw/vocab/${v}.yaml`, readFileSync(`raw/vocab/${v}.yaml`, 'utf8')]),
);

interface DraftObservation {
  quote: string;
  period: string;
  review: { proposal: Record<string, unknown> | null };
}

const draft = (text: string): DraftObservation[] => {
  const plan = planSuggest(
    memoryFS(VOCAB_FILES),
    { file: `/tmp/${ID}.txt`, bytes: new TextEncoder().encode(text), id: ID },
    extractMentions,
  );
  const yaml = new TextDecoder().decode(plan.writes.find((w) => w.path === `raw/annotations/${ID}.yaml`)!.bytes);
  return (parse(yaml) as { observations: DraftObservation[] }).observations;
};

/** The proposals of `read FILE`'s reading, in the text's order. */
const readProposals = (text: string) =>
  readText(text, buildLexicon(loadReaderVocab(memoryFS(VOCAB_FILES)))).observations.map((o) => observationProposal(o));

describe('suggest on a text with Markdown', () => {
  it('proposes what read FILE reads: a year in a link’s address is no period', () => {
    const text =
      '## Arms sales\n\nNorth Korea has earned [billions of dollars](https://example.org/2021-2025/arms-report) from its arms sales to Russia.\n';
    const [o] = draft(text);
    expect(o!.quote).toBe('billions of dollars');
    expect(o!.review.proposal).toEqual(readProposals(text)[0]);
    expect(o!.review.proposal!.period).toBeNull();
    expect(o!.period).toBe('TODO');
  });

  it('pairs the extractor’s figure with the reader’s when bold marks split a hedge from it', () => {
    const text = 'Russia imported over **12,000** drone engines from China in 2024, according to customs data.\n';
    const [o] = draft(text);
    // The extractor reads "12,000" (exact); the reader its blanked words, "over 12,000".
    expect(o!.quote).toBe('12,000');
    expect(o!.review.proposal).toEqual(readProposals(text)[0]);
    expect(o!.review.proposal!.reporter).toBe('RUS');
  });
});

describe('suggest on the figures of a text’s Markdown', () => {
  const text =
    'Findings.\n\n#### 3. Shipments\n\nOfficials [said](https://example.org/news/report?id=77) that North Korea shipped over **6,700** containers of munitions to Russia.\n';
  const annotation = () => {
    const plan = planSuggest(
      memoryFS(VOCAB_FILES),
      { file: `/tmp/${ID}.txt`, bytes: new TextEncoder().encode(text), id: ID },
      extractMentions,
    );
    const yaml = new TextDecoder().decode(plan.writes.find((w) => w.path === `raw/annotations/${ID}.yaml`)!.bytes);
    return parse(yaml) as { observations: DraftObservation[]; ignore: { quote: string; reason: string }[] };
  };

  it('drafts nothing from a number of a link’s address: it is no figure of the text', () => {
    const a = annotation();
    expect(a.observations.map((o) => o.quote)).toEqual(['6,700']);
    expect(a.ignore.map((i) => i.quote)).not.toContain('77');
  });

  it('drafts a heading’s number the reader reads past as an ignore entry', () => {
    expect(annotation().ignore.find((i) => i.quote === '3')?.reason).toMatch(/^TODO\(a heading's or list's number/);
  });
});
