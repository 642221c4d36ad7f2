/** Shared fixtures of the suggest tests: a small raw/ tree in memory and the fixture text. */
import { readFileSync } from 'node:fs';
import type { Mention } from '../../pipeline/extract/index.js';
import type { SuggestContext } from '../../pipeline/suggest/context.js';
import { draftEntities } from '../../pipeline/suggest/entities.js';

const here = new URL('.', import.meta.url).pathname;

export const FIXTURE_ID = 'news-2024-07-01-example';
export const fixtureBytes = (): Uint8Array => new Uint8Array(readFileSync(`${here}fixtures/${FIXTURE_ID}.txt`));
export const fixtureText = (): string => readFileSync(`${here}fixtures/${FIXTURE_ID}.txt`, 'utf8');
export const fixtureMentions = (): Mention[] =>
  JSON.parse(readFileSync(`${here}fixtures/${FIXTURE_ID}.mentions.json`, 'utf8')) as Mention[];
export const goldenPath = (name: string): string => `${here}golden/${name}`;

export const VOCAB = {
  'raw/vocab/countries.yaml':
    '- code: CHN\n  name: China\n- code: RUS\n  name: Russia\n- code: USA\n  name: United States\n- code: WLD\n  name: World (all partners)\n',
  'raw/vocab/goods.yaml': '- id: machine-tools\n  label: Machine tools\n- id: microelectronics\n  label: Microelectronics\n',
  'raw/vocab/indicators.yaml':
    '- id: import-share\n  label: Share of imports from partner\n  measure: share\n  unit: percent\n' +
    '- id: supply-share\n  label: Share of supply from partner\n  measure: share\n  unit: percent\n' +
    '- id: import-value\n  label: Value of imports\n  measure: level\n  unit: currency\n',
  // Another source already defines Janet Yellen (the draft must reuse her id and fields) and the
  // Global Example Institute (the text's "Example Institute" is probably it: a guessed id).
  'raw/annotations/news-2024-01-01-other.yaml':
    'source: news-2024-01-01-other\nentities:\n  - id: janet-yellen\n    name: Janet Yellen\n    type: person\n    country: USA\n    role: U.S. Treasury Secretary\n    aliases: [Yellen]\n' +
    '  - id: global-example-institute\n    name: Global Example Institute\n    type: organization\n    country: null\n    role: a research group\n    aliases: []\n',
};

/** A suggest context that knows China, Russia and the `extra` countries, and nothing else. */
export const countriesContext = (...extra: { code: string; name: string }[]): SuggestContext => ({
  countries: [{ code: 'CHN', name: 'China' }, { code: 'RUS', name: 'Russia' }, ...extra],
  goods: [],
  indicators: [],
  known: [],
});

/** The names of the entities suggest drafts from `text`. */
export const draftedNames = (text: string, ctx: SuggestContext = countriesContext()): unknown[] =>
  draftEntities(text, ctx).map((e) => e.fields.find((f) => f.key === 'name')!.value);
