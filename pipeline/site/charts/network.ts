/**
 * Chart 4: the supply network from the claims table, in three columns: suppliers → goods →
 * end use. Each link carries the claim's certainty (asserted, likely, determined, denied) as
 * colour and dash pattern, so a denial or a "likely" never reads like a finding.
 */
import * as Plot from '@observablehq/plot';
import { byCodeUnit } from '../../core/order.js';
import type { ClaimsRow } from '../../model/index.js';
import type { SiteContext } from '../context.js';
import { inProse } from '../context.js';
import { chartSvg, distinct, type Chart, type LegendItem } from './chart.js';

type Certainty = ClaimsRow['certainty'];

export const CERTAINTY_STYLE: Record<Certainty, { color: string; dash: string; label: string }> = {
  determined: { color: '#1b6e3a', dash: 'none', label: 'determined (a formal finding)' },
  asserted: { color: '#1f4e99', dash: 'none', label: 'asserted (stated as fact)' },
  likely: { color: '#b15c00', dash: '7,4', label: 'likely (hedged)' },
  denied: { color: '#a61b1b', dash: '2,3', label: 'denied (by the supplier side)' },
};
const ORDER: Certainty[] = ['determined', 'asserted', 'likely', 'denied'];

/** Label of the middle column for a claim without goods (services, help). */
export const NO_GOODS = 'services or help (no goods)';
const NO_END_USE = 'end use not stated';

interface Node {
  column: 0 | 1 | 2;
  key: string;
  label: string;
}
interface Link {
  from: Node;
  to: Node;
  certainty: Certainty;
}

/** Suppliers drawn: entities of this country (the dataset's subject is China's supplies). */
const SUPPLIER_COUNTRY = 'CHN';

