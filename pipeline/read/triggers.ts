/**
 * Claim triggers: the verbs and phrases a supply claim hangs on. Each kind is its first words
 * (an alternation whose every branch starts with a letter) and what must follow them. The
 * finder joins all branches into one regex grouped by first letter, which scans a text in about
 * half the time of the kinds' regexes joined as they are (bench/read.ts); tests/read/triggers.test.ts
 * checks that it finds what `kindPattern` of each kind finds.
 */
export type TriggerKind = 'supply' | 'receive' | 'nominal' | 'from' | 'sales' | 'support' | 'trade' | 'found' | 'appositive';

export interface Trigger {
  start: number;
  end: number;
  kind: TriggerKind;
}

/**
 * Not "supply chains", "the side of the war", "delivered the following remarks"; whole words only
 * ("supplied controlled navigation equipment" is a supply, not "supply controls").
 */
const NOT_A_CHAIN = String.raw`\b(?!\s+(?:chain|chains|routes?|lines?|side|forces|makers|manufacturers|producers|factories|plants|industry|industries|dealers|embargo|race|controls?|licen[cs]es?|bans?|restrictions?|regimes?|volumes?|data|figures|markets?|earnings|revenues?|credits?|dut(?:y|ies)|quotas?|prices?|growth|sector|of\s+(?:the|a)\s+(?:war|conflict)|(?:\w+\s+){0,3}(?:remarks|statement|speech|address|testimony|briefing|message))\b)`;

