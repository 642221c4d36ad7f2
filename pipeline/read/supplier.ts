/**
 * The supplier of a claim: the noun phrase before its verb, read backwards over the words a
 * supplier's name is made of (capitalized words, "-based", "companies", "entities in China and
 * Hong Kong"), stopping at a figure, a verb or a clause break. A relative clause ("22 entities
 * … that have supplied") is read back past its "that".
 */
import { GROUP_NOUNS, GROUP_NOUN_WORD } from './groupNouns.js';
import { isSpace } from './textEnds.js';

const AUX =
  /^(?:has|have|had|is|are|was|were|been|be|being|also|likely|probably|possibly|reportedly|allegedly|directly|indirectly|still|never|not|n’t|n't|continue|does|do|did|isn’t|isn't|aren’t|aren't|hasn’t|hasn't|haven’t|haven't|doesn’t|doesn't|didn’t|didn't|repeatedly|almost|now|already|continued|continues|continuing|keep|keeps|kept|to|may|might|could|would|will|denies|denied|deny|ever|once|even|just|further|began|begun|begin|begins|started|start|starts|resumed|resume|resumes|tried|tries|try|trying|conspired|attempted|attempts|attempting|managed|manages|very|highly|most|quite|nonetheless|nevertheless|again|themselves|often|sometimes)$/i;
/** An aside between a subject and its verb. */
const ASIDE =
  /^(?:for (?:its|their|his|her) part|in turn|meanwhile|too|also|however|in particular|for example|for instance|in addition|by contrast|in contrast|similarly|likewise|moreover|(?:including|among them|notably)\s+[^,]{2,80}|not\s+(?:the|its|their)\s+[\p{L} ]{2,30}|(?:several|many|most|some|all|one|two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+of\s+them\s+[^,]{1,80}|(?:all\s+|both\s+|each\s+|mostly\s+)?(?:located|registered|based|headquartered|incorporated|operating)\s+in\s+\p{Lu}.*)$/u;
/** A finite auxiliary opens a verb group whose subject may close on a comma ("…, Limited, have"); "not to" does not. */
const FINITE = /^(?:has|have|had|is|are|was|were|will|would|may|might|could|continue|continues|also|reportedly|allegedly)$/;
/** An adverb of manner; a hypothetical one ("potentially transferring") makes no claim. */
const ADVERB = /^(?!potentially$|hypothetically$|eventually$)\p{Ll}{2,}ly$/u;
const REPORTED =
  /^(?:believed|thought|said|alleged|suspected|known|understood|reported|determined|found|assessed|judged|considered|estimated|used|appears?|appeared|seems?|seemed)$/i;
const NP_WORD = new RegExp(
  String.raw`^(?:${GROUP_NOUNS}|based|registered|headquartered|state-owned|private|shell|freight|logistics|front|government|authorities|defense|defence|region|province|prefecture|district|in|and|or|of|the|[\p{Lu}][\p{L}\p{N}.’'&-]*|[\p{L}]+-based)$`,
  'u',
);
/**
 * `NP_WORD.test(w)`; a capitalized ASCII word ("Beijing", "U.S.", "AT&T") is one of its names
 * without running it.
 */
function isNpWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) {
    let i = 1;
    for (; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45)) break;
    }
    if (i === w.length) return true;
  }
  return NP_WORD.test(w);
}
const GROUP_NOUN = GROUP_NOUN_WORD;
/** A gerund naming a group's trade ("trading houses"), not a verb before its object ("designating entities"). */
const TRADE_GERUND =
  /^(?:trading|shipping|engineering|manufacturing|holding|consulting|mining|processing|forwarding|freight-forwarding|logistics|sourcing|procurement)$/;
const DETERMINERS = /^(?:the|a|an|some|many|several|two|three|other|certain)\s+/i;

export interface SupplierPhrase {
  start: number;
  end: number;
  text: string;
  relative: boolean;
}

