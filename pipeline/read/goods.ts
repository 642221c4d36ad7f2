/**
 * Goods words → raw/vocab/goods.yaml ids. Each vocabulary entry is found by its label and its
 * id read as words; the table below adds the other words reporting uses for the same category
 * ("chips" for microelectronics, "lathes" for machine tools). A word whose id is missing from the
 * vocabulary still gives a product_label, with product null.
 */
import { matchPhrases, phraseTable, type PhraseEntry, type PhraseHit, type PhraseTable } from './phrases.js';
import type { ReaderGoods } from './vocab.js';

export const GOODS_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Session 9 broadened each entry systematically: the HS 2022 headings' own words
  // (docs/reference/hs-codes.md), the Common High Priority List's, the abbreviations the trade
  // press and official texts use, and spelling variants. Hyphens match spaces, a singular also
  // matches its plural, and a plural's singular matches before a flow noun ("IC imports").
  microelectronics: [
    'microelectronics',
    'microelectronic components',
    'electronic components',
    'integrated circuits',
    'microcircuits',
    'microchips',
    // Session 13 convention (docs/curation.md): "chips" are integrated circuits, heading 8542, not
    // the discrete devices of 8541 that "semiconductors" names.
    'chips',
    'computer chips',
    'microprocessors',
    // heading 8542 and its CHPL Tier 1 subheadings
    'electronic integrated circuits',
    'ICs',
    'electronic ICs',
    'microcontrollers',
    'field-programmable gate arrays',
    'FPGAs',
  ],
  semiconductors: [
    'semiconductors',
    'semiconductor',
    // heading 8541: discrete devices (light-emitting diodes are not meant, so no bare "diodes")
    'semiconductor devices',
    'discrete semiconductors',
    'transistors',
    'thyristors',
  ],
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
    'metal-working machinery',
    'metalworking equipment',
    'CNC machinery',
    'CNC equipment',
    'turning centers',
    'turning centres',
    'grinding machines',
  ],
  'optical-components': ['optical components', 'optics', 'optical elements', 'optical devices', 'optical instruments'],
  // 9013.10: telescopic sights for fitting to arms; periscopes
  'military-optics': [
    'military optics',
    'telescopic sights',
    'periscopes',
    'rifle scopes',
    'weapon sights',
    'optical sights',
    'targeting optics',
    'targeting sights',
    'gun sights',
  ],
  uavs: [
    'drones',
    'drone',
    'unmanned aerial vehicles',
    'UAVs',
    'UAV',
    'unmanned aircraft',
    'quadcopters',
    'unmanned aerial systems',
    'unmanned aircraft systems',
    'uncrewed aerial vehicles',
    'uncrewed aircraft',
    'UAS',
    'multicopters',
    // Shahed- and Lancet-type "loitering munitions" are drones, not ammunition
    'loitering munitions',
  ],
  'uav-engines': [
    'UAV engines',
    'drone engines',
    'UAV motors',
    'drone motors',
    'engines for drones',
    'engines for UAVs',
    // The vocabulary's own words spelled out, as official texts write them.
    'unmanned aerial vehicle engines',
    'engines for unmanned aerial vehicles',
  ],
  // Parts of drones, kept apart from whole drones (uavs) as the vocabulary's note says: the
  // sources that name parts use a different term, and the curated annotations read them so.
  'uav-components': [
    'drone components',
    'drone parts',
    'components for drones',
    'parts for drones',
    'UAV components',
    'UAV parts',
    'components for UAVs',
    'parts for UAVs',
    'unmanned aerial vehicle components',
    'unmanned aerial vehicle parts',
    'components for unmanned aerial vehicles',
    'parts for unmanned aerial vehicles',
  ],
  // Drones with their parts as one figure, as the vocabulary's note quotes the ODNI ("drones and
  // drone parts"); its label, "drones and drone components", is read already.
  'drones-and-drone-components': ['drones and drone parts', 'drones and their parts', 'drones and their components'],
  'turbojet-engines': ['turbojet engines', 'turbojets'],
  // 3912.20: cellulose nitrates
  nitrocellulose: ['nitrocellulose', 'cellulose nitrate', 'nitrocotton', 'guncotton', 'gun cotton'],
  imagery: ['imagery', 'satellite imagery', 'satellite images', 'satellite photos', 'satellite photographs', 'satellite pictures'],
  arms: [
    'arms',
    'weapons',
    'weaponry',
    'lethal weapons',
    'lethal aid',
    'military equipment',
    'lethal military support',
    'military goods',
    'armaments',
    'military hardware',
    'weapons systems',
    'weapon systems',
    'lethal assistance',
    'military materiel',
    'war materiel',
    'firearms',
  ],
  // 8482: ball or roller bearings
  'ball-bearings': ['ball bearings', 'bearings', 'roller bearings', 'ball or roller bearings', 'ball and roller bearings'],
  'dual-use-goods': [
    'dual-use goods',
    'dual-use items',
    'dual-use components',
    'dual-use products',
    'dual-use materials',
    'dual-use equipment',
    'dual-use commodities',
  ],
  // raw/vocab/goods.yaml: goods named by their control (session 13 convention, docs/curation.md),
  // dual-use technologies and parts with dual use capability.
  'dual-use-items': [
    'dual-use technology',
    'dual-use technologies',
    'sanctioned dual-use items',
    'sanctioned dual-use goods',
    'controlled dual-use items',
    'controlled dual-use goods',
    'listed dual-use items',
    'restricted dual-use items',
    'export-controlled items',
    'export-controlled goods',
    'sensitive items',
    'dual use capability',
  ],
  'high-priority-items': [
    'common high priority list',
    'high priority list',
    'high-priority items',
    'battlefield goods',
    'common high priority items',
    'high priority battlefield items',
    'high priority goods',
    'battlefield items',
    // "the battlefield-relevant components that Russia can no longer buy": the list's goods by what they are for.
    'battlefield-relevant components',
    'battlefield-relevant goods',
    'battlefield-relevant items',
    'CHPL goods',
    'CHPL items',
    // "Russia's CHPL imports": the list's abbreviation before a flow noun
    'CHPL',
    'CHP items',
    'CHP list items',
    'high priority battlefield goods',
    'high-priority dual-use items',
    'high-priority dual-use goods',
  ],
  vehicles: ['vehicles', 'cars', 'passenger cars', 'trucks', 'lorries', 'car market', 'automobiles', 'motor vehicles', 'autos'],
  ammunition: [
    'ammunition',
    'munitions',
    'artillery shells',
    'shells',
    'artillery rounds',
    'artillery ammunition',
    'ammo',
    'artillery projectiles',
    'projectiles',
    'mortar rounds',
    'tank rounds',
  ],
  machinery: ['machinery', 'machinery and electrical equipment', 'machinery and equipment', 'mechanical and electrical products'],
  // The commodity group of Russia's and Central Asia's customs statistics (HS chapters 84–90), as wide as SITC section 7.
  'machinery-and-transport-equipment': ['machinery, equipment and vehicles', 'machinery, equipment and transport vehicles'],
  'crude-oil': ['crude', 'crude oil', 'oil', 'crude petroleum', 'crude oils', 'crude petroleum oils'],
  missiles: [
    'missiles',
    'ballistic missiles',
    'cruise missiles',
    'short-range missiles',
    'close-range ballistic missiles',
    'guided missiles',
    'missile systems',
  ],
  'thermal-imagers': [
    'thermal imagers',
    'thermal imaging cameras',
    'thermal cameras',
    'thermal imaging devices',
    'thermal imaging equipment',
    'thermal sights',
    'thermal imaging sights',
    'thermal imaging scopes',
    'thermal scopes',
    'thermal imaging modules',
    'thermal imaging systems',
    'thermographic cameras',
    'infrared cameras',
    'thermal vision devices',
  ],
  engines: ['engines', 'aircraft engines', 'diesel engines', 'jet engines', 'piston engines', 'helicopter engines'],
  'navigation-equipment': [
    'navigation modules',
    'navigation module',
    'navigation equipment',
    'navigation components',
    'navigation systems',
    'satellite navigation modules',
    'GNSS modules',
    'GPS modules',
    // 8526.91 radio navigational aid apparatus; 9014.20/.80 navigational instruments
    'GNSS receivers',
    'GPS receivers',
    'GLONASS receivers',
    'GLONASS modules',
    'navigation receivers',
    'satellite navigation receivers',
    'satellite navigation equipment',
    'navigation devices',
    'navigational equipment',
    'navigational instruments',
    'navigation instruments',
    'GNSS antennas',
    'GPS antennas',
  ],
  'propellant-powders': [
    'gunpowder',
    'smokeless powder',
    'propellant powders',
    'propellent powders',
    'propellants',
    'gun powder',
    'propellant charges',
  ],
};

/** Flow nouns a singular goods word may modify: "bearing imports". */
const FLOW_NOUN = /^\s+(?:imports|exports|re-exports|reexports|shipments|supplies|sales|purchases|deliveries|trade)\b/i;

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
