/**
 * The digits of a web address — a Markdown link's address or a bare one — are a page's path, a
 * date in a URL or a query's id, no figure of the text: the extractor finds no mention there, and
 * a year there dates no figure of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { addressSpans } from '../../pipeline/extract/addresses.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { maskMarkdown } from '../../pipeline/read/markdown.js';

const texts = (text: string) => extractMentions(text).map((m) => m.text);

describe('the extractor and web addresses', () => {
  it('finds no figure in a Markdown link’s address, and reads the link’s words', () => {
    const text = 'Exports rose to [$4.5 billion](https://example.org/news/2024/05/17/report-42?page=3) last year.';
    expect(texts(text)).toEqual(['$4.5 billion']);
  });

  it('reads an address with a bracketed part (a Wikipedia-style page) as one address', () => {
    const text = 'See [the list](https://en.example.org/wiki/Sanctions_(2022_list)#Part_2) of 120 firms.';
    expect(texts(text)).toEqual(['120']);
  });

  it('finds no figure in a bare address, with or without its scheme', () => {
    const text =
      'The ministry counted 350 shipments (https://trade.example.gov/news?id=77&page=3), and www.example.com/list?n=40 lists 12 more.';
    expect(texts(text)).toEqual(['350', '12']);
  });

  it('dates no figure by a year of an address', () => {
    const [m] = extractMentions('Russia bought about 90% of its chips from China, [the report](https://example.org/2021-2025/chips) said.');
    expect(m!.text).toBe('about 90%');
    expect(m!.period).toBeNull();
  });

  it('leaves a text without addresses as it was: digits beside a slash or a dot are still read', () => {
    expect(texts('Imports reached $2.4 billion in 2023, up 18% from 2022.')).toEqual(['$2.4 billion', '2023', '18%', '2022']);
  });

  it('finds the address spans of links and bare addresses, by start', () => {
    const text = '[a](https://x.org/1) and http://y.org/2.';
    expect(addressSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['https://x.org/1', 'https://x.org/1', 'http://y.org/2']);
  });

  it('agrees with the reader on a link’s address: the reader blanks every character of it', () => {
    const text = 'Officials [said](https://example.org/a_(b)/c?id=9) that [over 6,700](http://x.org/7) containers left.';
    const masked = maskMarkdown(text)!;
    const spans = addressSpans(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      'https://example.org/a_(b)/c?id=9',
      'https://example.org/a_(b)/c?id=9',
      'http://x.org/7',
      'http://x.org/7',
    ]);
    for (const [s, e] of spans) expect(masked.slice(s, e).trim()).toBe('');
  });
});
