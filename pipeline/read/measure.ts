/**
 * What a statistic measures and which way the goods flow, from the mention's kind and the cue
 * words around it: a percent after "rose", "up" or before "year on year" is growth, other
 * percents are shares; a multiple ("doubled", "2.4 times") is growth; money is a level; a
 * number with a unit noun is a count (shipments, containers) or a quantity (tonnes, barrels).
 */
import type { Mention } from '../extract/index.js';
import type { Evidence, Flow, Measure } from './types.js';
import { ev } from './evidence.js';

/** A growth verb or "up"/"down" right before the figure (the extractor's text holds its hedge). */
const GROWTH_BEFORE =
  /\b(?:rose|rise|rises|rising|grew|grow|grows|growing|growth|(?<!made\s|make\s|makes\s)up|down|jumped|jump|jumps|surged|surge|surges|increased|increase|increases|increasing|decreased|decreases|decreasing|climbed|climb|fell|fall|falls|declined|decline|declines|dropped|drop|drops|soared|plunged|plummeted|tumbled|slipped|slid|slide|slides|dipped|dip|dips|eased|sank|slumped|collapsed|crashed|dived|retreated|expanded|contracted|gained|shrank|shrunk|fallen|risen|grown|rebounded|advanced|leapt|leaped|spiked|rocketed|skyrocketed|ballooned|falling|dropping|declining|climbing|jumping|surging|sliding|plunging|soaring|shrinking|slumping|easing|eases|slipping|sinking|tumbling|plummeting|retreating|dipping|contracting|expanding|gaining|advancing|rebounding|rocketing|(?:increase|decrease|rise|drop|fall|jump|decline|dip|plunge|slump|contraction|reduction|gain|growth|surge)\s+(?:of|was|were|is|amounted\s+to|came\s+to|stood\s+at))\s+(?:(?:only|just|a\s+mere|some|nearly|almost|roughly|about|around)\s+)?(?:by\s+)?(?:(?:only|just|a\s+mere)\s+)?(?:an?\s+|another\s+|a\s+further\s+|an\s+additional\s+)?(?:annual\s+|annualized\s+|cumulative\s+|combined\s+)?$/i;
const GROWTH_AFTER =
  /^\s*(?:more|less|fewer|higher|lower|below|above|increase|decrease|rise|drop|jump|growth|decline|fall|reduction|contraction|expansion|slump|plunge|dip|gain|surge|year[- ]on[- ]year|y\/y|yoy|on the year|from a year (?:earlier|ago|before)|from the (?:previous|prior|same) (?:year|period|quarter))\b/i;
/** A change verb with words between it and "by": "dropped even faster, by 41%", "rose sharply in March, by 12%". */
const GROWTH_VERB_BY =
  /\b(?:rose|risen|grew|grown|increased|climbed|jumped|surged|fell|fallen|dropped|declined|decreased|slipped|plunged|slumped|shrank|sank|tumbled)(?:\s+[\p{L}-]+){1,4},?\s+by\s+$/iu;
/** Going past a level by a percent: "surpassing their record 2022 volume by 15 percent" (a rise over that level). */
const PAST_BY =
  /\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|outpac(?:ed|es|ing)|outstrip(?:ped|s|ping)?|topp(?:ed|ing))\b[^.;%]{0,60}?\s+by\s+$/i;
/** The words of a fall, which make the change negative ("a decline of 40%", "slid 8%", "were down 15 percent"). */
const FALL =
  /\b(?:fell|fall|falls|falling|declined|decline|declines|declining|dropped|drop|drops|dropping|plunged|plunge|plunging|plummeted|tumbled|slipped|slid|slide|slides|sliding|dipped|dip|dips|eased|sank|slumped|slump|slumping|collapsed|crashed|dived|retreated|down|contracted|contraction|reduction|shrank|shrunk|shrinking|fallen|decrease|decreased|decreases|decreasing|easing|eases|slipping|sinking|tumbling|plummeting|retreating|dipping|contracting)\b/i;

