import { describe, expect, it } from 'vitest';
import { entityMatches, renderPassage, sentencePassages, type Pinned } from '../../pipeline/site/passages.js';
import { dom } from './helpers.js';

const TEXT = 'First sentence. Nearly 70% of Russia’s approximately $900 million came from China. Last one.';
const SENTENCE = 'Nearly 70% of Russia’s approximately $900 million came from China.';
const at = (q: string) => TEXT.indexOf(q);
const pin = (kind: Pinned['kind'], id: string, quote: string, extra: Partial<Pinned> = {}): Pinned => ({
  kind,
  id,
  href: `#${id}`,
  quote,
  start: at(quote),
  end: at(quote) + quote.length,
  sentence: SENTENCE,
  ...extra,
});

describe('sentencePassages', () => {
  it('puts figures of the same sentence in one passage, at offsets within the sentence', () => {
    const [p, ...rest] = sentencePassages(TEXT, [
      pin('observation', 'a', 'Nearly 70%'),
      pin('observation', 'b', 'approximately $900 million'),
    ]);
    expect(rest).toHaveLength(0);
    expect(p!.offset).toBe(at(SENTENCE));
    expect(p!.highlights.map((h) => p!.text.slice(h.start, h.end))).toEqual(['Nearly 70%', 'approximately $900 million']);
  });
  it('finds the quote in the sentence when the text is not available', () => {
    const [p] = sentencePassages(undefined, [pin('observation', 'a', 'Nearly 70%')]);
    expect(p!.offset).toBeUndefined();
    expect(p!.text.slice(p!.highlights[0]!.start, p!.highlights[0]!.end)).toBe('Nearly 70%');
  });
  it('skips a row whose quote is not in its sentence rather than marking the wrong words', () => {
    expect(sentencePassages(undefined, [pin('observation', 'a', 'Nearly 70%', { sentence: 'Something else.' })])).toEqual([]);
  });
});

describe('renderPassage', () => {
  const render = (items: Pinned[], entities = true) => {
    const [p] = sentencePassages(TEXT, items);
    const withEntities = entities
      ? {
          ...p!,
          highlights: [
            ...p!.highlights,
            ...entityMatches(
              p!.text,
              [
                { entity_id: 'china', name: 'China', aliases: [] },
                { entity_id: 'russia', name: 'Russia', aliases: [] },
              ] as never,
              (id) => `e.html#${id}`,
            ),
          ],
        }
      : p!;
    return renderPassage(withEntities).value;
  };

  it('marks each figure and links it to its row', () => {
    const d = dom(`<p>${render([pin('observation', 'a', 'Nearly 70%')])}</p>`);
    const mark = d.querySelector('mark[data-observation="a"]')!;
    expect(mark.textContent).toBe('Nearly 70%');
    expect(mark.getAttribute('id')).toBe('a');
    expect(mark.querySelector('a')!.getAttribute('href')).toBe('#a');
  });

  it('links entities outside the figures, each once', () => {
    const d = dom(`<p>${render([pin('observation', 'a', 'Nearly 70%')])}</p>`);
    expect([...d.querySelectorAll('a.entity')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Russia', 'e.html#russia'],
      ['China', 'e.html#china'],
    ]);
  });

  it('highlights claims on the same words once, with a link to each claim', () => {
    const claimQuote = 'approximately $900 million came from China';
    const html = render([
      pin('claim', 'c1', claimQuote, { label: 'machine tools' }),
      pin('claim', 'c2', claimQuote, { label: 'lathes' }),
      pin('claim', 'c3', 'came from China'),
    ]);
    const d = dom(`<p>${html}</p>`);
    expect(d.querySelectorAll('mark.claim')).toHaveLength(1);
    expect(d.querySelector('mark.claim')!.getAttribute('data-claim')).toBe('c1 c2 c3');
    expect([...d.querySelectorAll('a.claim-link')].map((a) => a.textContent)).toEqual(['[machine tools]', '[lathes]', '[claim]']);
  });

  it('keeps a figure whole inside a claim', () => {
    const d = dom(
      `<p>${render([pin('claim', 'c', 'Nearly 70% of Russia’s approximately'), pin('observation', 'a', 'approximately $900 million')])}</p>`,
    );
    expect(d.querySelector('mark[data-observation="a"]')!.textContent).toBe('approximately $900 million');
    for (const sup of d.querySelectorAll('sup')) sup.remove();
    expect(d.querySelector('p')!.textContent).toBe(SENTENCE);
  });

  it('escapes the words of the text', () => {
    const text = 'Tools & Parts <script>x</script> sold 5% more.';
    const [p] = sentencePassages(text, [
      { kind: 'observation', id: 'a', href: '#a', quote: '5%', start: text.indexOf('5%'), end: text.indexOf('5%') + 2, sentence: text },
    ]);
    const out = renderPassage(p!).value;
    expect(out).toContain('Tools &amp; Parts &lt;script&gt;x&lt;/script&gt;');
    expect(out).not.toContain('<script');
  });
});
