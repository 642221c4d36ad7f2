/**
 * A value the reader reads across a Markdown link ("according to [the Observatory](https://…)
 * data") holds a run of blanks in its blanked copy; suggest drafts, and `review --accept` records,
 * the text's own words with each run collapsed to one space, in the field and in its review block.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryFS } from '../../pipeline/core/fs.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { decide } from '../../pipeline/review/decide.js';
import { reviewSource } from '../../pipeline/review/items.js';
import { isStale } from '../../pipeline/review/stale.js';
import { planSuggest } from '../../pipeline/suggest/index.js';
import type { AnnotationFile } from '../../pipeline/types/tables.js';

const ID = 'news-2025-06-03-linked-words';
const FILE = `raw/annotations/${ID}.yaml`;
const VOCAB_FILES = Object.fromEntries(
  ['countries', 'goods', 'indicators'].map((v) => [`raw/vocab/${v}.yaml`, readFileSync(`raw/vocab/${v}.yaml`, 'utf8')]),
);
const TEXT =
  'Kazakhstan imported $95 million of machine tools from China in 2024, according to [the Steppe Trade Monitor](https://example.org/2025/monitor?id=4) figures.\n\n' +
  'Chinese traders are sending drone engines to Russia for use in [its war](https://example.org/war) against Ukraine, ' +
  '[three port](https://example.org/port) inspectors said.\n';

const reading = () => readText(TEXT, buildLexicon(loadReaderVocab(memoryFS(VOCAB_FILES))));

function suggested(): string {
  const plan = planSuggest(
    memoryFS(VOCAB_FILES),
    { file: `/tmp/${ID}.txt`, bytes: new TextEncoder().encode(TEXT), id: ID },
    extractMentions,
  );
  return new TextDecoder().decode(plan.writes.find((w) => w.path === FILE)!.bytes);
}

const accepted = (yaml: string) => {
  const n = reviewSource(ID, TEXT, parse(yaml) as AnnotationFile, reading()).order.length;
  const out = decide(FILE, yaml, reviewSource(ID, TEXT, parse(yaml) as AnnotationFile, reading()), {
    accept: Array.from({ length: n }, (_, i) => i + 1),
  });
  return { out, a: parse(out) as AnnotationFile };
};

describe('words read across a Markdown link', () => {
  it('are drafted collapsed: no run of blanks in a guess or a proposal', () => {
    const yaml = suggested();
    expect(yaml).toContain('attributed_to: TODO(the Steppe Trade Monitor figures)');
    expect(yaml).toContain('end_use: TODO(its war against Ukraine)');
    // No value holds a run of blanks (a comment's indented lines may).
    expect(yaml.split('\n').filter((l) => !l.trimStart().startsWith('#') && /\S {2,}\S/.test(l))).toEqual([]);
  });

  it('are recorded by --accept as the text’s words, collapsed, in the field and the review block', () => {
    const { a } = accepted(suggested());
    const o = a.observations![0]!;
    expect(o.attributed_to).toBe('the Steppe Trade Monitor figures');
    expect(o.review).toMatchObject({ decision: 'accepted', proposal: { attributed_to: 'the Steppe Trade Monitor figures' } });
    const c = a.claims![0]!;
    expect(c.end_use).toBe('its war against Ukraine');
    expect(c.review).toMatchObject({
      decision: 'accepted',
      proposal: { end_use: 'its war against Ukraine', claimant: 'three-port-inspectors' },
    });
  });

  it('leave the accepted review fresh against the reading validate makes', () => {
    const { a } = accepted(suggested());
    const review = reviewSource(ID, TEXT, a, reading());
    expect(review.items.filter((i) => i.block?.decision === 'accepted').length).toBe(2);
    expect(review.items.filter((i) => isStale(i, review.digest))).toEqual([]);
  });

  it('name the claim’s party entity in the words as read, one space between them, pinned to the longest piece the text holds', () => {
    const party = (parse(suggested()) as AnnotationFile).entities!.find((e) => e.id === 'three-port-inspectors');
    expect(party?.name).toBe('three port inspectors');
    // The name is not in the text as written (a link splits it): without a pin, validate says quote-not-found.
    expect(party?.quote).toBe('three port');
    expect(TEXT).toContain(party!.quote!);
  });
});
