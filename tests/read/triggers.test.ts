/**
 * The claim-trigger finder (one regex grouped by first letter) agrees with each kind's own
 * pattern, on every inflection the kinds list and on the dev texts and curated sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDER_PATTERN_LENGTH, findTriggers, kindPattern, TRIGGER_KINDS, type Trigger } from '../../pipeline/read/triggers.js';
import { ROOT } from './score.js';

function bySpec(text: string): Trigger[] {
  const out: Trigger[] = [];
  for (const { kind } of TRIGGER_KINDS) {
    const re = kindPattern(kind);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

const texts = [
  ...readdirSync(join(ROOT, 'tests/read/devset/dev'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'tests/read/devset/dev', f), 'utf8')),
  ...readdirSync(join(ROOT, 'raw/sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'raw/sources', f), 'utf8')),
];

describe('claim triggers', () => {
  it('finds every kind where its own pattern does, in any case', () => {
    const text = [
      'China supplies, supplied, SUPPLYING and supply drones; it provides, provided, delivers, delivered, ships, shipped, sends, sent and arms them.',
      'Russia received, obtains and acquired chips. Beijing is the main supplier of lathes. Kazakhstan became a key source for drones.',
      'The parts come from China, came from Hong Kong, originated from Türkiye. China surged sales to Russia and stepped up its exports, ramped up shipments.',
      'The supply chain and supply routes are not triggers; shipping lines neither; the side of the war: arms of the war.',
    ].join(' ');
    const found = findTriggers(text);
    expect(found).toEqual(bySpec(text));
    expect(new Set(found.map((t) => t.kind))).toEqual(new Set(['supply', 'receive', 'nominal', 'from', 'sales']));
  });

  it('keeps the finder’s pattern under the 20 KB beyond which V8 compiles a regex without its optimizations', () => {
    // V8's RegExp::kRegExpTooLargeToOptimize (20 * KB characters of pattern): past it the finder's
    // scan of a text takes some eight times as long. Each kind's tail is written once per letter,
    // so a new trigger word adds its own length, not its tail's.
    expect(FINDER_PATTERN_LENGTH).toBeLessThanOrEqual(20 * 1024);
  });

  it('agrees with the kinds’ own patterns on the dev texts and curated sources', () => {
    for (const t of texts) expect(findTriggers(t)).toEqual(bySpec(t));
    expect(texts.length).toBeGreaterThan(40);
  });
});
