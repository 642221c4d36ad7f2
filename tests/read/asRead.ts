/**
 * The statistics of a reading as the reader read them: those it drafts and those it leaves aside
 * as out of the dataset's scope (pipeline/read/scope.ts: goods from Russia), which carry their
 * reading. Tests of reading rules (periods, sides, measures) written on figures that the scope now
 * leaves aside read them here; tests/read/scopeRound9.test.ts tests the scope itself.
 */
import type { Reading, ReadObservation } from '../../pipeline/read/index.js';

export function statisticsAsRead(reading: Reading): ReadObservation[] {
  const out = [...reading.observations];
  for (const i of reading.ignored) if (i.reading) out.push(i.reading);
  return out.sort((a, b) => a.start - b.start);
}

export function statisticAsRead(reading: Reading, quote: string): ReadObservation | undefined {
  return reading.observations.find((o) => o.quote === quote) ?? reading.ignored.find((i) => i.quote === quote)?.reading;
}
