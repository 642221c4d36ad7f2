/**
 * The extractor's period hints (ISO 8601: 2023, 2023-10/2023-12) in the annotation's shorter
 * forms where one fits (2023-Q4, 2023-H2), so the draft reads as a curator would write it.
 */
import { shortPeriod } from '../model/period.js';

export function annotationPeriod(hint: string | null): string | null {
  return hint === null ? null : shortPeriod(hint);
}
