/**
 * Goods words → raw/vocab/goods.yaml ids. Each vocabulary entry is found by its label and its
 * id read as words; the table below adds the other words reporting uses for the same category
 * ("chips" for semiconductors, "lathes" for machine tools). A word whose id is missing from the
 * vocabulary still gives a product_label, with product null.
 */
import { phraseMatcher, type PhraseEntry } from './phrases.js';
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
  'dual-use-goods': ['dual-use goods', 'dual-use items', 'dual-use components', 'dual-use products'],
  // raw/vocab/goods.yaml: dual-use technologies, sanctioned dual-use items and parts with dual use capability.
  'dual-use-items': ['dual-use technology', 'dual-use technologies', 'sanctioned dual-use items', 'dual use capability'],
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

export type GoodsMatcher = (text: string, from?: number, to?: number) => GoodsHit[];

export function goodsMatcher(vocab: readonly ReaderGoods[]): GoodsMatcher {
  const known = new Set(vocab.map((g) => g.id));
  const byPhrase = new Map<string, string>();
  for (const [id, words] of Object.entries(GOODS_WORDS)) for (const w of words) byPhrase.set(w.toLowerCase(), id);
  for (const g of vocab) {
    byPhrase.set(
      g.label
        .toLowerCase()
        .replace(/\s*\(.*?\)\s*/g, ' ')
        .trim(),
      g.id,
    );
    byPhrase.set(g.id.replace(/-/g, ' '), g.id);
  }
  // A singular phrase also matches its plural; a plural one only itself ("shells" is not "shell companies").
  const entries: PhraseEntry<string>[] = [];
  for (const [phrase, id] of byPhrase) {
    entries.push({ phrase, value: id });
    if (!/s$/.test(phrase)) entries.push({ phrase: `${phrase}s`, value: id });
  }
  const find = phraseMatcher(entries);
  return (text, from = 0, to = text.length) => {
    const hits: GoodsHit[] = [];
    for (const h of find(text, from, to)) {
      hits.push({ id: known.has(h.value) ? h.value : null, start: h.start, end: h.end, text: h.text });
    }
    return hits;
  };
}
