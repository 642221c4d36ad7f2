/**
 * An official body's finding: "investigations by Singapore Customs found that …", "OTSI has
 * established that …", "The Government of Japan has confirmed that …", "U.S. authorities have
 * found that …". What an enforcement body, a court or a government finds is its determination
 * (docs/curation.md: `determined`); what a research group or a newspaper finds stays asserted
 * ("The Silk Road group found that …"), as does what officials say or believe.
 */

/** A finding verb and its "that", right before the claim's clause. */
const FINDING =
  /\b(?:found|finds|established|establishes|confirmed|confirms|concluded|concludes|uncovered)\s+that\s+(?:(?:the|a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,4})\s+)?$/;

/** The words that name an official body: a customs service, a court, a government or its offices, its officers. */
const OFFICIAL =
  /\b(?:Customs|customs|Court|court|Tribunal|Government|government|Ministry|ministry|Department|Office|Authority|authorities|Authorities|Service|Directorate|Prosecutors?|prosecutors|Police|police|Treasury|Bureau|Commission|Council|Agency|officers|inspectors)\b/;

/** The subject of the finding verb: the sentence's words before it, from its last clause break on. */
const FINDER =
  /(?:^|[,;:]\s+|\b(?:and|but)\s+)([^,;:]{2,90}?)\s+(?:(?:has|have|had|also|further|now|again|recently)\s+)*\S+\s+that\s+(?:\S+\s+)?$/;

/** "the Office of Trade Sanctions Implementation (OTSI)": the name the text gives an acronym in brackets. */
function expanded(text: string, acronym: string): string | undefined {
  const at = text.indexOf(`(${acronym})`);
  return at < 0 ? undefined : text.slice(Math.max(0, at - 90), at);
}

/**
 * The finder, when the words from the sentence's start `from` to the claim's subject at `to` end on
 * an official body's finding ("… found that "); undefined otherwise.
 */
export function officialFinder(text: string, from: number, to: number): { phrase: string; start: number; end: number } | undefined {
  const before = text.slice(from, to);
  if (!FINDING.test(before)) return undefined;
  const m = FINDER.exec(before);
  if (!m) return undefined;
  // "2.2 OTSI has established", "Separately, investigations by …": a section's number, a linking word are no part of the finder.
  const phrase = m[1]!.replace(/^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[Ss]eparately|[Mm]eanwhile|[Ii]n\s+\d{4}|[Tt]oday)\s*,?\s*)?/, '');
  const acronym = /^(?:the\s+)?(\p{Lu}{2,8})$/u.exec(phrase)?.[1];
  const official = OFFICIAL.test(phrase) || (acronym !== undefined && OFFICIAL.test(expanded(text, acronym) ?? ''));
  if (!official) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!) + (m[1]!.length - phrase.length);
  return { phrase, start, end: start + phrase.length };
}

/** An investigation no one is named as owning: "According to the investigation", "The investigation also established". */
const OWNERLESS_INQUIRY = /^(?:the|this)\s+(?:investigation|inquiry|probe|audit)$/i;
const OFFICIAL_ANY_CASE = new RegExp(OFFICIAL.source, 'i');

/**
 * Whether `phrase`, read as a claim's speaker, is the text's own investigation: an ownerless
 * "the investigation" in a text whose publisher (`publisher`, its first line) is an official body
 * ("Korea Customs Service", "FEDERAL PUBLIC PROSECUTOR'S OFFICE") — the body's finding, as its
 * officers' would be.
 */
export function ownInvestigation(phrase: string, publisher: string | undefined): boolean {
  return publisher !== undefined && OWNERLESS_INQUIRY.test(phrase) && OFFICIAL_ANY_CASE.test(publisher);
}

/**
 * The words before a claim ending on the text's own body's inquiry and its finding: "Our investigators
 * established that", "Our findings show that", "The investigation also established that".
 */
const OWN_INQUIRY_FINDS =
  /(?:^|[,;:“"]\s*|\b(?:and|but)\s+)(?:[Oo]ur|[Tt]he)\s+(?:investigators|investigation|inquiry|findings|audit)\s+(?:(?:also|has|have|had|further)\s+)*(?:found|established|confirmed|concluded|uncovered|shows?|showed)\s+that\s+(?:\S+\s+)?$/;

/**
 * Whether the words from `from` to the claim's subject at `to` end on the inquiry of the official body
 * that publishes the text (`publisher`, its first line): in a customs service's release, "Our
 * investigators established that …" (its official quoted) is the service's finding; in a watchdog
 * group's, "The investigators also found that …" stays asserted.
 */
export function ownInquiryFinds(text: string, from: number, to: number, publisher: string | undefined): boolean {
  return publisher !== undefined && OFFICIAL_ANY_CASE.test(publisher) && OWN_INQUIRY_FINDS.test(text.slice(Math.max(from, to - 120), to));
}
