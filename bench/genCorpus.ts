/**
 * Generates a news-like JSONL corpus for the corpus benchmarks: one article per line,
 * {"id", "url", "date", "outlet", "title", "text"}, 1–6 KB of text in sentences about trade,
 * sanctions and industry, with the figures the extractor handles (money with scales and
 * hedges, percentages, ranges, counts, durations, years, quarters) among plain sentences.
 * Deterministic: the same seed, size and profile give the same bytes (mulberry32 PRNG, no clock).
 *
 *   npx tsx bench/genCorpus.ts OUT.jsonl SIZE_MB [SEED] [news|dense]     (MB = 10^6 bytes)
 *
 * Corpora go under /tmp, never into the repository.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { int, mulberry32, pick, type Rand } from './random.js';

const COUNTRIES = [
  'China',
  'Russia',
  'Turkey',
  'Kazakhstan',
  'the United Arab Emirates',
  'India',
  'Kyrgyzstan',
  'Armenia',
  'Hong Kong',
  'Belarus',
];
const GOODS = [
  'machine tools',
  'microelectronics',
  'ball bearings',
  'nitrocellulose',
  'drone engines',
  'optical components',
  'semiconductors',
  'navigation modules',
  'turbojet parts',
  'machine-tool controllers',
];
const ACTORS = [
  'The Treasury Department',
  'The Commerce Department',
  'The European Commission',
  'Officials',
  'Analysts at the think tank',
  'A senior administration official',
  'Customs data',
  'The report',
  'Trade figures',
  'Western intelligence',
];
const VERBS = ['said', 'estimated', 'reported', 'found', 'noted', 'told reporters'];
const HEDGES = [
  'about',
  'approximately',
  'nearly',
  'almost',
  'more than',
  'over',
  'at least',
  'roughly',
  'some',
  'up to',
  'less than',
  'an estimated',
];
const SCALES = ['million', 'billion', 'bn', 'm'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Wire Service', 'The Daily Ledger', 'Capital Times', 'Eastern Review', 'Global Trade Monitor'];
const FILLER = [
  'The measures are meant to cut off the supply of components that Moscow cannot make at home.',
  'Beijing has denied supplying weapons and says its trade with Moscow is normal commerce.',
  'The findings were shared with allies ahead of the meeting of foreign ministers.',
  'Companies named in the filing did not respond to requests for comment.',
  'The shipments often pass through third countries before they reach Russian factories.',
  'Officials said the pattern had become harder to trace since the start of the war.',
  'Diplomats described the talks as frank and said more work remained to be done.',
  "The ministry's statement gave no further detail on the enforcement actions.",
  'Experts cautioned that customs codes do not always show the final use of a product.',
  'The administration has urged banks to step up checks on payments for dual-use goods.',
];

function money(r: Rand): string {
  const cur = r() < 0.8 ? '$' : pick(r, ['€', '£', 'US$']);
  const scale = pick(r, SCALES);
  const n = r() < 0.5 ? String(int(r, 1, 999)) : `${int(r, 1, 99)}.${int(r, 1, 9)}`;
  return scale.length <= 2 ? `${cur}${n}${scale}` : `${cur}${n} ${scale}`;
}
const pct = (r: Rand): string => `${int(r, 1, 99)}${r() < 0.3 ? '.' + int(r, 1, 9) : ''}${r() < 0.7 ? '%' : ' percent'}`;
const year = (r: Rand): string => String(int(r, 2014, 2025));
const period = (r: Rand): string =>
  pick(r, [
    () => `in ${year(r)}`,
    () => `in the ${pick(r, ['first', 'second', 'third', 'last'])} quarter of ${year(r)}`,
    () => `in Q${int(r, 1, 4)} ${year(r)}`,
    () => `in the first half of ${year(r)}`,
    () => `between ${pick(r, MONTHS)} and ${pick(r, MONTHS)}`,
    () => `last year`,
    () => `since ${year(r)}`,
  ])();

const SENTENCES: ((r: Rand) => string)[] = [
  (r) =>
    `${pick(r, COUNTRIES)} supplied ${pick(r, HEDGES)} ${pct(r)} of the ${pick(r, GOODS)} Russia imported ${period(r)}, ${pick(r, ACTORS).toLowerCase()} ${pick(r, VERBS)}.`,
  (r) => `${pick(r, ACTORS)} ${pick(r, VERBS)} exports of ${pick(r, GOODS)} reached ${pick(r, HEDGES)} ${money(r)} ${period(r)}.`,
  (r) => `Sales rose from ${money(r)} in ${year(r)} to ${pick(r, HEDGES)} ${money(r)} in ${year(r)}.`,
  (r) => `The sanctions list now names ${int(r, 2, 400)} entities and ${int(r, 2, 90)} individuals in ${int(r, 2, 12)} countries.`,
  (r) => `Shipments were worth between $${int(r, 1, 9)} million and $${int(r, 10, 99)} million a month ${period(r)}.`,
  (r) => `Imports of ${pick(r, GOODS)} ${pick(r, ['doubled', 'tripled', 'quadrupled', 'more than doubled'])} ${period(r)}, to ${money(r)}.`,
  (r) => `Trade between the two countries grew ${pct(r)} year on year, to ${pick(r, HEDGES)} ${money(r)}.`,
  (r) =>
    `The investigation took ${pick(r, ['two', 'three', 'six', 'eight', '18', '14'])} ${pick(r, ['months', 'years', 'weeks'])} and covered ${pick(r, ['nearly', 'over', 'about'])} ${int(r, 1, 9)},${int(r, 100, 999)} shipments.`,
  (r) =>
    `Prices were ${int(r, 2, 9)}${r() < 0.5 ? '.5' : ''} times higher than before the war, ${pick(r, ACTORS).toLowerCase()} ${pick(r, VERBS)}.`,
  (r) => `${pick(r, COUNTRIES)} accounted for ${int(r, 10, 60)}%-${int(r, 61, 95)}% of the market, up ${int(r, 1, 30)} percentage points.`,
  (r) =>
    `On ${pick(r, MONTHS)} ${int(r, 1, 28)}, ${year(r)}, ${pick(r, ACTORS).toLowerCase()} added ${pick(r, ['a dozen', 'two', 'forty', 'three hundred', '12', '27'])} companies to the list.`,
  (r) =>
    `${pick(r, ['A third', 'Three-quarters', 'Half', 'Two-thirds'])} of the goods passed through ${pick(r, COUNTRIES)}, according to report R${int(r, 40000, 49999)}.`,
];

/**
 * How often a sentence is plain (no figure). The extractor's cost is per mention as much as
 * per byte, so the density decides what a benchmark measures:
 * - news: ~3.3 mentions per 1,000 characters of text, 1.7 times the first source's 1.9 (news on
 *   the subject runs at 1–4; the State Department texts at 0.6–1.3) and the density of
 *   bench/extract.ts's news-like text;
 * - dense: ~14 per 1,000 characters, three to four times the upper end of news; a stress test,
 *   and the corpus of release 1.0.0's figures (same bytes).
 */
