/**
 * "comes from X": the goods named before the verb come from a country ("The parts came from
 * China") or a group ("Nearly all of the drones Russian units fly come from Chinese
 * manufacturers", "came from a firm in Türkiye"); the country named before the verb, a people's
 * too ("Russian units"), is the one the goods reach.
 */
import type { CountryHit } from './countries.js';
import { FROM_GROUP } from './claimCues.js';
import type { Trigger } from './triggers.js';
import type { Evidence } from './types.js';
import { ev } from './evidence.js';

/** The group right after "from" (`t` ends with "from"), group 1 its words. */
export function comesFromGroup(text: string, t: Trigger, clauseEnd: number): RegExpExecArray | null {
  const m = FROM_GROUP.exec(text.slice(t.end - 4, clauseEnd));
  return m && m.index === 0 ? m : null;
}

export interface ComesFrom {
  supplierIds: string[];
  supplierNames: string[];
  supplier: Evidence;
  recipient?: CountryHit;
  recipientEvidence?: Evidence;
}

export function readComesFrom(
  text: string,
  countries: readonly CountryHit[],
  headStart: number,
  t: Trigger,
  group: RegExpExecArray | null,
): ComesFrom | undefined {
  const origin = countries.find((h) => !h.demonym && h.start >= t.end && h.start <= t.end + 8);
  let out: ComesFrom;
  if (origin)
    out = { supplierIds: [origin.entity], supplierNames: [origin.text], supplier: ev(text, origin.start, origin.end, 'comes from X') };
  else if (group) {
    const at = t.end - 4 + group[0].indexOf(group[1]!);
    out = { supplierIds: [group[1]!], supplierNames: [group[1]!], supplier: ev(text, at, at + group[1]!.length, 'comes from a group') };
  } else return undefined;
  // A dateline's city in capitals ("LONDON (Wire) —") is where the text was written, not where goods go.
  // "reach Russia from China": the country inside the verb phrase is reached too.
  const before = countries.filter(
    (h) => h.start >= headStart && h.end <= t.end && h.code !== origin?.code && !(h.metonym && h.text === h.text.toUpperCase()),
  );
  // "flow from China to Russia": the country after the origin, "to X", when none stands before the verb.
  const to = origin
    ? countries.find(
        (h) =>
          !h.demonym && h.start > origin.end && h.start <= origin.end + 12 && /^\s+to\s+(?:the\s+)?$/.test(text.slice(origin.end, h.start)),
      )
    : undefined;
  const r = before.find((h) => !h.demonym) ?? before[0] ?? to;
  if (r) {
    out.recipient = r;
    out.recipientEvidence = ev(text, r.start, r.end, 'the country the goods reach');
  }
  return out;
}