/** Unit nouns after a count: a physical quantity, or shipments. */
const QUANTITY = /^\s+(?:metric\s+)?(tonnes|tons|tonne|ton|barrels|barrel|kilograms|kg|cubic metres|cubic meters)\b/i;
const SHIPMENTS = /^\s+(shipments|consignments|deliveries|cargoes|shipment|consignment)\b/i;
/** Nouns that make a count a tally of parties or things, not of supplies. */
export const PARTY_NOUN =
  /^\s+(?:(?:new|more|other|additional|chinese|russian|kazakh|turkish|foreign|named|listed|sanctioned)\s+)?(entities|entity|individuals|companies|firms|people|persons|officials|intermediaries|suppliers|businesses|banks|vessels|ships|ministers|samples|weapons|countries|days|years|months|members|cases|sources)\b/i;
/** Goods nouns a count of supplies may carry. */
const ITEM_NOUN =
  /^\s+(?:of\s+)?(?:(?!(?:the|these|those|its|their|all)\s)[a-z-]+\s+){0,2}?(containers|drones|uavs|uas|units|vehicles|cars|trucks|lorries|shells|rounds|missiles|munitions|rockets|engines|chips|items|pieces|parcels|packages(?!\s+of\s+(?:sanctions|measures))|tanks|machines|bearings|rifles|guns|modules|components|parts|devices|transistors|microchips|circuits|receivers|batteries|motors|cameras|imagers|systems|launchers|howitzers|radios|sensors|lathes)\b/i;

export interface MeasureReading {
  measure: Measure;
  /** For counts: the unit noun as written (containers, tonnes, shipments). */
  noun: string | null;
  quantity: boolean;
  shipments: boolean;
  falling: boolean;
  evidence: Evidence;
}

/**
 * The evidence rule of a value the reader signs: the extractor reads "fell by 61%" as 61, the
 * reader as -61. Review proposals carry such a value (review/proposal.ts), so a curator who keeps
 * it has not edited it.
 */
export const FALL_VALUE_RULE = 'a fall: the change is negative';

/** A change: its sign and the words that make it one (one shape for every growth reading). */
const growth = (falling: boolean, evidence: Evidence): MeasureReading => ({
  measure: 'growth',
  noun: null,
  quantity: false,
  shipments: false,
  falling,
  evidence,
});

