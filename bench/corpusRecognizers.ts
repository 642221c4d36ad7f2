/**
 * Microsoft Recognizers-Text's number model, and this project's extractor, on the same
 * documents: the first SAMPLE_MB of a JSONL corpus, already parsed (reading is not timed,
 * which favours both). Recognizers-Text is too slow to run on a whole benchmark corpus, so
 * bench/corpus.ts extrapolates from this sample.
 *
 *   node --import tsx bench/corpusRecognizers.ts FILE.jsonl SAMPLE_MB   → one JSON line
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { extractMentions } from '../pipeline/extract/index.js';
import { normalizeText } from '../pipeline/core/text.js';

const [file, sampleMb] = process.argv.slice(2);
if (!file || !sampleMb) {
  process.stderr.write('usage: node --import tsx bench/corpusRecognizers.ts FILE.jsonl SAMPLE_MB\n');
  process.exit(2);
}

const texts: string[] = [];
let textBytes = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line === '') continue;
  const text = normalizeText((JSON.parse(line) as { text: string }).text);
  texts.push(text);
  textBytes += Buffer.byteLength(text);
  if (textBytes >= Number(sampleMb) * 1e6) break;
}

function time(run: (t: string) => number): { seconds: number; found: number } {
  const start = performance.now();
  let found = 0;
  for (const t of texts) found += run(t);
  return { seconds: (performance.now() - start) / 1000, found };
}

// One model, built once (building it is slow and not what is compared). Each is timed as the
// fastest of its passes after warm-up passes, with the JIT warm, as through most of a long run.
// Recognizers-Text takes about a second a pass, so one warm-up pass and two timed ones; this
// extractor takes ~10 ms, so it warms up for half a second (one pass left it half-compiled and
// made it look four times slower than it runs in a corpus run) and the best of five counts.
const model = new NumberRecognizer(Culture.English).getNumberModel();
const best = (run: (t: string) => number, warmSeconds: number, passes: number) => {
  const warmUntil = performance.now() + warmSeconds * 1000;
  do time(run);
  while (performance.now() < warmUntil);
  let fastest = time(run);
  for (let i = 1; i < passes; i++) {
    const t = time(run);
    if (t.seconds < fastest.seconds) fastest = t;
  }
  return fastest;
};
const recognizers = best((t) => model.parse(t).length, 0, 2);
const ours = best((t) => extractMentions(t).length, 0.5, 5);
process.stdout.write(JSON.stringify({ documents: texts.length, textBytes, recognizers, ours }) + '\n');
