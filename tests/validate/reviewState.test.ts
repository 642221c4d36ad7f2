/** The build's checks of the review blocks: unreviewed drafts, reviews of another text, blocks untrue to their item. */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../pipeline/core/yaml.js';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import type { Snapshot } from '../../pipeline/snapshot/index.js';
import { checkReviewState } from '../../pipeline/validate/reviewState.js';
import { CURATED, SOURCE, TEXT, review } from '../review/helpers.js';

const FILE = `raw/annotations/${SOURCE}.yaml`;
const stamped = stampedYaml(CURATED, review(CURATED))!;

function check(yaml: string, text = TEXT) {
  const doc = parseYaml(yaml, FILE).doc!;
  const snap = {
    sources: [{ id: SOURCE, text }],
    annotations: new Map([[SOURCE, { doc, value: doc.value, valid: true, errorPaths: [] }]]),
  } as unknown as Pick<Snapshot, 'sources' | 'annotations'>;
  return checkReviewState(snap);
}

describe('checkReviewState', () => {
  it('accepts blocks that are true to their items', () => {
    expect(check(stamped)).toEqual([]);
  });

  it('refuses an unreviewed draft, naming the file, line, item and the command that shows it', () => {
    const [p, ...rest] = check(stamped.replace('decision: accepted', 'decision: unreviewed'));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'unreviewed-draft', severity: 'error', location: { file: FILE } });
    expect(p!.message).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: observation "ru-machine-tools-imports-cn-2023" is a draft of the reader`));
    expect(p!.hint).toContain(`'npm run figures -- review ${SOURCE}' shows it as draft 1`);
  });

  it('refuses every review of another text, as an error', () => {
    const problems = check(stamped, TEXT.replace('30 months', '31 months'));
    // Two observations and a claim carry blocks; the ignore entry has none (the reader ignores it too).
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['review-stale', 'error'],
      ['review-stale', 'error'],
      ['review-stale', 'error'],
    ]);
  });

  it('refuses an accepted item whose values differ from the proposal, and says which decision is true', () => {
    const [p] = check(stamped.replace('    partner: CHN\n', '    partner: KAZ\n'));
    expect(p).toMatchObject({ code: 'review-mismatch' });
    expect(p!.hint).toContain('Set decision: edited with edited: [partner].');
  });

  it('refuses a rejected block on an item that would be published', () => {
    const [p] = check(stamped.replace('decision: added', 'decision: rejected'));
    expect(p).toMatchObject({ code: 'review-mismatch' });
    expect(p!.message).toContain('so it would be published');
  });
});