export const PROFILES = { news: 0.87, dense: 0.45 } as const;
export type Profile = keyof typeof PROFILES;

function sentence(r: Rand, plainShare: number): string {
  return r() < plainShare ? pick(r, FILLER) : pick(r, SENTENCES)(r);
}

function article(r: Rand, i: number, plainShare: number): string {
  const paragraphs: string[] = [];
  const nPar = int(r, 3, 12);
  for (let p = 0; p < nPar; p++) {
    const s: string[] = [];
    for (let k = int(r, 2, 5); k > 0; k--) s.push(sentence(r, plainShare));
    paragraphs.push(s.join(' '));
  }
  const date = `${year(r)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  const doc = {
    id: `gen-${String(i).padStart(9, '0')}`,
    url: `https://news.example.org/${date.replace(/-/g, '/')}/${i}`,
    date,
    outlet: pick(r, OUTLETS),
    title: `${pick(r, COUNTRIES)} and Russia: ${pick(r, GOODS)} trade under scrutiny`,
    text: `WASHINGTON — ${paragraphs.join('\n\n')}`,
  };
  return JSON.stringify(doc) + '\n';
}

/** Writes at least `bytes` bytes of whole lines to `path`; returns the documents and bytes written. */
export function generateCorpus(path: string, bytes: number, seed = 1, profile: Profile = 'news'): { documents: number; bytes: number } {
  const plainShare = PROFILES[profile];
  const r = mulberry32(seed);
  const fd = openSync(path, 'w');
  let written = 0;
  let i = 0;
  let buf = '';
  try {
    while (written < bytes) {
      const line = article(r, i++, plainShare);
      buf += line;
      written += Buffer.byteLength(line);
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
  return { documents: i, bytes: written };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, mb, seed, profile = 'news'] = process.argv.slice(2);
  if (!out || !mb || !(profile in PROFILES)) {
    process.stderr.write('usage: npx tsx bench/genCorpus.ts OUT.jsonl SIZE_MB [SEED] [news|dense]\n');
    process.exit(2);
  }
  const r = generateCorpus(out, Number(mb) * 1e6, seed ? Number(seed) : 1, profile as Profile);
  process.stdout.write(`${out}: ${r.documents} documents, ${r.bytes} bytes\n`);
}
