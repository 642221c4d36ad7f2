/** A source read for review through a ReadFS in memory, with the project's reader and vocabularies. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FiguresError } from '../../pipeline/core/errors.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { allStaleReviews, annotatedSources, loadSource, reviewLexicon, sourceIdOf } from '../../pipeline/review/load.js';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import { readingFingerprint } from '../../pipeline/model/review.js';
import { ROOT } from '../read/score.js';
import { CURATED, SOURCE, TEXT } from './helpers.js';

const vocab = Object.fromEntries(
  ['indicators', 'goods', 'countries'].map((v) => [`raw/vocab/${v}.yaml`, readFileSync(join(ROOT, 'raw/vocab', `${v}.yaml`), 'utf8')]),
);
const tree = (annotation: string) =>
  memoryFS({ ...vocab, [`raw/sources/${SOURCE}.txt`]: TEXT, [`raw/annotations/${SOURCE}.yaml`]: annotation });

describe('loadSource', () => {
  const fs = tree(CURATED);
  const lexicon = reviewLexicon(fs);

  it('takes the path of the annotation, the text or the sidecar for the source’s id', () => {
    for (const arg of [`raw/annotations/${SOURCE}.yaml`, `./raw/sources/${SOURCE}.txt`, `raw/sources/${SOURCE}.source.yaml`])
      expect(loadSource(fs, arg, lexicon).path).toBe(`raw/annotations/${SOURCE}.yaml`);
    expect(sourceIdOf('news-2024-06-01-outlet-topic')).toBe('news-2024-06-01-outlet-topic');
  });

  it('lists the annotated sources and reads one with the reader’s reading of its text', () => {
    expect(annotatedSources(fs)).toEqual([SOURCE]);
    const s = loadSource(fs, SOURCE, lexicon);
    expect(s.path).toBe(`raw/annotations/${SOURCE}.yaml`);
    expect(s.review.items.map((i) => `${i.section}/${i.index}`)).toEqual(['observations/0', 'observations/1', 'claims/0', 'ignore/0']);
  });

  it('stamps every observation and claim, and the stamped file has no stale review', () => {
    const stamped = stampedYaml(CURATED, loadSource(fs, SOURCE, lexicon).review)!;
    const a = parse(stamped);
    for (const item of [...a.observations, ...a.claims]) expect(item.review?.decision, item.id).toMatch(/^(accepted|edited|added)$/);
    const after = tree(stamped);
    expect(stampedYaml(stamped, loadSource(after, SOURCE, lexicon).review)).toBeUndefined();
    expect(allStaleReviews(after)).toEqual([]);
  });

  it('reports a stamped review whose proposal the reader no longer makes, for validate', () => {
    const stamped = stampedYaml(CURATED, loadSource(fs, SOURCE, lexicon).review)!;
    // As if an earlier reader had proposed another partner, and the block had been stamped then.
    const a = parse(stamped);
    const block = a.observations[0].review;
    const earlier = { ...block.proposal, partner: 'KAZ' };
    const older = stamped
      .replace(block.fingerprint, readingFingerprint(block.text, a.observations[0].quote, earlier))
      .replace(`partner: ${block.proposal.partner}, product`, 'partner: KAZ, product');
    const problems = allStaleReviews(tree(older));
    expect(problems.map((p) => [p.code, p.severity, p.location.file])).toEqual([
      ['review-stale', 'warning', `raw/annotations/${SOURCE}.yaml`],
    ]);
    expect(problems[0]!.message).toMatch(new RegExp(`\\* partner\\s+"KAZ"\\s+"${block.proposal.partner}"`));
  });

  it('says which file is missing for an unknown id', () => {
    let error: unknown;
    try {
      loadSource(fs, 'no-such-source', lexicon);
    } catch (e) {
      error = e;
    }
    expect((error as FiguresError).problems.map((p) => [p.code, p.location.file])).toEqual([
      ['review-missing', 'raw/sources/no-such-source.txt'],
      ['review-missing', 'raw/annotations/no-such-source.yaml'],
    ]);
  });
});