/** The measure of a money, percent, ratio or count mention; undefined when it measures no supply. */
export function readMeasure(text: string, m: Mention, sentenceStart: number): MeasureReading | undefined {
  const before = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 50);
  if (m.kind === 'ratio') {
    return growth(false, ev(text, m.start, m.end, 'a multiple'));
  }
  if (m.kind === 'percent') {
    if (m.unit === 'percentage_points') return undefined;
    const g = GROWTH_BEFORE.exec(before);
    if (g) {
      const at = m.start - (before.length - g.index);
      return growth(FALL.test(g[0]), ev(text, at, m.end, 'a change verb before a percent'));
    }
    const v = /\sby\s+$/.test(before) ? GROWTH_VERB_BY.exec(before) : null;
    // The words between "surpassing" and "by" may hold a year: a longer window, read only after "by".
    const wide = v || !/\sby\s+$/.test(before) ? '' : text.slice(Math.max(sentenceStart, m.start - 80), m.start);
    const past = wide ? PAST_BY.exec(wide) : null;
    if (past) return growth(false, ev(text, m.start - (wide.length - past.index), m.end, 'a level passed by a percent'));
    if (v) {
      const at = m.start - (before.length - v.index);
      return growth(FALL.test(v[0]), ev(text, at, m.end, 'a change verb before a percent'));
    }
    // A signed percent is a change ("$480 million (+310%)", "(−12%)": the extractor keeps a minus in the value).
    if (/(?:^|[\s(])\+$/.test(before) || /^[−-]/.test(m.text)) {
      return growth(false, ev(text, m.start - (/\+$/.test(before) ? 1 : 0), m.end, 'a signed percent: a change'));
    }
    const a = GROWTH_AFTER.exec(after);
    const gap = a ? null : elidedChange(text, m, sentenceStart);
    if (gap) return gap;
    if (a) {
      const falling = FALL.test(a[0]) || /less|fewer|lower|below/i.test(a[0]);
      return growth(falling, ev(text, m.start, m.end + a[0].length, 'a percent change'));
    }
    return {
      measure: 'share',
      noun: null,
      quantity: false,
      shipments: false,
      falling: false,
      evidence: ev(text, m.start, m.end, 'a percent of a whole'),
    };
  }
  if (m.kind === 'money') {
    return {
      measure: 'level',
      noun: null,
      quantity: false,
      shipments: false,
      falling: false,
      evidence: ev(text, m.start, m.end, 'an amount of money'),
    };
  }
  if (m.kind === 'count' || m.kind === 'number') {
    const q = QUANTITY.exec(after);
    if (q)
      return {
        measure: 'level',
        noun: q[1]!.toLowerCase(),
        quantity: true,
        shipments: false,
        falling: false,
        evidence: ev(text, m.start, m.end + q[0].length, 'a quantity in a unit'),
      };
    const s = SHIPMENTS.exec(after);
    if (s)
      return {
        measure: 'count',
        noun: s[1]!.toLowerCase(),
        quantity: false,
        shipments: true,
        falling: false,
        evidence: ev(text, m.start, m.end + s[0].length, 'a count of shipments'),
      };
    const i = ITEM_NOUN.exec(after);
    if (i)
      return {
        measure: 'count',
        noun: i[1]!.toLowerCase(),
        quantity: false,
        shipments: false,
        falling: false,
        evidence: ev(text, m.start, m.end + i[0].length, 'a count of goods'),
      };
    // "Shipments of drone parts from Kazakhstan to Russia numbered about 340": the subject is what is counted.
    const lead = text.slice(sentenceStart, m.start);
    const counted = lead.length < 160 ? SHIPMENTS_NUMBERED.exec(lead) : null;
    if (counted)
      return {
        measure: 'count',
        noun: counted[1]!.toLowerCase(),
        quantity: false,
        shipments: true,
        falling: false,
        evidence: ev(text, sentenceStart + counted.index, m.end, 'a count of shipments, its subject'),
      };
  }
  return undefined;
}

