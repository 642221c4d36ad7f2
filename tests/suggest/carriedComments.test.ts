/**
 * The comment beside a guessed field gives the words behind it, also when the reader took the
 * value over from the statistic before; a guess no words give says its rule.
 */
import { describe, expect, it } from 'vitest';
import { memoryFS } from '../../pipeline/core/fs.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { planSuggest } from '../../pipeline/suggest/index.js';
import { VOCAB } from './helpers.js';

const TEXT =
  'Chinese exports of machine tools to Russia rose to $1.2 billion in 2023, the ministry said. ' +
  'Shipments of microelectronics reached $300 million.\n';

function annotation(text: string): string {
  const p = planSuggest(
    memoryFS(VOCAB),
    { file: '/tmp/in/news-2024-02-01-invented.txt', bytes: new TextEncoder().encode(text) },
    extractMentions,
  );
  return new TextDecoder().decode(p.writes.find((w) => w.path === `raw/annotations/${p.id}.yaml`)!.bytes);
}
/** The comment beside `key` in the draft observation whose quote is `quote`. */
function commentOf(yaml: string, quote: string, key: string): string | undefined {
  const block = yaml.slice(yaml.indexOf(`quote: ${quote}`));
  return new RegExp(`\\n\\s+${key}: [^\\n#]*# ([^\\n]*)`).exec(block)?.[1];
}

describe('suggest: the comment of a field carried over from the statistic before', () => {
  it('gives the words it was carried from and the rule', () => {
    const yaml = annotation(TEXT);
    expect(commentOf(yaml, '$300 million', 'reporter')).toBe('"Chinese exports" (continues the statistic before)');
    expect(commentOf(yaml, '$300 million', 'partner')).toBe('"to Russia" (continues the statistic before)');
    expect(commentOf(yaml, '$300 million', 'period')).toBe('"2023" (continues the statistic before)');
  });
});

describe('suggest: the comment of a guess no words give', () => {
  it('says what the field takes and the rule behind the guess', () => {
    const yaml = annotation('Russia’s imports of machine tools reached $2 billion in 2023, customs data show.\n');
    expect(commentOf(yaml, '$2 billion', 'partner')).toBe('WLD = all partners (no partner named: all partners)');
  });
});
