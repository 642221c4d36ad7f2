/**
 * Goods words → raw/vocab/goods.yaml ids. Each vocabulary entry is found by its label and its
 * id read as words; the table below adds the other words reporting uses for the same category
 * ("chips" for semiconductors, "lathes" for machine tools). A word whose id is missing from the
 * vocabulary still gives a product_label, with product null.
 */
import { escapeRegExp } from '../core/text.js';
import type { ReaderGoods } from './vocab.js';

export const GOODS_WORDS: Readonly<Record<string, readonly string[]>> = {
  microelectronics: [
    'microelectronics',
    'microelectronic components',
    'electronic components',
    'integrated circuits',
    'microcircuits',
    'microchips',
  ],
  semiconductors: ['semiconductors', 'semiconductor', 'chips', 'computer chips'],
  'machine-tools': [
    'machine tools',
    'machine tool',
    'machine-tool',
    'CNC machines',
    'lathes',
    'milling machines',
    'machining centers',
    'machining centres',
  ],
  'optical-components': ['optical components', 'optics'],
  'military-optics': ['military optics'],
  uavs: ['drones', 'drone', 'unmanned aerial vehicles', 'UAVs', 'UAV', 'drone parts', 'drone components'],
  'uav-engines': ['UAV engines', 'drone engines'],
  'turbojet-engines': ['turbojet engines'],
  nitrocellulose: ['nitrocellulose'],
  imagery: ['imagery', 'satellite imagery', 'satellite images'],
  arms: ['arms', 'weapons', 'weaponry', 'lethal weapons', 'lethal aid', 'military equipment', 'lethal military support'],
  'ball-bearings': ['ball bearings', 'bearings'],
  'dual-use-goods': ['dual-use goods', 'dual-use items', 'dual-use components', 'dual-use products', 'dual-use technology'],
  'high-priority-items': [
    'common high priority list',
    'high priority list',
    'high-priority items',
    'battlefield goods',
    'common high priority items',
  ],
  vehicles: ['vehicles', 'cars', 'passenger cars', 'trucks', 'lorries', 'car market'],
  ammunition: ['ammunition', 'munitions', 'artillery shells', 'shells'],
  machinery: ['machinery', 'machinery and electrical equipment', 'machinery and equipment'],
  'crude-oil': ['crude', 'crude oil', 'oil'],
};

export interface GoodsHit {
  /** The vocabulary id, or null where the word's category is not in the vocabulary. */
  id: string | null;
  start: number;
  end: number;
  text: string;
}

/** A phrase → a pattern: words joined by space or hyphen, a final plural s optional. */
function phrasePattern(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  // A singular phrase also matches its plural; a plural one only itself ("shells" is not "shell companies").
  const last = words.pop()!;
  const tail = /[^s]s$/.test(last) ? escapeRegExp(last) : `${escapeRegExp(last)}s?`;
  return [...words.map(escapeRegExp), tail].join('[\\s-]+');
}

export type GoodsMatcher = (text: string, from?: number, to?: number) => GoodsHit[];

export function goodsMatcher(vocab: readonly ReaderGoods[]): GoodsMatcher {
  const known = new Set(vocab.map((g) => g.id));
  const byPhrase = new Map<string, string>();
  for (const [id, words] of Object.entries(GOODS_WORDS)) for (const w of words) byPhrase.set(w.toLowerCase(), id);
  for (const g of vocab) {
    byPhrase.set(g.label.toLowerCase(), g.id);
    byPhrase.set(g.id.replace(/-/g, ' '), g.id);
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const patterns = phrases.map(phrasePattern);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => `(${p})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text, from = 0, to = text.length) => {
    const hits: GoodsHit[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const id = byPhrase.get(phrases[group - 1]!)!;
      hits.push({ id: known.has(id) ? id : null, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return hits;
  };
}
