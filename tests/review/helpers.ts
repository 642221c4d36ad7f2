/**
 * A small text written for these tests, an annotation of it curated "by hand" (comments, a folded
 * note, blank lines), and readings made by hand — so the review tests do not move when the
 * reader's rules do.
 */
import { parse } from 'yaml';
import type { ReadClaim, ReadObservation, Reading } from '../../pipeline/read/index.js';
import { reviewSource, type SourceReview } from '../../pipeline/review/items.js';
import type { AnnotationFile } from '../../pipeline/types/tables.js';
import { textDigest, unreviewedBlock, type Proposal } from '../../pipeline/model/review.js';
import { claimProposal, observationProposal } from '../../pipeline/review/proposal.js';

export const SOURCE = 'test-review';

export const TEXT =
  'Russia imported $300 million of machine tools from China in 2023, according to customs data. ' +
  'Chinese companies are likely supplying drone engines to Russia, U.S. officials said. The war has lasted 30 months.\n';

const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the test text: ${quote}`);
  return { quote, start, end: start + quote.length };
};

export function observationDraft(over: Partial<ReadObservation> = {}, quote = '$300 million'): ReadObservation {
  return {
    ...at(quote),
    value: 300_000_000,
    unit: 'USD',
    hedge: 'exact',
    value_low: 300_000_000,
    value_high: 300_000_000,
    indicator: 'import-value',
    measure: 'level',
    flow: 'import',
    reporter: 'RUS',
    partner: 'CHN',
    product: 'machine-tools',
    product_label: 'machine tools',
    hs_codes: [],
    period: '2023',
    attributed_to: 'customs data',
    confidence: 0.95,
    evidence: { reporter: { text: 'Russia imported', start: 0, end: 15, rule: 'the subject of an import verb' } },
    ...over,
  };
}

export function claimDraft(over: Partial<ReadClaim> = {}): ReadClaim {
  return {
    ...at('Chinese companies are likely supplying drone engines to Russia, U.S. officials said'),
    supplier: ['Chinese companies'],
    supplier_names: ['Chinese companies'],
    recipient: 'russia',
    goods: 'uav-engines',
    goods_label: 'drone engines',
    end_use: null,
    certainty: 'likely',
    share: null,
    claimant: 'U.S. officials',
    confidence: 0.9,
    evidence: { certainty: { text: 'likely', start: 121, end: 127, rule: 'a hedge' } },
    ...over,
  };
}

export const reading = (over: Partial<Reading> = {}): Reading => ({
  observations: [observationDraft()],
  claims: [claimDraft()],
  ignored: [],
  ...over,
});

/** Curated by hand before review blocks existed. */
export const CURATED = `# A test annotation, curated by hand.
source: test-review

observations:
  - id: ru-machine-tools-imports-cn-2023
    quote: $300 million
    indicator: import-value
    reporter: RUS
    partner: CHN
    product: machine-tools
    period: "2023" # the year of the sentence
    attributed_to: customs data
    note: >-
      A folded note
      over two lines.

  # Not proposed by the reader: a curator's own item.
  - id: war-duration
    quote: 30 months
    indicator: import-value
    reporter: RUS
    partner: CHN
    product: machine-tools
    period: "2023"
    attributed_to: null

claims:
  - id: cn-companies-uav-engines-likely
    quote: Chinese companies are likely supplying drone engines to Russia
    supplier: [chinese-companies]
    recipient: russia
    goods: uav-engines
    end_use: null
    certainty: likely
    claimant: us-officials

ignore:
  - quote: "2023"
    reason: the period of the imports
`;

export const review = (yaml: string, r: Reading = reading(), text = TEXT): SourceReview =>
  reviewSource(SOURCE, text, parse(yaml) as AnnotationFile, r);

/** What `suggest` writes for the test text: every field a TODO(guess), each draft unreviewed. */
export function draftYaml(): string {
  const digest = textDigest(TEXT);
  const block = (quote: string, p: Proposal) => {
    const b = unreviewedBlock(digest, quote, p);
    return `    review:\n      decision: unreviewed\n      text: ${b.text}\n      fingerprint: ${b.fingerprint}\n      proposal: ${JSON.stringify(p)}\n`;
  };
  const o = observationDraft();
  const c = claimDraft();
  return (
    `source: ${SOURCE}\nobservations:\n  - id: test-review-300-million # rename\n    quote: $300 million\n` +
    '    indicator: TODO(import-value) # "$300 million" (level of import)\n    reporter: TODO(RUS)\n    partner: TODO(CHN)\n' +
    '    product: TODO(machine-tools)\n    period: TODO(2023) # "2023" (nearest period)\n    attributed_to: TODO(customs data)\n' +
    block(o.quote, observationProposal(o)) +
    `claims:\n  - id: test-review-chinese-companies\n    quote: ${c.quote}\n    supplier: [TODO(chinese-companies)]\n` +
    '    recipient: TODO(russia)\n    goods: TODO(uav-engines)\n    end_use: TODO\n    certainty: TODO(likely)\n    claimant: TODO(u-s-officials)\n' +
    block(c.quote, claimProposal(c)) +
    'ignore:\n  - quote: "2023"\n    reason: the period of test-review-300-million\n'
  );
}
