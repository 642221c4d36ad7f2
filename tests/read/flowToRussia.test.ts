import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { flowToRussia } from '../../pipeline/read/flowToRussia.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const reading = (text: string) => readText(text, lexicon);
const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return flowToRussia(text, 0, start, start + quote.length);
};

describe('flowToRussia', () => {
  it('finds the flow to Russia in the noun phrase right after the figure', () => {
    const text = 'It led to a 59% decline in exports to Russia.';
    expect(at(text, '59%')?.text).toBe('exports to Russia');
  });

  it('lets a noun phrase after the figure that names imports decide, whatever came before', () => {
    const text = 'Exports to Russia fell, and there was an 87% drop in imports from Russia.';
    expect(at(text, '87%')).toBeUndefined();
  });

  it('takes the last flow noun of the sentence before the figure, with its goods', () => {
    const text = 'Exports of semiconductors to Russia have declined by almost 90 percent.';
    expect(at(text, 'almost 90 percent')?.text).toBe('Exports of semiconductors to Russia');
    const other = 'Kazakhstan’s exports to Russia rose 20%, while Russia’s exports to Kazakhstan fell 10%.';
    expect(at(other, '10%')).toBeUndefined();
  });
});

describe('the sides of a figure whose own flow goes to Russia', () => {
  it('reads the exporter and Russia the right way round when another clause names goods from Russia', () => {
    const text =
      'The EU has imposed restrictions on several products, resulting in a 59% decline in exports to Russia and an 87% drop in imports from Russia in 2024.';
    const r = reading(text);
    const o = r.observations.find((x) => x.quote === '59%');
    expect([o?.reporter, o?.partner, o?.flow]).toEqual(['EUU', 'RUS', 'export']);
    expect(o?.evidence.partner?.text).toBe('exports to Russia');
    // the imports from Russia stay out of the dataset's scope
    expect(r.ignored.find((x) => x.quote === '87%')?.reason).toBe('out-of-scope');
  });

  it('does not take the goods’ users for the exporter ("leaving Russian companies without the chips")', () => {
    const text =
      'Since the controls were put in place, global exports of semiconductors to Russia from all sources have declined by almost 90 percent, leaving Russian companies without the chips they need.';
    const o = reading(text).observations.find((x) => x.quote === 'almost 90 percent');
    expect([o?.reporter, o?.partner]).toEqual(['WLD', 'RUS']);
  });

  it('leaves Russia’s own exports out of scope', () => {
    const text = 'Kazakhstan’s exports to Russia rose 20% in 2023, while Russia’s exports to Kazakhstan fell 10%.';
    const r = reading(text);
    expect(r.ignored.find((x) => x.quote === '10%')?.reason).toBe('out-of-scope');
  });
});
