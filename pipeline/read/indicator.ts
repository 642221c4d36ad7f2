/**
 * The indicator id for a measure, a flow and the kind of figure, among those
 * raw/vocab/indicators.yaml defines (an id the vocabulary lacks gives null: the reader never
 * forces a figure into the wrong indicator).
 */
import type { Flow, Measure } from './types.js';

export interface IndicatorKey {
  measure: Measure;
  flow: Flow;
  /** money, percent, ratio, quantity (tonnes…), shipments, items. */
  figure: 'money' | 'percent' | 'ratio' | 'quantity' | 'shipments' | 'items';
  /** A share whose part is a product, not a partner ("machinery made up 52% of China’s exports"). */
  productShare: boolean;
}

export function indicatorId(k: IndicatorKey): string {
  const f = k.flow;
  switch (k.measure) {
    case 'share':
      if (k.productShare && (f === 'export' || f === 'import')) return `${f}-product-share`;
      return `${f}-share`;
    case 'growth':
      return k.figure === 'ratio' ? `${f}-growth` : `${f}-growth-percent`;
    case 'level':
      return k.figure === 'quantity' ? `${f}-volume` : `${f}-value`;
    case 'count':
      return k.figure === 'shipments' ? 'shipment-count' : `${f}-count`;
  }
}
