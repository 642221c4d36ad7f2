/**
 * A call on someone to end their support: "NATO called on the PRC … to cease all material and
 * political support to Russia’s war effort", "urged China to stop its military support for
 * Russia". The call presupposes the support it asks to end (docs/curation.md reads it as the
 * caller's assertion); the one called on supports. Read for a support noun with no owner of its own.
 */
import type { CountryHit } from './countries.js';
import type { SupplierPhrase } from './supplier.js';

/** The verb of calling, the one called on (group 1), anything up to "to cease" (a quotation may open), the support's modifiers. */
const CALLED_ON =
  /\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})[^.;]{0,200}?\bto\s+(?:immediately\s+)?(?:cease|end|stop|halt|withdraw)\s+(?:all\s+|any\s+|its\s+|their\s+)?(?:[\p{Ll}-]+,?\s+(?:and\s+)?){0,3}$/u;

/**
 * The country called on to end the support whose noun starts at `at`, or undefined. Only a country:
 * "urges Chinese authorities to cease material support" asks officials to stop their firms'.
 */
export function calledOnSupporter(text: string, countries: readonly CountryHit[], from: number, at: number): SupplierPhrase | undefined {
  const head = text.slice(from, at);
  if (!/\b(?:cease|end|stop|halt|withdraw)\b/.test(head)) return undefined;
  const m = CALLED_ON.exec(head);
  if (!m) return undefined;
  const name = m[1]!.replace(/^the\s+/, '');
  const start = from + m.index + m[0].indexOf(m[1]!) + (m[1]!.length - name.length);
  const country = countries.find((h) => !h.demonym && h.start === start);
  return country && { start, end: country.end, text: country.text, relative: false };
}
