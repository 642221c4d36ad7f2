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
// faster of two passes after a first one, with the JIT warm, as through most of a long run.
const model = new NumberRecognizer(Culture.English).getNumberModel();
const best = (run: (t: string) => number) => {
  time(run);
  const a = time(run);
  const b = time(run);
  return a.seconds <= b.seconds ? a : b;
};
const recognizers = best((t) => model.parse(t).length);
const ours = best((t) => extractMentions(t).length);
process.stdout.write(JSON.stringify({ documents: texts.length, textBytes, recognizers, ours }) + '\n');
