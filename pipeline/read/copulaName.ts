/**
 * The name a designation paragraph describes with a copula: "Shenzhen Blue Harbor Electronics Co.,
 * Ltd. (Blue Harbor) is a PRC-based company that has supplied …", "Acme LLC is a Hong Kong-based
 * distributor that shipped …". The relative clause describes the company the sentence names, so
 * the name supplies, not its description ("PRC-based company"). Official releases state each
 * designated party's conduct so (Treasury, State and Commerce designation paragraphs).
 */
import type { SupplierPhrase } from './supplier.js';

/** The description's head noun: a kind of firm, not a group or a country. */
const KIND =
  /\b(?:company|firm|entity|supplier|distributor|manufacturer|producer|exporter|importer|trader|reseller|vendor|intermediary|subsidiary|enterprise|business|corporation|conglomerate|shipper|network)$/i;
/**
 * The sentence's opening name, an optional short name in brackets, and a copula with an article
 * right before the description: the text between the sentence's start and the description.
 */
const OPENING =
  /^\s*(\p{Lu}[\p{L}\d&.’'-]*(?:,?\s+(?:(?:and|of|for|de)\s+)?[\p{Lu}\d][\p{L}\d&.’'-]*){0,8}?)(?:\s+\([^()]{1,40}\))?\s+(?:is|was|has\s+been)\s+(?:a|an|another)\s+$/u;

/** The name `subject`'s description stands for, when the sentence opens on it with a copula; else the subject. */
export function copulaName(text: string, sentenceStart: number, subject: SupplierPhrase): SupplierPhrase {
  if (!subject.relative || !KIND.test(subject.text)) return subject;
  // The description starts with its article's noun phrase: the copula and article end right before it.
  const m = OPENING.exec(text.slice(sentenceStart, subject.start));
  if (!m) return subject;
  const name = m[1]!;
  const at = sentenceStart + m[0].indexOf(name);
  return { start: at, end: at + name.length, text: name, relative: false };
}