/** Kinds in precedence order: first words, then what follows them. No two kinds share a first word. */
export const TRIGGER_KINDS: readonly { kind: TriggerKind; words: string; tail: string }[] = [
  // "facilitated the transfer of" supplies; "account for the bulk of" is a supply with its share.
  // Goods passed on to Russia supply it: "continuing to forward U.S.-origin parts to Russia" (only with Russia after it:
  // "put forward", "going forward" are no supply); "diverting" only as a listing's ground ("added 370 entities to the
  // Entity List for diverting U.S.-origin items to Russia": "where a company has diverted" may be a condition).
  // Making for Russia supplies it: "developing drones for the Russian army", "involved in the
  // development and production of Russia’s Garpiya drone" (a weapon Russia owns, after "involved in").
  {
    kind: 'supply',
    words: String.raw`suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|hand(?:s|ed|ing)?(?=\s+(?:Russia|Moscow|the\s+Kremlin|Russian)\b)|gave(?=\s+(?:Russia|Moscow|the\s+Kremlin|Russian)\b)|giv(?:e|es|ing)(?=\s+(?:Russia|Moscow|the\s+Kremlin|Russian)\b)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|send(?:s|ing)?|sent|arm(?:s|ed|ing)|sell(?:s|ing)?|sold|resell(?:s|ing)?|resold|furnish(?:es|ed|ing)?|export(?:ed|ing)?|sharing|funnel(?:s|ed|ing|led|ling)?|transfer(?:s(?!\s+of\b)|red|ring|(?!\s+of\b))|channel(?:s|ed|led|ing|ling)|produc(?:e|es|ed|ing)(?=\s+(?:[\w’'-]+,?\s+){1,6}?for\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b)|manufactur(?:e|es|ed|ing)(?=\s+(?:[\w’'-]+,?\s+){1,6}?for\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b)|develop(?:s|ed|ing)?(?=\s+(?:[\w’'-]+,?\s+){1,6}?for\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b)|development\s+and\s+production(?=\s+of\s+(?:Russia|Moscow)[’']s\s)(?<=(?:involved|engaged|complicit)\s+in\s+the\s+development\s+and\s+production)|production(?=\s+of\s+(?:Russia|Moscow)[’']s\s)(?<=(?:involved|engaged|complicit)\s+in\s+(?:the\s+)?production)|equip(?:s|ped|ping)?(?=\s+(?:[\w’'-]+\s+){1,4}?with\s)|smuggl(?:e|es|ed|ing)|dispatch(?:es|ed|ing)?|re-export(?:ed|ing)?|re-exports(?=\s+(?!of\b|to\b|from\b|in\b|and\b|were\b|was\b|are\b|is\b|ha[sd]\b|have\b|rose\b|fell\b|grew\b|reached\b|jumped\b|surged\b|declined\b|increased\b|dropped\b|account)[a-z])|transship(?:s|ped|ping)?|forward(?:s|ed|ing)?(?=\s+(?:[\w’'.-]+,?\s+){0,6}?(?:to|into)\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b)|diverting(?<=\bfor\s+diverting)(?=\s+(?:[\w’'.-]+,?\s+){0,6}?(?:to|into)\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b)|trans-ship(?:s|ped|ping)?|facilitat(?:e|es|ed|ing)(?=\s+the\s+(?:transfer|sale|shipment|supply|export|delivery)s?\s+of\b)|account(?:s|ed|ing)?\s+for(?=\s+(?:the\s+)?(?:bulk|vast\s+majority|overwhelming\s+majority|majority|most|nearly\s+all|almost\s+all|virtually\s+all|lion[’']s\s+share)\b)`,
    tail: NOT_A_CHAIN,
  },
  {
    kind: 'receive',
    // "Russia relies on China for machine tools": who relies on a country for goods receives them.
    // "Russia imports drones from Iran", "gets most of its drones from China": import and get as verbs, with the
    // goods before "from" (not "imports of", "imports from China rose").
    words: String.raw`import(?=\s+from\s)(?<=\b(?:that|which)\s+(?:Russia|Moscow)\s+(?:[a-z]+\s+){0,3}import)|import(?:s|ing)?(?=\s+(?!of\b|from\b|to\b|into\b|in\b|by\b|and\b|rose\b|fell\b|were\b|was\b|are\b|is\b|have\b|has\b|had\b|grew\b|jumped\b|increased\b|decreased\b|declined\b|dropped\b|reached\b|totalled\b|totaled\b|account)(?:[a-z-]+,?\s+){1,6}?from\s)|get(?:s|ting)(?=\s+(?:[a-z-]+,?\s+){1,6}?from\s)|get(?<!\bto\sget)(?=\s+(?:[a-z-]+,?\s+){1,6}?from\s)|got(?=\s+(?:[a-z-]+,?\s+){1,6}?from\s)|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|bought|buys|buying|buy(?=\s+(?:[a-z-]+,?\s+){1,6}?from\s)|purchase(?:s)?(?=\s+(?:[\w’'-]+,?\s+){1,12}?from\s)|sourc(?:e|es|ed|ing)(?=\s+(?:[a-z-]+,?\s+){1,6}?from\s)|turn(?:s|ed|ing)?\s+to(?=\s+[^.;:]{2,80}?\s+for\s)|and(?=\s+to\s+[^.;:]{2,60}?\s+for\s)(?<=\bturn(?:s|ed|ing)?\s+to\s+[^.;:]{2,160}?,?\s+and)|purchased|purchasing|imported|rel(?:y|ies|ied|ying)\s+(?:heavily\s+|largely\s+|mostly\s+|chiefly\s+)?on|depend(?:s|ed|ing)?\s+(?:heavily\s+|largely\s+|mostly\s+|chiefly\s+)?on`,
    tail: String.raw`\b`,
  },
  {
    kind: 'nominal',
    // The verbs that make a subject what it is: be, remain, become (an adverb may stand after "has": "has also
    // become"), continue to be, serve or act as; "as" after a comma ("…, as the main exporter of machine tools").
    words: String.raw`is|was|are|were|remains|remained|remain|ha(?:s|ve|d)(?:\s+(?:also|now|long|since|already|increasingly|effectively|quickly|reportedly|gradually))?\s+(?:become|been)|became|becomes|become|continu(?:e|es|ed|ing)\s+to\s+be|serv(?:e|es|ed|ing)\s+as|act(?:s|ed|ing)?\s+as|as(?<=,\s+as)`,
    // "is one of the largest suppliers of", "have been among the main sources of" too; any adjectives
    // ("the largest foreign provider of", "a key supplier of"); "a conduit for" goods; "the key enabler of
    // Russia's war"; "one of Russia's top military backers" (a backer of a country named before it).
    tail: String.raw`\s+(?:(?:very\s+|most\s+)?(?:likely|probably|also|still|now)\s+|almost\s+certainly\s+)?(?:(?:one|among)\s+(?:of\s+)?)?(?:the|a|an|[A-Z][a-z]+['’]s)\s+(?:(?!(?:of|for|to|and|or|in|on|with|that|which)\s)[a-z][a-z-]*\s+){0,3}(?:(?:suppliers?|sources?|contributors?|providers?|exporters?|conduits?|channels?|vendors?|sellers?|enablers?)\s+(?:of|to|for)\b|(?<=[A-Z][a-z]+['’]s\s+(?:[a-z][a-z-]*\s+){0,3})backers?\b)`,
  },
  // "Dual-use goods continue to flow from China": goods that flow from a country come from it.
  {
    kind: 'from',
    words: String.raw`com(?:e|es|ing)|came|originat(?:e|es|ed|ing)|sourced|flow(?:s|ed|ing)?|mov(?:e|es|ed|ing)|reach(?:es|ed|ing)?\s+(?:the\s+)?(?:Russia|Moscow|Russian\s+[a-z]+)(?:\s+[a-z]+ly)?`,
    // "most of these motors came in directly from China": "in" and an adverb before "from".
    tail: String.raw`(?:\s+in)?(?:\s+(?:directly|mostly|largely|mainly|chiefly|primarily))?\s+from\b`,
  },
  {
    kind: 'sales',
    words: String.raw`surged|increased|boosted|expanded|stepped up|ramped up|raised`,
    tail: String.raw`\s+(?:its\s+|their\s+)?(?:sales|exports|shipments|deliveries)\b`,
  },
  // A supplier's trade named as a noun: "China’s exports of nitrocellulose", "Chinese sales of drones".
  {
    kind: 'trade',
    words: String.raw`exports|sales|sale|shipments|deliveries|provision|transfers|transfer|flows?`,
    tail: String.raw`\s+of\b`,
  },
  // Goods of one country found in another's weapons: "Chinese components were found in Russian drones".
  // Goods bound for Russia said to be made somewhere ("the microelectronics moving through Türkiye to Russia
  // are made in China"): the place of making supplies (madeIn.ts).
  // Goods arriving with no supply verb ("Chinese parts are turning up in Russia", "US-made machine
  // tools are still making their way to Russia"): read as goods found, the place they reach receiving.
  {
    kind: 'found',
    words: String.raw`found|discovered|recovered|identified|turn(?:s|ed|ing)?\s+up|mak(?:e|es|ing)\s+(?:their|its)\s+way|made\s+(?:their|its)\s+way|made(?<=\b(?:is|are|was|were)\s+(?:(?:mostly|largely|mainly|all|almost\s+all|chiefly)\s+)?made)|manufactured(?<=\b(?:is|are|was|were)\s+(?:(?:mostly|largely|mainly|all|almost\s+all|chiefly)\s+)?manufactured)|find(?:s|ing)?\s+(?:their|its)\s+way|end(?:s|ed|ing)?\s+up|reach(?:es|ed|ing)?`,
    // Session 18 (claims19): goods that "reached Russia", "continue to reach Russia's arms industry" arrive there;
    // only a Russian place after "reach" ("exports reached $2 billion" is no arrival, and reading it costs).
    tail: String.raw`(?:\s+(?:in|inside)|(?<=way)\s+(?:to|into)|(?<=reach|reaches|reached|reaching)(?=\s+(?:the\s+)?(?:Russia|Moscow|Russian)\b)(?!\s+(?:the\s+)?(?:Russia|Moscow|Russian\s+[a-z]+)(?:\s+[a-z]+ly)?\s+from\b))\s`,
  },
  // A name with a supplier noun in apposition: "Shenzhen Blue Hat, a China-based supplier of drone engines to Russian firms".
  {
    kind: 'appositive',
    words: String.raw`suppliers?|exporters?|distributors?|providers?|vendors?`,
    // Only after ", a": "is the largest supplier of" is the nominal kind's.
    tail: String.raw`(?<=,\s+(?:a|an|the|one of the|another)\s+(?:[\w-]+\s+){0,3}[a-z]+)\s+of\b`,
  },
  // Support of Russia, with no goods named: "China’s ongoing support for Russia’s military industrial base".
  { kind: 'support', words: String.raw`support(?:s|ed|ing)?`, tail: String.raw`\b` },
];

