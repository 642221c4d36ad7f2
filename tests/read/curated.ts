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
 * The 22 curated sources the reader was tuned on, fixed when the split was made over the first 30
 * (sorted by name, every 4th from the first held out). Written out rather than recomputed, so a
 * new source can never move a tuned-on text into the held-out part.
 */
const TUNED_ON: readonly string[] = [
  'crs-2024-12-23-russia-war-against-ukraine',
  'eu-eeas-2025-05-20-17th-package-sanctions-china',
  'news-2024-04-12-china-surges-sales-to-russia',
  'ukparl-2025-commons-chinese-communist-threats-cooper',
  'ukparl-2026-02-02-commons-china-and-japan',
  'ukparl-commonslibrary-cbp-10048-sanctions-third-countries',
  'usbis-2023-09-25-28-entities-uav-components',
  'usbis-2024-04-11-11-entities-prc-russia-uav',
  'usbis-2024-10-30-procurement-networks-russia-military',
  'usdos-2024-04-19-blinken-capri-press-availability',
  'usdos-2024-05-15-blinken-kuleba-prc-support',
  'usdos-2024-09-11-us-eu-dialogue-china-dual-use',
  'usfincen-2023-09-08-russia-export-control-evasion-trends',
  'usfr-2022-09-16-russia-belarus-sanctions-refinements',
  'usfr-2023-02-01-entity-list-iran-russia-military',
  'ushfac-2022-07-mccaul-bis-hearing-opening',
  'ushfac-2024-biden-redlines-china-russia',
  'ushfac-mccaul-ofac-designations-chinese-companies',
  'ushouse-2024-11-01-schneider-wilson-china-russia-tech-transfers',
  'usun-2024-07-25-wood-unsc-ukraine-china-support',
  'usun-2024-08-30-wood-unsc-weapons-transfers',
  'voa-2024-09-taking-aim-at-russias-supply-chains',
];

/** Whether a source is in English, the one language the reader reads (its sidecar's `language`). */
function isEnglish(root: string, id: string): boolean {
  const sidecar = parse(readFileSync(join(root, 'raw/sources', `${id}.source.yaml`), 'utf8')) as { language?: string };
  return (sidecar.language ?? 'en') === 'en';
}

/**
 * The curated sources split into the part the reader was tuned on and everything else (docs/reading.md):
 * the 8 of the first 30 held out when the split was made, and every source added since, which
 * nobody tuned on. Sources in another language than English are left out of both.
 */
export function curatedSplit(root = ROOT): { tune: string[]; heldout: string[] } {
  const names = readdirSync(join(root, 'raw/annotations'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .filter((id) => isEnglish(root, id))
    .sort();
  return { tune: names.filter((n) => TUNED_ON.includes(n)), heldout: names.filter((n) => !TUNED_ON.includes(n)) };
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
    .filter((f) => isEnglish(root, f.replace(/\.yaml$/, '')))
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
