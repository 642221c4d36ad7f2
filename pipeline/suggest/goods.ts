/**
 * Goods words → raw/vocab/goods.yaml ids, for pre-filling an observation's product. Each
 * vocabulary entry is found by its label and by its id read as words (machine-tools →
 * "machine tools"), singular or plural, case-insensitive.
 */
import { escapeRegExp } from '../core/text.js';

export interface GoodsName {
  id: string;
  label: string;
  aliases?: readonly string[];
}

export interface GoodsHit {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** "Machine tools" → /machine[ -]tools?/ ; the last word's plural s is optional. */
function phrasePattern(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  const last = words.pop()!.replace(/(?<=[^s])s$/, '');
  return [...words.map(escapeRegExp), `${escapeRegExp(last)}s?`].join('[\\s-]+');
}

export function goodsMatcher(vocab: readonly GoodsName[]): (text: string, from?: number, to?: number) => GoodsHit[] {
  const alternatives: { id: string; re: RegExp }[] = [];
  for (const g of vocab) {
    const phrases = [...new Set([g.label, g.id, ...(g.aliases ?? [])].map(phrasePattern).filter(Boolean))];
    for (const p of phrases) alternatives.push({ id: g.id, re: new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'giu') });
  }
  return (text, from = 0, to = text.length) => {
    const window = text.slice(from, to);
    const hits: GoodsHit[] = [];
    for (const { id, re } of alternatives) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m !== null; m = re.exec(window)) {
        hits.push({ id, start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
      }
    }
    // Longest first at a position, so "machine tools" beats "tools"; then drop overlaps.
    hits.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
    const kept: GoodsHit[] = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    return kept;
  };
}

/** The goods word nearest to a figure at [start, end). */
export function nearestGoods(hits: readonly GoodsHit[], start: number, end: number): GoodsHit | undefined {
  const distance = (h: GoodsHit) => (h.start >= end ? h.start - end : h.end <= start ? start - h.end : 0);
  return [...hits].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}
