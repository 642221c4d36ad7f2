/**
 * The flow-cue finder (the cue kinds' regexes joined into one) agrees with each kind's own
 * regex run one after another, on made-up sentences and on the dev texts and curated sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowCues, flowCuesByKind } from '../../pipeline/read/measure.js';
import { ROOT } from './score.js';

const texts = ['tests/read/devset/dev', 'raw/sources'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);

describe('flow cues', () => {
  it('finds every kind, in order, where the kinds’ own regexes do', () => {
    const text =
      'Russia IMPORTED chips; re-exports and Sales rose, export controls aside, while trade data and turnover grew as parts came from China and supplies were received.';
    const found = flowCues(text, 0, text.length);
    expect(found).toEqual(flowCuesByKind(text, 0, text.length));
    expect(found.map((c) => c.flow)).toEqual(['import', 'export', 'export', 'trade', 'supply', 'supply', 'supply']);
  });

  it('agrees with the kinds’ own regexes on the dev texts and curated sources', () => {
    for (const t of texts) expect(flowCues(t, 0, t.length)).toEqual(flowCuesByKind(t, 0, t.length));
    expect(texts.length).toBeGreaterThan(40);
  });
});
