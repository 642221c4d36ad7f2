/**
 * The ceiling for `extract --corpus`: read a JSONL file, decode it as UTF-8 and JSON.parse
 * every line — and nothing else. No corpus run can be faster than this in one thread; the
 * corpus benchmark (bench/corpus.ts) compares the whole extract process against it.
 *
 *   node --import tsx bench/corpusCeiling.ts FILE.jsonl     → one JSON line on stdout
 */
import { createReadStream } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node --import tsx bench/corpusCeiling.ts FILE.jsonl\n');
  process.exit(2);
}

const started = performance.now();
const decoder = new TextDecoder('utf-8', { fatal: true });
let rest = '';
let lines = 0;
let textChars = 0;
let bytes = 0;
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
  bytes += chunk.length;
  const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
  rest = parts.pop()!;
  for (const line of parts) {
    if (line === '') continue;
    textChars += (JSON.parse(line) as { text: string }).text.length;
    lines++;
  }
}
rest += decoder.decode();
if (rest !== '') {
  textChars += (JSON.parse(rest) as { text: string }).text.length;
  lines++;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ bytes, lines, textChars, seconds }) + '\n');
