/**
 * Goods words → raw/vocab/goods.yaml ids. Each vocabulary entry is found by its label and its
 * id read as words; the table below adds the other words reporting uses for the same category
 * ("chips" for semiconductors, "lathes" for machine tools). A word whose id is missing from the
 * vocabulary still gives a product_label, with product null.
 */
import { matchPhrases, phraseTable, type PhraseEntry, type PhraseHit, type PhraseTable } from './phrases.js';
import type { ReaderGoods } from './vocab.js';

export const GOODS_WORDS: Readonly<Record<string, readonly string[]>> = {
  microelectronics: [
    'microelectronics',
    'microelectronic components',
    'electronic components',
    'integrated circuits',
    'microcircuits',
    'microchips',
    'microprocessors',
  ],
  semiconductors: ['semiconductors', 'semiconductor', 'chips', 'computer chips'],
  'machine-tools': [
    'machine tools',
    'machine tool',
    'machine-tool',
    'CNC machines',
    'computer numerical control machines',
    'numerically controlled machine tools',
    'lathes',
    'milling machines',
    'machining centers',
    'machining centres',
    // session 9: the trade statistics' own words for the same goods
    'metal-cutting machines',
    'metalworking machines',
    'metalworking machinery',
    'metal-working machines',
  ],
  'optical-components': ['optical components', 'optics'],
  'military-optics': ['military optics'],
  uavs: [
    'drones',
    'drone',
    'unmanned aerial vehicles',
    'UAVs',
    'UAV',
    'drone parts',
    'drone components',
    'unmanned aircraft',
    'quadcopters',
  ],
  'uav-engines': ['UAV engines', 'drone engines'],
  'turbojet-engines': ['turbojet engines'],
  nitrocellulose: ['nitrocellulose'],
  imagery: ['imagery', 'satellite imagery', 'satellite images'],
  arms: ['arms', 'weapons', 'weaponry', 'lethal weapons', 'lethal aid', 'military equipment', 'lethal military support', 'military goods'],
  'ball-bearings': ['ball bearings', 'bearings'],
  'dual-use-goods': ['dual-use goods', 'dual-use items', 'dual-use components', 'dual-use products', 'dual-use materials'],
  // raw/vocab/goods.yaml: dual-use technologies, sanctioned dual-use items and parts with dual use capability.
  'dual-use-items': ['dual-use technology', 'dual-use technologies', 'sanctioned dual-use items', 'dual use capability'],
  'high-priority-items': [
    'common high priority list',
    'high priority list',
    'high-priority items',
    'battlefield goods',
    'common high priority items',
    'high priority battlefield items',
    'high priority goods',
    'battlefield items',
    'CHPL goods',
    'CHPL items',
  ],
  vehicles: ['vehicles', 'cars', 'passenger cars', 'trucks', 'lorries', 'car market', 'automobiles', 'motor vehicles', 'autos'],
  ammunition: ['ammunition', 'munitions', 'artillery shells', 'shells', 'artillery rounds', 'artillery ammunition'],
  machinery: ['machinery', 'machinery and electrical equipment', 'machinery and equipment'],
  'crude-oil': ['crude', 'crude oil', 'oil', 'crude petroleum'],
  missiles: ['missiles', 'ballistic missiles', 'cruise missiles', 'short-range missiles', 'close-range ballistic missiles'],
  'thermal-imagers': [
    'thermal imagers',
    'thermal imaging cameras',
    'thermal cameras',
    'thermal imaging devices',
    'thermal imaging equipment',
    'thermal sights',
  ],
  engines: ['engines', 'aircraft engines', 'diesel engines', 'jet engines'],
  'navigation-equipment': [
    'navigation modules',
    'navigation module',
    'navigation equipment',
    'navigation components',
    'navigation systems',
    'satellite navigation modules',
    'GNSS modules',
    'GPS modules',
  ],
  'propellant-powders': ['gunpowder', 'smokeless powder', 'propellant powders', 'propellent powders', 'propellants'],
};

/** Flow nouns a singular goods word may modify: "bearing imports". */
const FLOW_NOUN = /^\s+(?:imports|exports|shipments|supplies|sales|purchases|deliveries|trade)\b/i;

export interface GoodsHit {
  /** The vocabulary id, or null where the word's category is not in the vocabulary. */
  id: string | null;
  start: number;
  end: number;
  text: string;
}

/** What a goods phrase of the vocabulary stands for. */
export interface GoodsWord {
  id: string;
  /** A singular that names the goods only before a flow noun ("bearing imports"). */
  modifier: boolean;
}

export interface GoodsMatcher {
  (text: string, from?: number, to?: number): GoodsHit[];
  /** The compiled vocabulary, for a walk that matches other tables too (`matchPhrasesOfBoth`). */
  table: PhraseTable<GoodsWord>;
  /** The hits of such a walk, as this matcher gives them. */
  fromPhrases(found: readonly PhraseHit<GoodsWord>[]): GoodsHit[];
}

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
  // A singular phrase also matches its plural; a plural one only itself ("shells" is not "shell
  // companies"), except as the modifier of a flow noun ("bearing imports", "chip exports").
  const entries: PhraseEntry<GoodsWord>[] = [];
  for (const [phrase, id] of byPhrase) {
    entries.push({ phrase, value: { id, modifier: false } });
    if (!/s$/.test(phrase)) entries.push({ phrase: `${phrase}s`, value: { id, modifier: false } });
    else if (!/ss$/.test(phrase) && !byPhrase.has(phrase.slice(0, -1)))
      entries.push({ phrase: phrase.slice(0, -1), value: { id, modifier: true } });
  }
  // "dual-use imports": the adjective alone names the goods before a flow noun.
  for (const phrase of ['dual-use', 'dual use']) entries.push({ phrase, value: { id: 'dual-use-goods', modifier: true } });
  const table = phraseTable(entries, {
    // "non-oil exports", "anti-drone systems", "counter-drone": a goods word after a hyphen is part of another word.
    notAfter: (c) => c === 45,
    rejectFollowing: (text, end, value) => value.modifier && !FLOW_NOUN.test(text.slice(end, end + 14)),
  });
  const fromPhrases = (found: readonly PhraseHit<GoodsWord>[]): GoodsHit[] => {
    const hits: GoodsHit[] = [];
    for (const h of found) {
      hits.push({ id: known.has(h.value.id) ? h.value.id : null, start: h.start, end: h.end, text: h.text });
    }
    return hits;
  };
  const match = ((text: string, from = 0, to = text.length): GoodsHit[] =>
    fromPhrases(matchPhrases(table, text, from, to))) as GoodsMatcher;
  match.table = table;
  match.fromPhrases = fromPhrases;
  return match;
}