/** The top-level branches of an alternation. */
function branches(words: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(words.slice(from, i));
      from = i + 1;
    }
  }
  out.push(words.slice(from));
  return out;
}

/** One kind's own pattern (the specification the finder must agree with). */
export const kindPattern = (kind: TriggerKind): RegExp => {
  const k = TRIGGER_KINDS.find((t) => t.kind === kind)!;
  return new RegExp(String.raw`\b(?:${k.words})${k.tail}`, 'gi');
};

/**
 * All branches in one regex, grouped by first letter, without capture groups: a match array of
 * some eighty groups per hit cost more than the scan. The kind of a hit is the first kind whose
 * own pattern matches at its offset (`kinds`, sticky): the joined regex tries the kinds'
 * branches in the same order, so it is the kind of the branch that matched, and the same end.
 */
function compile(): { re: RegExp; byLetter: { kind: TriggerKind; re: RegExp }[][] } {
  // A letter's branches, the consecutive ones of a kind as one group before the kind's tail:
  // `(?:a|b)tail` tries what `atail|btail` tries, in the same order, and the tails (the supply
  // kind's is some 400 characters) are written once per letter, not once per branch. Irregexp
  // compiles a pattern of more than 20 KB (V8's kRegExpTooLargeToOptimize) without its
  // optimizations, and this one scans some eight times slower then (tests/read/triggers.test.ts
  // holds it under the bound).
  const byLetter = new Map<string, { kind: TriggerKind; tail: string; list: string[] }[]>();
  // The kinds with a branch starting with each letter (a to z), in precedence order: only those
  // can match where a hit starts with that letter (in either case: the patterns are ASCII).
  const kindsOf: { kind: TriggerKind; re: RegExp }[][] = [];
  for (let c = 0; c < 26; c++) kindsOf.push([]);
  for (const { kind, words, tail } of TRIGGER_KINDS) {
    const re = new RegExp(String.raw`(?:${words})${tail}`, 'iy');
    for (const b of branches(words)) {
      const letter = b[0]!.toLowerCase();
      if (!/[a-z]/.test(letter)) throw new Error(`trigger branch ${b} must start with a letter`);
      const groups = byLetter.get(letter) ?? [];
      const last = groups[groups.length - 1];
      if (last?.kind === kind) last.list.push(b.slice(1));
      else groups.push({ kind, tail, list: [b.slice(1)] });
      byLetter.set(letter, groups);
      const kinds = kindsOf[letter.charCodeAt(0) - 97]!;
      if (kinds[kinds.length - 1]?.kind !== kind) kinds.push({ kind, re });
    }
  }
  const letters: string[] = [];
  for (const [letter, groups] of byLetter) {
    const alternatives = groups.map((g) => (g.list.length === 1 ? `${g.list[0]}${g.tail}` : `(?:${g.list.join('|')})${g.tail}`));
    letters.push(`${letter}(?:${alternatives.join('|')})`);
  }
  return { re: new RegExp(String.raw`\b(?:${letters.join('|')})`, 'gi'), byLetter: kindsOf };
}

const FINDER = compile();

/** The length of the finder's pattern (tests/read/triggers.test.ts keeps it under irregexp's 20 KB bound). */
export const FINDER_PATTERN_LENGTH = FINDER.re.source.length;

/** Every trigger in the text, in order. */
export function findTriggers(text: string): Trigger[] {
  const { re, byLetter } = FINDER;
  const found: Trigger[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // The hit's first letter, lower-cased (ASCII: the regex has no u flag, so only ASCII letters match its branches).
    for (const k of byLetter[(text.charCodeAt(m.index) | 32) - 97]!) {
      k.re.lastIndex = m.index;
      if (k.re.test(text)) {
        found.push({ start: m.index, end: k.re.lastIndex, kind: k.kind });
        break;
      }
    }
  }
  return found;
}
