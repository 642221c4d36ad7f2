/**
 * A numbered point's label is no sentence of its own: "2. Value. The declared value of those
 * imports was $1.3 billion" is one sentence, as an analyst reads it. The extractor ends a sentence
 * at "2." and at "Value." (a full stop before a capital); counted apart, the label put two
 * sentences between a statistic and the one continuing it, and every rule that looks at "the
 * sentence before" saw the label instead.
 */

/** "2.", "3)", "(4)", "(b)", "iv.": a list's number. */
const NUMBER = String.raw`(?:\(?\d{1,3}[.)]|\((?:[a-z]|[ivx]{1,5})\)|[ivx]{1,5}\.)`;
/** "Value.", "Main points.", "Origin of goods:": a point's run-in heading, a few words and no figure. */
const RUN_IN = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}[.:]`;
/** A label the extractor ends a sentence after: the number alone ("2."), or with its heading ("(b) Origin."). */
const LABEL = new RegExp(`^${NUMBER}(?:\\s+${RUN_IN})?$`, 'u');
const NUMBER_ALONE = new RegExp(`^${NUMBER}$`);
const RUN_IN_LABEL = new RegExp(`^${RUN_IN}$`, 'u');

/** Whether no line break stands between `from` and `to`. */
function sameLine(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl >= to;
}

/** The trimmed text of the sentence from `start` to `next`. */
const spanText = (text: string, start: number, next: number): string => text.slice(start, next).trimEnd();

/**
 * `starts` (sorted sentence starts of `text`) without the starts that follow a point's label on
 * its line: the label ("2.", or "2. Value.") opens the sentence after it. The same array when no
 * label is found.
 */
export function joinListLabels(text: string, starts: readonly number[]): readonly number[] {
  let kept: number[] | undefined;
  for (let i = 0; i < starts.length - 1; i++) {
    const start = starts[i]!;
    const next = starts[i + 1]!;
    const c = text.charCodeAt(start);
    // Cheap exit: a label opens on a digit, "(" or a Roman numeral's letter.
    const labelled =
      ((c >= 48 && c <= 57) || c === 40 || c === 105 || c === 118 || c === 120) &&
      LABEL.test(spanText(text, start, next)) &&
      sameLine(text, start, next);
    if (!labelled) {
      kept?.push(next);
      continue;
    }
    kept ??= starts.slice(0, i + 1);
    // "2. Value. The declared value …": the run-in heading joins too, where a sentence follows on its line.
    const after = starts[i + 2];
    const runIn =
      after !== undefined &&
      NUMBER_ALONE.test(spanText(text, start, next)) &&
      RUN_IN_LABEL.test(spanText(text, next, after)) &&
      sameLine(text, next, after);
    i += runIn ? 2 : 1;
    if (i < starts.length - 1) kept.push(starts[i + 1]!);
  }
  return kept ?? starts;
}