/** The evidence rule of a change whose owner names it in a clause with its noun and verb left out. */
export const ELIDED_CHANGE_RULE = 'the change of the clause before, its owner elided';
/** "…, and Kyrgyzstan's by as much as 30%": a second owner whose noun and change verb are left out. */
const ELIDED_OWNER = /\s(?:and|while|but|whereas)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*(?:’s|'s)\s+by\s+$/u;
/** The change verb of the clause before and the number after it ("were down by 6%", "fell 8%"). */
const CHANGE_BY =
  /\b(?:rose|grew|increased|climbed|jumped|surged|fell|dropped|declined|decreased|slipped|plunged|shrank|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:[a-z]+\s+){0,3}?[^\s,;]*\d/gi;

/**
 * "Kazakhstan's exports to Russia were down by 6%, and Kyrgyzstan's by as much as 30%": the figure
 * after an elided owner takes the change of the clause before it, and its sign.
 */
function elidedChange(text: string, m: Mention, sentenceStart: number): MeasureReading | null {
  const lead = text.slice(sentenceStart, m.start);
  if (!/\sby\s+$/.test(lead)) return null;
  const owner = ELIDED_OWNER.exec(lead);
  if (!owner) return null;
  let verb: RegExpExecArray | null = null;
  CHANGE_BY.lastIndex = 0;
  for (let v = CHANGE_BY.exec(lead); v && v.index < owner.index; v = CHANGE_BY.exec(lead)) verb = v;
  if (!verb) return null;
  return growth(FALL.test(verb[0]), ev(text, sentenceStart + owner.index + 1, m.end, ELIDED_CHANGE_RULE));
}

/** A sentence opening on shipments whose verb gives their number: "Shipments of … numbered (totalled, reached) …". */
const SHIPMENTS_NUMBERED =
  /^\s*(?:the\s+)?(?:number\s+of\s+)?(shipments|consignments|deliveries|cargoes)\b[^.;\d]{0,100}?\b(?:numbered|totalled|totaled|came\s+to|reached|stood\s+at|(?:rose|fell|climbed|dropped|grew)\s+to|was|were)\s+$/i;

/** Flow cue words; "trade" as a source ("trade ministry", "trade records") is not a flow. */
const CUES: { flow: Flow; re: RegExp }[] = [
  // "Russian buyers spent a combined $6 billion on Chinese machine tools": spending on goods is buying them.
  // "imports and exports" (either order) is trade, not the nearer of its two words.
  {
    flow: 'import',
    re: /\b(?:imports?(?!\s+and\s+exports\b)(?<!\bexports\s+and\s+imports?)|imported|importing|purchases|purchased|bought|buys|buying|import|spent|spends|spending)\b/gi,
  },
  // "export controls" are a policy, not a flow.
  {
    flow: 'export',
    re: /\b(?:exports?(?!\s+and\s+imports\b)(?<!\bimports\s+and\s+exports?)|exported|exporting|re-exports?|re-exported|sales|sold|sells|shipments)\b(?!\s+control)/gi,
  },
  {
    flow: 'trade',
    re: /\b(?:imports\s+and\s+exports|exports\s+and\s+imports|trade|turnover|commerce)\b(?!\s+(?:ministry|data|records|figures|statistics|office|body|officials|agency|deals?|war|group|routes?|association))/gi,
  },
  {
    flow: 'supply',
    re: /\b(?:supplied|supplies|supply|supplying|suppliers?|provided|providing|delivered|deliveries|shipped|sent|send|sends|sending|transferred|transfers|procured|procures|procuring|came from|come from|comes from|coming from|received|market|originated|transit)\b/gi,
  },
];

export interface FlowCue {
  flow: Flow;
  start: number;
  end: number;
  text: string;
}

/** Each kind's own cues, one regex after another (the specification `flowCues` must agree with). */
export function flowCuesByKind(text: string, from: number, to: number): FlowCue[] {
  const body = text.slice(from, to);
  const cues: FlowCue[] = [];
  for (const { flow, re } of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m !== null; m = re.exec(body))
      cues.push({ flow, start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// The kinds' regexes as one, a capture group each: one scan of the sentence instead of four. No
// two kinds share a word, so their matches never overlap and one scan finds what four do
// (tests/read/flowCues.test.ts checks it on the dev texts and curated sources).
if (CUES.some(({ re }) => re.flags !== 'gi')) throw new Error('flow cue regexes are joined into one: each must have the flags gi');
// Every kind's regex opens with \b: tested once for all four, not in each group (the same matches, fewer steps).
if (CUES.some(({ re }) => !re.source.startsWith('\\b'))) throw new Error('flow cue regexes are joined into one: each must open with \\b');
const ALL_CUES = new RegExp(`\\b(?:${CUES.map(({ re }) => `(${re.source.slice(2)})`).join('|')})`, 'gi');
/** The capture group of each kind in ALL_CUES (a kind's own groups, if any, come after its own). */
const CUE_GROUPS: number[] = [];
for (let g = 1, k = 0; k < CUES.length; k++) {
  CUE_GROUPS.push(g);
  g += new RegExp(`${CUES[k]!.re.source}|`).exec('')!.length;
}

/** The flow cue words of `text[from, to)`, in order. */
export function flowCues(text: string, from: number, to: number): FlowCue[] {
  const body = text.slice(from, to);
  const cues: FlowCue[] = [];
  ALL_CUES.lastIndex = 0;
  for (let m = ALL_CUES.exec(body); m !== null; m = ALL_CUES.exec(body)) {
    let k = 0;
    while (m[CUE_GROUPS[k]!] === undefined) k++;
    cues.push({ flow: CUES[k]!.flow, start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return cues;
}

/** The clause around an offset: bounded by ; — and by commas that open "while", "up", "and", "even as"… clauses. */
const BREAK =
  /;|\s[—–]\s|,\s+(?=(?:while|whereas|but|up|down|and|as|after|before|although|compared|according|the|a|an|data|which|with|even\s+(?:as|though|if|while))\b)|,\s+(?=[A-Z])/g;
/** The same, and "while" or "whereas" without a comma ("EU exports … dropped by 58% while imports … decreased"). */
const BREAK_WHILE = new RegExp(`${BREAK.source}|\\s(?=(?:while|whereas)\\s)`, 'g');

/**
 * The breaks of `text[from, to)`, each its start and end, flat: the clause of every figure of a
 * sentence is asked for in turn, so the breaks of the last sentence asked about are kept.
 */
const lastBreaks: { text: string | undefined; from: number; to: number; breaks: number[] } = {
  text: undefined,
  from: -1,
  to: -1,
  breaks: [],
};
function breaksOf(text: string, from: number, to: number): number[] {
  if (lastBreaks.from === from && lastBreaks.to === to && lastBreaks.text === text) return lastBreaks.breaks;
  const body = text.slice(from, to);
  // Only a sentence holding " wh" pays for the extra alternative, tried at every space.
  const BREAK_RE = body.includes(' wh') ? BREAK_WHILE : BREAK;
  const breaks: number[] = [];
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(body); m !== null; m = BREAK_RE.exec(body)) breaks.push(from + m.index, from + m.index + m[0].length);
  lastBreaks.text = text;
  lastBreaks.from = from;
  lastBreaks.to = to;
  lastBreaks.breaks = breaks;
  return breaks;
}

export function clauseOf(text: string, at: number, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  const breaks = breaksOf(text, from, to);
  for (let i = 0; i < breaks.length; i += 2) {
    if (breaks[i + 1]! <= at) start = breaks[i + 1]!;
    else if (breaks[i]! >= at) {
      end = breaks[i]!;
      break;
    }
  }
  return { start, end };
}

/**
 * The flow of a statistic: for a share, an import word anywhere in its clause wins ("70% of the
 * machine tools Russia is importing come from China"); otherwise the cue nearest before the
 * figure in its clause, then after it, then anywhere in the sentence.
 */
/** How far after a share its base ("of Armenia's total exports") may name the flow. */
const SHARE_BASE_REACH = 32;

export function chooseFlow(
  cues: readonly FlowCue[],
  m: Mention,
  measure: Measure,
  clause: { start: number; end: number },
  text?: string,
): FlowCue | undefined {
  const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
  if (measure === 'share') {
    // The share's base right after it names its flow: "Russia bought about 40% of Armenia's exports".
    const base = inClause.find(
      (c) => (c.flow === 'import' || c.flow === 'export') && c.start >= m.end && c.start - m.end <= SHARE_BASE_REACH,
    );
    if (base) return base;
    const imp = inClause.find((c) => c.flow === 'import');
    if (imp) return imp;
    const exp = inClause.find((c) => c.flow === 'export');
    if (exp) return exp;
  }
  const before = inClause.filter((c) => c.end <= m.start);
  if (before.length > 0) return before[before.length - 1];
  const after = inClause.find((c) => c.start >= m.end);
  if (after) return after;
  let best: FlowCue | undefined;
  let d = Infinity;
  const ahead = text !== undefined && cues.some((c) => c.end <= m.start);
  for (const c of cues) {
    // "exports … were 729.4 billion yuan, down 9.1%, and imports from Russia were …": a flow word past
    // ", and" (while, but, whereas, a semicolon) heads the next clause, not a figure left of it.
    if (ahead && text !== undefined && c.start >= m.end && NEXT_CLAUSE.test(text.slice(m.end, c.start))) continue;
    const dist = c.start >= m.end ? c.start - m.end : m.start - c.end;
    if (dist < d) [best, d] = [c, dist];
  }
  return best;
}

/** What opens a clause of its own between a figure and a later flow word. */
const NEXT_CLAUSE = /,\s+(?:and|while|but|whereas)\s|;/;
