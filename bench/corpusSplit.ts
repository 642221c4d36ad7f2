/**
 * A prototype measured for issue 17 (docs/performance.md, session 11): two ways to use two worker
 * threads for a corpus's work, without writing any output. Data-parallel, as `extract --corpus
 * --workers 2` does (each worker runs processBatch on its batches), against a stage split (one
 * worker decodes, parses and normalizes the lines and passes the texts on; the other extracts and
 * lays out the rows), in which only one isolate compiles and warms up the extractor. Prints the
 * CPU (all threads) and wall time of each process, the two alternated.
 *
 *   npx tsx bench/corpusSplit.ts FILE.jsonl [pairs]
 *
 * The driver bundles this file with esbuild (worker threads start with a bare Node) and runs the
 * bundle once per mode: `node BUNDLE --run dp|split FILE`.
 */
import { MessageChannel, Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MB = 1 << 20;

if (isMainThread && process.argv[2] !== '--run') {
  const [file, pairsArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx bench/corpusSplit.ts FILE.jsonl [pairs]');
  const pairs = Number(pairsArg ?? 3);
  const { build } = await import('esbuild');
  const bundle = join(mkdtempSync(join(tmpdir(), 'corpus-split-')), 'split.mjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile: bundle,
    logLevel: 'silent',
  });
  for (let i = 0; i < pairs; i++) {
    for (const mode of i % 2 ? ['split', 'dp'] : ['dp', 'split']) {
      const r = spawnSync(process.execPath, [bundle, '--run', mode, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      console.log(mode, r.stdout.trim().split('\n').pop(), 'load', readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
    }
  }
  rmSync(dirname(bundle), { recursive: true, force: true });
} else if (isMainThread) {
  const [, , , mode, file] = process.argv;
  const t0 = performance.now();
  const bytes = new Uint8Array(readFileSync(file!));
  const batches: Uint8Array[] = [];
  for (let s = 0; s < bytes.length;) {
    let e = bytes.indexOf(10, Math.min(bytes.length - 1, s + MB));
    if (e < 0) e = bytes.length - 1;
    batches.push(bytes.slice(s, e + 1));
    s = e + 1;
  }
  const opts = { execArgv: [] as string[] };
  const url = new URL(import.meta.url);
  let mentions = 0;
  let done = 0;
  await new Promise<void>((resolve) => {
    const onResult = (m: { mentions: number }) => {
      mentions += m.mentions;
      if (++done === batches.length) resolve();
    };
    if (mode === 'dp') {
      const ws = [0, 1].map(() => new Worker(url, { ...opts, workerData: { role: 'all' } }));
      const inFlight = [0, 0];
      let next = 0;
      const feed = (k: number) => {
        while (inFlight[k]! < 4 && next < batches.length) {
          const b = batches[next++]!;
          inFlight[k]!++;
          ws[k]!.postMessage(b, [b.buffer as ArrayBuffer]);
        }
      };
      ws.forEach((w, k) =>
        w.on('message', (m) => {
          inFlight[k]!--;
          onResult(m);
          if (done === batches.length) ws.forEach((x) => void x.terminate());
          else feed(k);
        }),
      );
      feed(0);
      feed(1);
    } else {
      const { port1, port2 } = new MessageChannel();
      const p = new Worker(url, { ...opts, workerData: { role: 'parse', port: port1 }, transferList: [port1] });
      const x = new Worker(url, { ...opts, workerData: { role: 'extract', port: port2 }, transferList: [port2] });
      let inFlight = 0;
      let next = 0;
      const feed = () => {
        while (inFlight < 8 && next < batches.length) {
          const b = batches[next++]!;
          inFlight++;
          p.postMessage(b, [b.buffer as ArrayBuffer]);
        }
      };
      x.on('message', (m) => {
        inFlight--;
        onResult(m);
        if (done === batches.length) [p, x].forEach((w) => void w.terminate());
        else feed();
      });
      feed();
    }
  });
  const c = process.cpuUsage();
  console.log(`cpu ${((c.user + c.system) / 1e6).toFixed(2)} wall ${((performance.now() - t0) / 1000).toFixed(2)} mentions ${mentions}`);
} else {
  const { role, port } = workerData as { role: string; port?: MessagePort };
  const { processBatch } = await import('../pipeline/corpus/processBatch.js');
  const { isPlainText, normalizeFast } = await import('../pipeline/corpus/normalizeFast.js');
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  if (role === 'all') {
    const { extractMentions } = await import('../pipeline/extract/index.js');
    parentPort!.on('message', (b: Uint8Array) => {
      const r = processBatch({ kind: 'jsonl', bytes: b }, { extract: extractMentions, shard: null });
      parentPort!.postMessage({ mentions: r.mentions.length });
    });
  } else if (role === 'parse') {
    parentPort!.on('message', (b: Uint8Array) => {
      const ids: string[] = [];
      const texts: string[] = [];
      const plain: boolean[] = [];
      const meta: (string | null)[] = [];
      for (let s = 0; s < b.length;) {
        let e = b.indexOf(10, s);
        if (e < 0) e = b.length;
        if (e > s) {
          const { id, text, ...rest } = JSON.parse(strict.decode(b.subarray(s, e))) as Record<string, unknown>;
          const t = text as string;
          const pl = isPlainText(t);
          ids.push(String(id));
          texts.push(pl ? t : normalizeFast(t));
          plain.push(pl);
          meta.push(JSON.stringify(rest));
        }
        s = e + 1;
      }
      port!.postMessage({ ids, texts, plain, meta });
    });
  } else {
    const { extractMentions } = await import('../pipeline/extract/index.js');
    const { MentionRows, DocumentRows } = await import('../pipeline/corpus/tableRows.js');
    const { columnSetRowBytes } = await import('../pipeline/corpus/rowBytes.js');
    port!.on('message', (m: { ids: string[]; texts: string[]; plain: boolean[]; meta: (string | null)[] }) => {
      const rows = new MentionRows();
      const docs = new DocumentRows();
      for (let i = 0; i < m.texts.length; i++) {
        const found = m.plain[i] ? extractMentions(m.texts[i]!, { noOtherSpaces: true }) : extractMentions(m.texts[i]!);
        rows.add(m.ids[i]!, found);
        docs.add(m.ids[i]!, i, null, m.texts[i]!.length, found.length, m.meta[i]!);
      }
      const a = rows.finish();
      columnSetRowBytes(a);
      columnSetRowBytes(docs.finish());
      parentPort!.postMessage({ mentions: a.length });
    });
  }
}
