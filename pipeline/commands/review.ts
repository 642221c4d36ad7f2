/**
 * `figures review`: the review loop of the reader's drafts (docs/curation.md, "Review state").
 *
 *   figures review ID [--all]                 the drafts left to review, one by one
 *   figures review ID --accept N --reject M   record decisions (--reason for a rejected observation)
 *   figures review ID --again N               record a second review of an item the reader now reads otherwise
 *   figures review --stamp [ID…]              derive review blocks for items curated without one
 *   figures review --summary [--json]         accepted / edited / rejected / added totals
 */
import type { Command } from 'commander';
import { rootOption } from './rootOption.js';
import { requireCheckout } from './checkout.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { diskFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { reviewAgain } from '../review/again.js';
import { decide } from '../review/decide.js';
import { annotatedSources, loadSource, reviewLexicon } from '../review/load.js';
import { stampedYaml } from '../review/stamp.js';
import { formatTotals, reviewTotals } from '../review/summary.js';
import { formatReview } from '../review/view.js';

interface Options {
  all?: boolean;
  accept?: number[];
  reject?: number[];
  again?: number[];
  reason?: string;
  stamp?: boolean;
  summary?: boolean;
  json?: boolean;
  root: string;
}

const collect = (v: string, prev: number[] = []): number[] => {
  const ns = v.split(',').map((s) => Number(s.trim()));
  if (ns.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError(
      messages.commandUsage('review', `--accept, --reject and --again take draft numbers (1, 2, …), not ${JSON.stringify(v)}.`),
    );
  return [...prev, ...ns];
};

export function registerReview(program: Command): void {
  program
    .command('review')
    .description("show a source's drafts one by one and record decisions; --stamp and --summary over all annotations")
    .argument('[ids...]', 'source id(s)')
    .option('--all', 'show every item with its decision, not only those left to review')
    // No default value: commander would print it in the help as "(default: [])".
    .option('--accept <n>', 'accept draft N as proposed (repeatable, or 1,2,3)', collect)
    .option('--reject <n>', 'reject draft N (repeatable, or 1,2,3)', collect)
    .option('--again <n>', 'record your review of item N again, against what the reader proposes now (curated values unchanged)', collect)
    .option('--reason <text>', 'why the rejected observation draft is not an observation (its ignore reason)')
    .option('--stamp', 'write a review block on every item without one (and refresh blocks it stamped before)')
    .option('--summary', 'print the review counts over all annotations')
    .option('--json', 'with --summary: print the totals as JSON')
    .addOption(rootOption())
    .action((ids: string[], flags: Options) => {
      const opts = { ...flags, accept: flags.accept ?? [], reject: flags.reject ?? [], again: flags.again ?? [] };
      // Silently ignored, they would look as if they had been recorded or printed.
      if (opts.reason !== undefined && opts.reject.length === 0)
        throw new UsageError(messages.optionWithout('--reason', '--reject N', `npm run figures -- review ID --reject 3 --reason "…"`));
      if (opts.json && !opts.summary)
        throw new UsageError(messages.optionWithout('--json', '--summary', 'npm run figures -- review --summary --json'));
      requireCheckout(opts.root, 'review');
      const fs = diskFS(opts.root);
      const lexicon = reviewLexicon(fs);
      if (opts.stamp || opts.summary) {
        const chosen = ids.length > 0 ? ids : annotatedSources(fs);
        const loaded = chosen.map((id) => loadSource(fs, id, lexicon));
        if (opts.stamp) {
          for (const s of loaded) {
            const next = stampedYaml(s.yaml, s.review);
            if (next === undefined) continue;
            writeFileSync(join(opts.root, s.path), next);
            process.stderr.write(`stamped ${s.path}\n`);
          }
        }
        if (opts.summary) {
          const reviews = opts.stamp ? chosen.map((id) => loadSource(fs, id, lexicon).review) : loaded.map((s) => s.review);
          const totals = reviewTotals(reviews);
          process.stdout.write(opts.json ? JSON.stringify(totals, null, 2) + '\n' : formatTotals(totals));
        }
        return;
      }
      if (ids.length !== 1)
        throw new UsageError(
          messages.commandUsage('review', 'review needs one source id: npm run figures -- review ID (or --stamp / --summary)'),
        );
      const s = loadSource(fs, ids[0]!, lexicon);
      if (opts.again.length > 0) {
        if (opts.accept.length > 0 || opts.reject.length > 0)
          throw new UsageError(
            messages.commandUsage(
              'review',
              'give --again alone: it records reviews of decided items, --accept and --reject decide drafts.',
            ),
          );
        writeFileSync(join(opts.root, s.path), reviewAgain(s.path, s.yaml, s.review, opts.again));
        const after = loadSource(fs, ids[0]!, lexicon);
        process.stdout.write(`recorded ${opts.again.length} review(s) again in ${s.path}\n`);
        process.stdout.write(formatReview(after.review, { all: Boolean(opts.all) }));
        return;
      }
      if (opts.accept.length > 0 || opts.reject.length > 0) {
        const next = decide(s.path, s.yaml, s.review, {
          accept: opts.accept,
          reject: opts.reject,
          ...(opts.reason ? { reason: opts.reason } : {}),
        });
        writeFileSync(join(opts.root, s.path), next);
        const after = loadSource(fs, ids[0]!, lexicon);
        // An accepted draft is recorded as edited where a value is not the reader's proposal.
        const edited = (r: typeof s.review) => r.order.filter((i) => i.block?.decision === 'edited').length;
        const asEdited = edited(after.review) - edited(s.review);
        const accepted = `${opts.accept.length} accepted${asEdited > 0 ? ` (${asEdited} recorded as edited: values not the reader's proposal)` : ''}`;
        process.stdout.write(`recorded ${accepted}, ${opts.reject.length} rejected in ${s.path}\n`);
        process.stdout.write(formatReview(after.review, { all: Boolean(opts.all) }));
        return;
      }
      process.stdout.write(formatReview(s.review, { all: Boolean(opts.all) }));
    });
}
