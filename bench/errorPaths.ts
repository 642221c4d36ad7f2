/**
 * The error paths of issue 14, finding 9, at n and 2n problems: the ratio of their CPU times
 * is ~2 when a path is linear in its input, ~4 when it is quadratic (it was: 500 misspelled
 * quotes 8.5 s, 1,000 33.5 s; 10,000 YAML syntax errors 63 s).
 *
 *   npx tsx bench/errorPaths.ts [N=1000]
 */
import { parseYaml } from '../pipeline/core/yaml.js';
import { resolveQuote } from '../pipeline/normalize/resolveQuote.js';

const N = Number(process.argv[2] ?? 1000);

function cpu(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

const text = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says exports grew by ${i}% to $${i} million.`).join(' ');
const quotes = (n: number) => () => {
  // A fresh text per run (one space more), so no answer is remembered from the run before.
  const t = `${text}${' '.repeat(n % 7)}`;
  for (let i = 0; i < n; i++) resolveQuote(t, { quote: `Sentense ${i} sayz exports grue by ${i}%` });
};
const yaml = (n: number) => () => void parseYaml(Array.from({ length: n }, (_, i) => `k${i}: [unclosed ${i}`).join('\n'), 'f.yaml');

for (const [name, run, n] of [
  ['misspelled quotes', quotes, N],
  ['YAML syntax errors', yaml, N * 10],
] as const) {
  const a = cpu(run(n));
  const b = cpu(run(2 * n));
  console.log(
    `${name}: ${n} in ${a.toFixed(2)} CPU-s, ${2 * n} in ${b.toFixed(2)} CPU-s, ratio ${(b / a).toFixed(2)} (2 = linear, 4 = quadratic)`,
  );
}
