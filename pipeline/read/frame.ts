/**
 * The reading of the statistic read last: a sentence that names no country ("The shipments
 * were worth $1.3 billion", "Vehicles accounted for another 18%") continues it.
 */
import type { Flow, ReadObservation } from './types.js';

export interface Frame {
  indicator: string | null;
  flow: Flow;
  reporter: string | null;
  partner: string | null;
  product: string | null;
  product_label: string | null;
  period: string | null;
  /** The period of the account the figure belongs to, where it was told beside it ("In June alone …"; accountPeriod.ts). */
  account?: string | null;
  productShare: boolean;
  measure: string;
  sentence: number;
  end: number;
  /**
   * The one reporter of the text's import, export and trade statistics so far: undefined before
   * the first, null once two differ (direction.ts).
   */
  textReporter: string | null | undefined;
  /** The one product of the text's statistics so far (null for all goods or once two differ); undefined before the first. */
  textProduct?: string | null;
  /** The evidence of the reading, lead or heading the frame was made from (carriedWords.ts). */
  words?: ReadObservation['evidence'];
}
