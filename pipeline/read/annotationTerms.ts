/**
 * The reader's readings put in the curated annotation's terms, where the two differ by convention
 * (docs/curation.md, "Conventions settled in session 12"). The reading itself keeps the text's
 * words: a trade figure naming no goods has no product (the development sets' gold says null);
 * an annotation needs a product id, and the vocabulary's id for a country's whole trade is
 * `all-goods` ("Total merchandise trade, every HS chapter", raw/vocab/goods.yaml).
 */
import { isTradeFlow } from './direction.js';
import type { ReadObservation } from './types.js';

/** raw/vocab/goods.yaml's id for a country's trade as a whole. */
export const WHOLE_TRADE = 'all-goods';

/**
 * The product an annotation gives the figure: the reader's, else for a value, share or change of a
 * country's imports, exports or trade that names no goods at all (no words the vocabulary lacks
 * either), the whole of its trade.
 */
export function annotationProduct(o: Pick<ReadObservation, 'product' | 'product_label' | 'flow' | 'measure'>): string | null {
  if (o.product !== null || o.product_label !== null) return o.product;
  return isTradeFlow(o.flow) && (o.measure === 'level' || o.measure === 'share' || o.measure === 'growth') ? WHOLE_TRADE : null;
}