interface Word {
  w: string;
  start: number;
  end: number;
  /** Whether it is an auxiliary or adverb (AUX, ADVERB), and a reporting verb (REPORTED): 0 no, 1 yes, -1 not read yet. */
  aux: number;
  reported: number;
}

const NP_CHAR = /[\p{L}\p{N}]/u;
/** A character of a name word: a letter, a digit, . ’ ' & or a hyphen. */
function isNameChar(c: number, text: string, at: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45;
  }
  return c === 0x2019 || NP_CHAR.test(text[at]!);
}
/** A dash or comma: a word of its own. */
const isStop = (c: number): boolean => c === 44 || c === 0x2014 || c === 0x2013;

/**
 * The words of `text[from, to)` read backwards on demand, last first: a supplier phrase is a few
 * words before its verb, and tokenising the whole clause before it cost more than the rest.
 */
function wordsBackwards(text: string, from: number, to: number): (k: number) => Word | undefined {
  const rev: Word[] = [];
  let pos = to;
  return (k) => {
    while (rev.length <= k && pos > from) {
      let c = text.charCodeAt(pos - 1);
      while (pos > from && !isStop(c) && !isNameChar(c, text, pos - 1)) c = text.charCodeAt(--pos - 1);
      if (pos <= from) break;
      const end = pos;
      if (isStop(c)) pos--;
      else while (pos > from && isNameChar(text.charCodeAt(pos - 1), text, pos - 1)) pos--;
      rev.push({ w: text.slice(pos, end), start: pos, end, aux: -1, reported: -1 });
    }
    return k >= 0 ? rev[k] : undefined;
  };
}

/** "a subsidiary of the … ", "an affiliate of": the part of the body the phrase names (its article in group 1). */
const PART_OF =
  /(?:^|[\s,—(])((?:an?|the|A|An|The)\s+)?(?:subsidiary|subsidiaries|affiliate|affiliates|unit|units|division|front\s+company|front\s+companies)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,4}$/u;

/** A verb of saying whose speaker is set off by commas inside a clause ("Chinese companies, the ministry alleges, have"). */
const PARENTHETICAL_VERB =
  /^(?:said|says|added|adds|noted|notes|stated|states|claimed|claims|alleged|alleges|believes|believe|assessed|assesses|argued|argues|insisted|insists|wrote|writes|told|found|finds|concluded|concludes|reported|reports|suspect|suspects|say)$/;

