/**
 * A table written as lines under a heading that names the flow: "Uzbekistan: exports to Russia,
 * January–June 2025" over "Machinery: $85 million, up 18% on a year earlier." Each line names its
 * goods before a colon and leaves the flow, the sides and the period to the heading, which states no
 * figure of its own. Read only for a figure on such a label line whose sentence names no flow and
 * no statistic before it is near (observations.ts).
 */
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { frameOf, leadFrame } from './leadFrame.js';
import { sameWords } from './carriedWords.js';
import { flowCues } from './measure.js';

/** "Machinery: $85 million", "- Vehicles: $40 million": a label of a few words, a colon, a figure. */
const LABEL_LINE =
  /^[ \t]*(?:[-•*][ \t]+)?\p{Lu}[\p{L} ,&/'’-]{1,40}:[ \t]+(?:about |around |some |nearly |almost |over |under )?[$€£¥\d]/u;
/** The word before the heading's partner: "from" of an import, "to" of an export. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;
/** How many lines above a label line its heading may stand. */
const REACH = 4;

export function isLabelLine(text: string, start: number): boolean {
  return LABEL_LINE.test(text.slice(start, start + 80));
}

export function tableFrame(ctx: TextContext, s: number): Frame | undefined {
  return ctx.memo('tableFrame', s, () => {
    const { text, spans } = ctx;
    for (let k = s - 1; k >= 0 && k >= s - REACH; k--) {
      const mentions = ctx.mentionsIn(k);
      if (mentions.some((x) => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration')) return undefined;
      const span = spans[k]!;
      const cues = flowCues(text, span.start, span.end);
      if (cues.length === 0) continue;
      const lead = leadFrame(ctx, k);
      if (lead) return sameWords(lead, { ...lead, sentence: s - 1 });
      // "Uzbekistan: exports to Russia, …": the country the heading is about reports, the one after
      // "to" (an export) or "from" (an import) is the partner.
      const codes = [
        ...new Set(
          ctx
            .countries(k)
            .filter((c) => !c.demonym)
            .map((c) => c.code),
        ),
      ];
      if (codes.length !== 2) return undefined;
      const cue = cues[0]!;
      const before = cue.flow === 'import' ? FROM_BEFORE : TO_BEFORE;
      const partner = ctx.countries(k).find((c) => !c.demonym && before.test(text.slice(Math.max(span.start, c.start - 9), c.start)));
      if (!partner) return undefined;
      const reporter = codes.find((c) => c !== partner.code)!;
      const heading = frameOf(ctx, k, undefined, mentions, cue, reporter, partner.code);
      return sameWords(heading, { ...heading, sentence: s - 1 });
    }
    return undefined;
  });
}
