/**
 * The curated sources as a third check: each annotation in raw/annotations/ read as gold (its
 * observations, claims and ignored mentions), entity ids accepted under their name and aliases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalizeText } from '../../pipeline/core/text.js';
import { ROOT, type Case, type GoldClaim, type GoldObservation } from './score.js';

interface CuratedEntity {
  id: string;
  name: string;
  aliases?: string[];
}

const FLOW = /^(import|export|trade|supply|shipment)/;

/**
 * The curated sources split once, by a fixed rule, into a part to tune on and a part kept
 * untouched (docs/reading.md): sorted by name, every 4th from the first (indices 0, 4, 8, …)
 * is held out.
 */
export function curatedSplit(root = ROOT): { tune: string[]; heldout: string[] } {
  const names = readdirSync(join(root, 'raw/annotations'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  return { tune: names.filter((_, i) => i % 4 !== 0), heldout: names.filter((_, i) => i % 4 === 0) };
}

export function curatedCases(root = ROOT, only?: readonly string[]): Case[] {
  const indicators = new Map<string, string>(
    (parse(readFileSync(join(root, 'raw/vocab/indicators.yaml'), 'utf8')) as { id: string; measure: string }[]).map((i) => [
      i.id,
      i.measure,
    ]),
  );
  const dir = join(root, 'raw/annotations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (only === undefined || only.includes(f.replace(/\.yaml$/, ''))))
    .sort()
    .map((f) => {
      const a = parse(readFileSync(join(dir, f), 'utf8'));
      const text = normalizeText(readFileSync(join(root, 'raw/sources', `${a.source}.txt`), 'utf8'));
      const entities = new Map<string, CuratedEntity>((a.entities ?? []).map((e: CuratedEntity) => [e.id, e]));
      const names = (id: string | null): string[] | null => {
        if (id === null) return null;
        const e = entities.get(id);
        return e ? [id, e.name, ...(e.aliases ?? [])] : [id];
      };
      const observations: GoldObservation[] = (a.observations ?? []).map((o: Record<string, string>) => {
        const flow = FLOW.exec(o.indicator!)?.[1] ?? 'supply';
        const hedge = o.hedge ?? null;
        return {
          quote: o.quote!,
          occurrence: o.occurrence as unknown as number | undefined,
          indicator: o.indicator!,
          measure: indicators.get(o.indicator!) ?? 'level',
          flow: flow === 'shipment' ? 'export' : flow,
          reporter: o.reporter ?? null,
          partner: o.partner ?? null,
          product: o.product ?? null,
          period: o.period === undefined ? null : String(o.period),
          // The curated hedge is the extractor's unless overridden; the reader takes the extractor's.
          hedge: hedge ?? '(extractor)',
          attributed_to: o.attributed_to ?? null,
        };
      });
      const claims: GoldClaim[] = (a.claims ?? []).map((c: Record<string, unknown>) => ({
        quote: c.quote as string,
        supplier: (c.supplier as string[]).map((s) => names(s)!),
        recipient: names((c.recipient as string | null) ?? null),
        goods: (c.goods as string | null) ?? null,
        certainty: c.certainty as string,
        claimant: names((c.claimant as string | null) ?? null),
      }));
      const ignored: string[] = (a.ignore ?? [])
        .filter((i: { occurrence?: number }) => !i.occurrence || i.occurrence === 1)
        .map((i: { quote: string }) => i.quote);
      return { name: a.source as string, text, gold: { observations, claims, ignored } };
    });
}