/** An apposition set off by commas: "a Turkish distributor", "Russia's top trading partner", "one of its suppliers". */
const APPOSITIVE =
  /^(?:a|an|another|one\s+of\s+(?:the|its|their)|\p{Lu}[\p{L}.-]*[’']s|(?:which|who)\s+(?:is|are|was|were|has|have|had)(?:\s+(?:long|also|now))?)\s+(?![^,]*\b(?:said|says|told|added|noted|reported|according)\b)[^,;()]{2,70}$/u;
/** A relative clause with a subject of its own: "which the U.S. Treasury sanctioned in August", "whom OFAC designated last year". */
const OWN_SUBJECT_RELATIVE =
  /^(?:which|whom)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:has\s+|had\s+|have\s+|also\s+)*\p{Ll}{3,}ed\b[^,;()]{0,40}$/u;
/** The last word of a name or group before an apposition. */
const NAME_END =
  /^(?:\p{Lu}[\p{L}\p{N}.’'&-]*|companies|company|firms|firm|entities|suppliers|supplier|manufacturers|manufacturer|traders|trader|distributors|distributor|re-exporters|resellers|wholesalers|dealers|brokers|plants?|factories|factory)$/u;

/** The index of the first word before the verb that is no auxiliary, adverb or reporting verb. */
function skipAux(word: (k: number) => Word | undefined, i: number): number {
  // Each word's tests are read once: the words before a verb are walked over several times.
  for (let w = word(i); w; w = word(++i)) {
    // ADVERB ends in "ly": other words are not tried.
    if (w.aux < 0) w.aux = AUX.test(w.w) || (w.w.endsWith('ly') && ADVERB.test(w.w)) ? 1 : 0;
    if (w.aux === 1) continue;
    if (w.reported < 0) w.reported = REPORTED.test(w.w) ? 1 : 0;
    if (w.reported === 1 && word(i - 1)?.w === 'to') continue;
    break;
  }
  return i;
}

/** "controlled by the suspects", "owned by a Russian national" between a group and its verb. */
const OWNED_BY =
  /\s+(?:controlled|owned|run|operated|managed|founded)\s+by\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}\s+(?:(?:has|have|had|also|then|\p{Ll}+ly)\s+)*$/u;
const GROUP_NOUN_END = new RegExp(String.raw`\b(?:${GROUP_NOUNS})$`, 'u');

/** A count or a quantifier of a group: "19", "nine", "some". */
const COUNT_WORD = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|many|most|all|both)$/i;

/** A passive's auxiliary before its participle: "were", "had been", "are being". */
const PASSIVE_AUX = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u;

/** The supplier phrase ending before `verbStart` in `text[from, verbStart)`. */
export function supplierBefore(text: string, from: number, verbStart: number): SupplierPhrase | undefined {
  // "three companies — A, B and C — which delivered": names listed between dashes right before the verb.
  // Only the characters just before the verb are looked at for the closing dash: most subjects have none.
  const dashed = hasDashBefore(text, Math.max(from, verbStart - 40), verbStart) ? namesBetweenDashes(text, from, verbStart) : undefined;
  if (dashed) return dashed;
  // "a trading company controlled by the suspects exported": the group noun before its owner supplies.
  // (Tried only where " by " stands just before the verb: most subjects have none.)
  const nearFrom = Math.max(from, verbStart - 64);
  const byIn = text.slice(nearFrom, verbStart).lastIndexOf(' by ');
  const byAt = byIn < 0 ? -1 : nearFrom + byIn;
  if (byAt > from) {
    const owned = OWNED_BY.exec(text.slice(Math.max(from, byAt - 24), verbStart));
    const at = owned ? Math.max(from, byAt - 24) + owned.index : -1;
    if (owned && GROUP_NOUN_END.test(text.slice(Math.max(from, at - 24), at))) return supplierBefore(text, from, at);
  }
  // Word k counts back from the verb: 0 is the last word before it.
  const word = wordsBackwards(text, from, verbStart);
  let i = 0;
  // "The DPRK (which the Panel of Experts once monitored) has transferred": a parenthesis before the
  // verb group belongs to neither; the subject is read before it.
  const appositionEnd = skipAux(word, 0);
  let afterWord = word(appositionEnd)?.end ?? verbStart;
  while (afterWord < verbStart && isSpace(text.charCodeAt(afterWord))) afterWord++;
  const close = afterWord < verbStart && text.charCodeAt(afterWord) === 41 ? text.lastIndexOf('(', verbStart) : -1;
  if (close > from) return supplierBefore(text, from, close);
  // "Gulf Horizon FZE, a trading company registered in Sharjah, facilitated", "Iran, Russia's main
  // partner in the Middle East, has delivered": an apposition between the name and its verb.
  if (word(appositionEnd)?.w === ',') {
    for (let k = appositionEnd + 2; k <= appositionEnd + 14 && word(k); k++) {
      if (word(k)!.w !== ',') continue;
      const aside = text.slice(word(k)!.end, word(appositionEnd)!.start).trim();
      if ((APPOSITIVE.test(aside) || ASIDE.test(aside) || OWN_SUBJECT_RELATIVE.test(aside)) && NAME_END.test(word(k + 1)?.w ?? ''))
        return supplierBefore(text, from, word(k)!.start);
    }
  }
  // "Hong Kong firms, it said, remained": a parenthetical speaker before the verb.
  if (word(0)?.w === ',' && PARENTHETICAL_VERB.test(word(1)?.w ?? '') && word(3)?.w === ',') i = 4;
  // "one Hong Kong company, Vector Components Limited, shipped": the name in apposition before the verb.
  else if (word(0)?.w === ',' && /^\p{Lu}/u.test(word(1)?.w ?? '')) i = 1;
  // "is believed to have supplied": a verb of reporting before "to" belongs to the verb group.
  // An adverb ("quietly", "primarily") too: a lower-case word in -ly.
  i = skipAux(word, i);
  // "The Chinese companies concerned have not supplied": a participle after the group noun is the subject's.
  if (/^(?:concerned|involved|named|listed|mentioned)$/.test(word(i)?.w ?? '') && GROUP_NOUN_WORD.test(word(i + 1)?.w ?? '')) i++;
  // "Xinjiang Lianhe Aerospace, the government said, has provided": a speaker of a few words set off
  // by commas between the subject and its verb group.
  if (word(i)?.w === ',' && PARENTHETICAL_VERB.test(word(i + 1)?.w ?? '')) {
    for (let k = i + 3; k <= i + 7 && word(k); k++) {
      if (word(k)!.w === ',') {
        i = k + 1;
        break;
      }
    }
  }
  // "X, which the Department determined has shipped": a speaker's clause inside the relative clause.
  // "X, which OFAC has determined sold", "which the UK assesses has delivered": the speaker's auxiliaries too.
  if (/^(?:determined|found|said|says|assessed|assesses|judges|judged|believes|concluded|established)$/.test(word(i)?.w ?? '')) {
    let k = i + 1;
    while (k <= i + 6 && word(k) && /^(?:has|have|had|also)$/.test(word(k)!.w)) k++;
    while (k <= i + 7 && word(k) && /^(?:\p{Lu}[\p{L}.’'-]*|the|of)$/u.test(word(k)!.w)) k++;
    if (k > i + 1 && /^(?:that|which|who)$/i.test(word(k)?.w ?? '')) i = k;
  }
  // "North Korea, for its part, has delivered", "these entities, located in China …, have been
  // involved": an aside between commas before the verb group belongs to neither.
  if (word(i)?.w === ',') {
    for (let k = i + 1; k <= i + 16 && word(k); k++) {
      if (word(k)!.w !== ',') continue;
      if (ASIDE.test(text.slice(word(k)!.end, word(i)!.start).trim())) {
        i = k + 1;
        break;
      }
    }
  }
  // "…, Sinno Electronics Co., Limited, have exported": the comma closing a name before the verb group.
  if (FINITE.test(word(i - 1)?.w ?? '') && word(i)?.w === ',' && /^\p{Lu}/u.test(word(i + 1)?.w ?? '')) i++;
  // "entities that produced and delivered": a verb coordinated before the supply verb.
  if (word(i)?.w === 'and' && /^\p{Ll}+ed$/u.test(word(i + 1)?.w ?? '') && /^(?:that|which|who)$/i.test(word(i + 2)?.w ?? '')) i += 2;
  // "were made in China and shipped to Russia": a verb after "and" has no subject of its own here.
  if (/^(?:and|or|but)$/.test(word(i)?.w ?? '')) return undefined;
  let relative = false;
  // "trading companies in China, which then shipped them": "then" after the relative pronoun is the verb's.
  if (word(i)?.w === 'then' && /^(?:that|which|who)$/i.test(word(i + 1)?.w ?? '')) i++;
  if (word(i) && /^(?:that|which|who)$/i.test(word(i)!.w)) {
    relative = true;
    i++;
    // "Derin Makina Sanayi, which sold": the comma before a non-restrictive relative.
    if (word(i)?.w === ',' && /^\p{Lu}/u.test(word(i + 1)?.w ?? '')) i++;
  }
  const end = word(i) ? word(i)!.end : verbStart;
  // "it was established that 19 of them had shipped", "some of them have exported": a part of the group named before is the subject
  // (in a passive, "most of them were re-exported", the part of the goods).
  if (
    word(i)?.w === 'them' &&
    word(i + 1)?.w === 'of' &&
    COUNT_WORD.test(word(i + 2)?.w ?? '') &&
    !PASSIVE_AUX.test(text.slice(end, verbStart))
  ) {
    const at = word(i + 2)!.start;
    return { start: at, end, text: text.slice(at, end), relative };
  }
  let j = i;
  while (word(j)) {
    const w = word(j)!.w;
    if (w === '—' || w === '–') break;
    if (w === ',') {
      // A comma inside a list of names: "Wuhan Global Sensor Technology Company, Wuhan Tongsheng …".
      // Also "Iran, the DPRK, and China": the next name may follow "and" or "the".
      const prev = word(j + 1);
      let k = j - 1;
      let article = false;
      for (; word(k) && /^(?:and|the)$/.test(word(k)!.w); k--) article ||= word(k)!.w === 'the';
      const next = word(k);
      // After "the", only in a list that goes on to an "and" ("…, the Chinese Communist Party has" is no list).
      let list = !article;
      for (let x = j - 1; x >= i && !list; x--) list = word(x)?.w === 'and';
      // "Another, Tianjin Hongyu Trade, has shipped": a pronoun before the name it stands for is no list item.
      if (prev && next && list && /^\p{Lu}/u.test(prev.w) && /^\p{Lu}/u.test(next.w) && !/^(?:Another|One|Some|Both|Each)$/.test(prev.w)) {
        j++;
        continue;
      }
      break;
    }
    if (!isNpWord(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) {
      // "trading houses", "shipping companies": a gerund naming the trade of the group noun after it.
      if (w.endsWith('ing') && TRADE_GERUND.test(w) && GROUP_NOUN.test(word(j - 1)?.w ?? '')) {
        j++;
        continue;
      }
      // "Kazakh trading firms": an ordinary word between a name and the group noun it ends with.
      const head = word(i)?.w ?? '';
      const name = [j + 1].find((x) => /^\p{Lu}/u.test(word(x)?.w ?? ''));
      if (
        j === i + 1 &&
        GROUP_NOUN.test(head) &&
        /^\p{Ll}[\p{L}-]*$/u.test(w) &&
        !/^(?:that|which|who|and|or|but|of|in|on|at|the|a|an|to|by|for|with|from|as|said|says)$/.test(w) &&
        name !== undefined &&
        !AUX.test(w)
      ) {
        j = name;
        continue;
      }
      break;
    }
    j++;
  }
  // "its companies", "their suppliers": the possessive stays with the group noun.
  // "Some of these firms": a demonstrative too, and a quantifier with "of" before it.
  if (j === i + 1 && GROUP_NOUN.test(word(i)!.w) && /^(?:its|their|our|these|those)$/i.test(word(j)?.w ?? '')) {
    j++;
    if (word(j)?.w === 'of' && /^(?:some|many|several|most|all|two|three|four|five)$/i.test(word(j + 1)?.w ?? '')) j += 2;
  }
  if (j === i) return relative ? describedName(text, from, word(i - 1)!.start) : undefined;
  let start = word(j - 1)!.start;
  let phrase = text.slice(start, end);
  // Leading glue words are no part of the name.
  for (
    let m = /^(?:and|in|of|that|but|said|while)\s+/i.exec(phrase);
    m !== null;
    m = /^(?:and|in|of|that|but|said|while)\s+/i.exec(phrase)
  ) {
    start += m[0].length;
    phrase = phrase.slice(m[0].length);
  }
  // A capitalized preposition opening the sentence is no part of the name ("Without China's support"),
  // nor is a sentence adverb ("Instead, Chinese companies") or an ordinal of a list of findings ("Second, Turkish traders").
  const lead =
    /^(?:Without|With|Despite|Given|Including|Unlike|Like|Through|Beyond|Amid|If|Unless|Whether|Although|Though|Because|Once|Yet|But|And|So)\s+|^(?:Instead|Moreover|However|Meanwhile|Separately|Similarly|Likewise|Indeed|Still|Yet|Also|Now|Today|First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Finally|Lastly|Furthermore|Additionally|In addition|Notably|Crucially|Importantly|Nevertheless|Nonetheless|Increasingly|Thus|Therefore|In turn|In particular|In short),\s+/.exec(
      phrase,
    );
  if (lead) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  const det = DETERMINERS.exec(phrase);
  // "Three of the entities": a number before "of" is the phrase's head, not a determiner.
  if (det && !/^\S+\s+of\s/i.test(phrase) && !/^the\s+(?:DPRK|PRC|UAE|U\.S\.|United|European|Kremlin)/.test(phrase)) {
    start += det[0].length;
    phrase = phrase.slice(det[0].length);
  }
  if (phrase.length < 2 || /^(?:and|in|of|that|but|said|while|the|an)$/i.test(phrase)) return undefined;
  // "A subsidiary of the Chinese state arms company Norinco": the part of a body named with it.
  const partOf = PART_OF.exec(text.slice(Math.max(from, start - 80), start));
  if (partOf) {
    const at = Math.max(from, start - 80) + partOf.index + (partOf[1]?.length ?? 0);
    return { start: at, end, text: text.slice(at, end), relative };
  }
  // A sentence-initial capital on an ordinary word ("The", "Before") is no name.
  if (/^(?:Before|After|Since|Today|Meanwhile|However|Also|It|They|He|She|We|This|That|These|Those|In|On|At)$/.test(phrase))
    return undefined;
  // "Jinan Tengfei Trading Co., a China-based company that has shipped": the name the apposition describes.
  if (relative) {
    const appos = /([^,;]),\s+(?:a|an|the)\s+$/.exec(text.slice(Math.max(from, start - 12), start));
    const name = appos ? supplierBefore(text, from, start - appos[0].length + 1) : undefined;
    if (name && /^\p{Lu}/u.test(name.text) && !name.relative) return { ...name, relative: true };
  }
  return { start, end, text: phrase, relative };
}

/** Whether an em or en dash stands in `text[from, to)`. */
function hasDashBefore(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

const DASH_CLOSE = /\s[—–]\s+(?:,\s*)?((?:which|that|who)\s+)?(?:(?:has|have|had|also|reportedly|allegedly|\p{Ll}+ly)\s+)*$/u;

/**
 * "three Kazakh distributors — Astana Electro, a wholesaler of electrical parts; Kaspi Trade House;
 * and Nur Logistics, based in Shymkent — sold": the names of a list set off by dashes before the
 * verb supply (each without its apposition), when every item is a name.
 */
function namesBetweenDashes(text: string, from: number, verbStart: number): SupplierPhrase | undefined {
  const headFrom = Math.max(from, verbStart - 240);
  const head = text.slice(headFrom, verbStart);
  const close = DASH_CLOSE.exec(head);
  if (!close) return undefined;
  const open = Math.max(head.lastIndexOf('—', close.index - 1), head.lastIndexOf('–', close.index - 1));
  if (open < 0 || /[.;:]\s/.test(head.slice(open, close.index).replace(/;\s+(?:and\s+)?(?=\p{Lu})/gu, '|'))) return undefined;
  const inner = head.slice(open + 1, close.index);
  const items = (inner.includes(';') ? inner.split(';').map((x) => x.split(',')[0]!) : inner.split(/,\s*(?:and\s+)?|\s+and\s+/))
    .map((x) => x.trim().replace(/^and\s+/, ''))
    .filter((x) => x.length > 0);
  if (items.length < 2 || !items.every((x) => /^\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'&-]*)*$/u.test(x))) return undefined;
  const start = headFrom + open + 1 + (inner.length - inner.trimStart().length);
  return { start, end: headFrom + close.index, text: items.join(', '), relative: close[1] !== undefined };
}

/**
 * "Grodno Optical, a maker of sights that supplies": with no supplier word before the relative
 * pronoun at `relAt`, the name the apposition ("a maker of sights") describes.
 */
function describedName(text: string, from: number, relAt: number): SupplierPhrase | undefined {
  const appos = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,5}$/u.exec(text.slice(Math.max(from, relAt - 70), relAt));
  if (!appos) return undefined;
  const name = supplierBefore(text, from, Math.max(from, relAt - 70) + appos.index);
  return name && /^\p{Lu}/u.test(name.text) && !name.relative ? { ...name, relative: true } : undefined;
}

const LEGAL_FORM = /\s*,\s*(?=(?:Ltd|Limited|Inc|LLC|L\.L\.C|LLP|GmbH|JSC|PLC|Pte|S\.A|Co)\b)/g;

const GROUP_IN =
  /^(?:[\p{L}-]+\s+){0,2}(?:companies|firms|entities|suppliers|manufacturers|traders|exporters|distributors|producers|intermediaries)\s+(?:in|based in|from|(?:established|located|registered|incorporated) in)\s/iu;

const ONE_NAME = /^\p{Lu}[\p{L}.’'-]*$/u;
const GROUP_TAIL =
  /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:[\p{Ll}-]+\s+)?(?:companies|firms|entities|suppliers|manufacturers|traders|exporters|distributors|producers|factories|intermediaries|re-exporters|resellers|wholesalers|dealers|brokers)$/u;

/** "China-based companies A, B and C" → ["A", "B", "C"]; "entities in China and Hong Kong" stays whole. */
/** Words describing one named party before its name: a country's name, then "entity", "company". */
const DESCRIBED =
  /^(?:(?:\p{Lu}[\p{L}’'.-]*|of|the)\s+){1,5}(?:company|firm|entity|supplier|distributor|manufacturer)\s+(?=\p{Lu}[\p{L}.’'-]*\s+\p{Lu})/u;
/** A company's legal form closing its name. */
const NAME_LEGAL_END = /\b(?:Co\.?|Ltd\.?|LTD|Limited|LLC|Inc\.?|GmbH|JSC|FZE|FZCO|OOO|LLP)$/;

export function splitSuppliers(phrase: string): string[] {
  // One name word ("Beijing", "China") is the whole list: the commonest case, read without the splits below.
  if (ONE_NAME.test(phrase) || /^\p{Ll}/u.test(phrase)) return [phrase];
  const stripped = phrase
    .replace(/^(?:[\p{L}-]+-based\s+|Chinese\s+|Russian\s+)?(?:companies|firms|entities|suppliers)\s+(?=\p{L})/u, '')
    // "People’s Republic of China entity Sinno Electronics Co. Limited": the description before one name.
    .replace(DESCRIBED, '');
  // A company's legal form after a comma is no list item: "Shenzhen Rongda Optics Co., Ltd.".
  const parts = stripped
    .replace(LEGAL_FORM, '\u0000')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.replace(/^the\s+(?=\p{Lu})/u, ''))
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/\u0000/g, ', '));
  // "Firms in Türkiye and the United Arab Emirates", "trading companies in Shenzhen and Hong Kong": a group in several places is one group.
  if (parts.length > 1 && GROUP_IN.test(parts[0]!)) return [phrase];
  // "Kyrgyz and Kazakh companies", "Chinese and Hong Kong firms": peoples' and places' adjectives before one group noun are one group.
  if (parts.length > 1 && parts.slice(0, -1).every((p) => ONE_NAME.test(p)) && GROUP_TAIL.test(parts[parts.length - 1]!)) return [phrase];
  // "Changsha Tianyi Space Science and Technology Research Institute Co. LTD": an "and" inside one
  // company's name, when only the last part ends on a legal form.
  if (parts.length > 1 && NAME_LEGAL_END.test(stripped) && parts.slice(0, -1).every((p) => !NAME_LEGAL_END.test(p))) return [stripped];
  // Every part a name: a capital in its first word ("iRay Technology" too).
  if (parts.every((p) => /^\p{L}*\p{Lu}/u.test(p))) return parts;
  return [phrase];
}