export function networkChart(ctx: SiteContext, slug = 'supply-network'): Chart | undefined {
  const chinese = (id: string) => ctx.entity(id)?.country === SUPPLIER_COUNTRY;
  const claims = ctx.pkg.tables.claims.filter((c) => c.supplier.some(chinese));
  const others = ctx.pkg.tables.claims.length - claims.length;
  if (claims.length === 0) return undefined;
  const nodes = new Map<string, Node>();
  const node = (column: 0 | 1 | 2, key: string, label: string): Node => {
    const id = `${column}:${key}`;
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { column, key, label }));
    return n;
  };
  const links = new Map<string, Link>();
  const link = (from: Node, to: Node, certainty: Certainty) => {
    const id = `${from.column}:${from.key}>${to.key}:${certainty}`;
    if (!links.has(id)) links.set(id, { from, to, certainty });
  };
  // Goods in first-seen order fix the middle column; suppliers and end uses follow the goods
  // they connect to, which keeps crossings few without a layout algorithm.
  const goodsOrder: string[] = [];
  for (const c of claims) {
    const g = node(1, c.goods ?? '', c.goods ? (ctx.goods(c.goods)?.label ?? c.goods) : NO_GOODS);
    if (!goodsOrder.includes(g.key)) goodsOrder.push(g.key);
    const e = node(2, c.end_use ?? '', c.end_use ?? NO_END_USE);
    link(g, e, c.certainty);
    for (const sId of c.supplier.filter(chinese)) link(node(0, sId, ctx.entity(sId)?.name ?? sId), g, c.certainty);
  }
  const rank = (n: Node): number => {
    if (n.column === 1) return goodsOrder.indexOf(n.key);
    const touching = [...links.values()]
      .filter((l) => l.from === n || l.to === n)
      .map((l) => goodsOrder.indexOf((n.column === 0 ? l.to : l.from).key));
    return Math.min(...touching);
  };
  const columns = ([0, 1, 2] as const).map((col) =>
    [...nodes.values()].filter((n) => n.column === col).sort((a, b) => rank(a) - rank(b) || byCodeUnit(a.label, b.label)),
  );
  const rows = Math.max(...columns.map((c) => c.length));
  const y = new Map<Node, number>();
  for (const col of columns) col.forEach((n, i) => y.set(n, ((i + 0.5) * rows) / col.length));
  const xy = (n: Node) => ({ x: n.column, y: y.get(n)! });
  // Claims of different certainty between the same two nodes are drawn side by side, not on top of each other.
  const parallel = new Map<string, Link[]>();
  for (const l of links.values()) {
    const key = `${l.from.column}:${l.from.key}>${l.to.key}`;
    parallel.set(key, [...(parallel.get(key) ?? []), l]);
  }
  const offset = (l: Link) => {
    const group = parallel.get(`${l.from.column}:${l.from.key}>${l.to.key}`)!;
    return (group.indexOf(l) - (group.length - 1) / 2) * 0.12;
  };
  const linkData = [...links.values()].map((l) => ({
    ...l,
    x1: xy(l.from).x,
    y1: xy(l.from).y + offset(l),
    x2: xy(l.to).x,
    y2: xy(l.to).y + offset(l),
  }));
  const nodeData = [...nodes.values()].map((n) => ({ ...xy(n), label: n.label, column: n.column }));
  const present = ORDER.filter((c) => linkData.some((l) => l.certainty === c));
  const title = `Supply network: ${ctx.countryName('CHN')}’s suppliers → goods → end use`;
  const svg = chartSvg(slug, title, {
    width: 760,
    height: 40 + 34 * rows,
    marginLeft: 200,
    marginRight: 200,
    marginTop: 28,
    marginBottom: 12,
    style: { fontSize: '12px' },
    x: { domain: [0, 2], axis: null },
    y: { domain: [rows, 0], axis: null },
    marks: [
      Plot.text(
        [
          { x: 0, t: 'Supplier' },
          { x: 1, t: 'Goods' },
          { x: 2, t: 'End use' },
        ],
        { x: 'x', y: 0, text: 't', dy: -16, fontWeight: 'bold', textAnchor: 'middle' },
      ),
      ...present.map((c) =>
        Plot.link(
          linkData.filter((l) => l.certainty === c),
          {
            x1: 'x1',
            y1: 'y1',
            x2: 'x2',
            y2: 'y2',
            curve: 'bump-x',
            stroke: CERTAINTY_STYLE[c].color,
            strokeWidth: 2,
            strokeDasharray: CERTAINTY_STYLE[c].dash === 'none' ? undefined : CERTAINTY_STYLE[c].dash,
            markerEnd: 'arrow',
          },
        ),
      ),
      Plot.dot(nodeData, { x: 'x', y: 'y', r: 4, fill: 'currentColor' }),
      Plot.text(
        nodeData.filter((n) => n.column === 0),
        { x: 'x', y: 'y', text: 'label', textAnchor: 'end', dx: -8, lineWidth: 15 },
      ),
      Plot.text(
        nodeData.filter((n) => n.column === 1),
        {
          x: 'x',
          y: 'y',
          text: 'label',
          dy: -11,
          lineWidth: 14,
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
          fill: 'currentColor',
        },
      ),
      Plot.text(
        nodeData.filter((n) => n.column === 2),
        { x: 'x', y: 'y', text: 'label', textAnchor: 'start', dx: 8, lineWidth: 15 },
      ),
    ],
  });
  const legend: LegendItem[] = present.map((c) => ({
    label: CERTAINTY_STYLE[c].label,
    color: CERTAINTY_STYLE[c].color,
    kind: 'line',
    ...(CERTAINTY_STYLE[c].dash === 'none' ? {} : { dash: CERTAINTY_STYLE[c].dash }),
  }));
  const alt = claims.map((c) => {
    const suppliers = c.supplier
      .filter(chinese)
      .map((s) => ctx.entity(s)?.name ?? s)
      .join(', ');
    const goods = c.goods ? inProse(ctx.goods(c.goods)?.label ?? c.goods) : NO_GOODS;
    const claimant = ctx.entity(c.claimant)?.name ?? c.claimant;
    return `${suppliers} → ${goods} → ${c.end_use ?? NO_END_USE}: ${c.certainty}, according to ${claimant}.`;
  });
  return {
    slug,
    title,
    svg,
    sources: distinct(claims.map((c) => c.source_id)),
    attributions: distinct(claims.map((c) => ctx.entity(c.claimant)?.name ?? c.claimant)),
    attributionLead: 'Claims made there by',
    note: `Each line is a claim in the sources; its colour and dashes say how certain the claim is. A denial is drawn so it can be seen, not to assert a supply.${
      others > 0
        ? ` ${others} claim${others === 1 ? '' : 's'} about suppliers outside ${ctx.countryName(SUPPLIER_COUNTRY)} ${others === 1 ? 'is' : 'are'} in the claims table, not drawn.`
        : ''
    }`,
    alt,
    rows: claims.map((c) => ({ table: 'claims', id: c.claim_id })),
    legend,
    wide: true,
  };
}
