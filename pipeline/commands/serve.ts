/** `figures serve`: a loopback preview of a built package, so the static site can be checked in a browser before it is published. */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Command } from 'commander';
import { FiguresError, UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { packageMediaType } from './mediaTypes.js';
import { servableRange } from './range.js';

export interface SiteServer {
  /** Address of the site's index, e.g. http://127.0.0.1:8000/site/ */
  url: string;
  /** Address of the served folder's root. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a built dist/ folder on 127.0.0.1 with sirv. The whole folder is served, not only
 * site/, because the site's download links point at ../data/ and ../datapackage.json; "/"
 * redirects to /site/. Files are read on every request (sirv's dev mode), so a rebuild shows
 * on reload. Only the loopback interface is bound: this is a preview, not a web server.
 */
export async function startSiteServer(opts: { root: string; port?: number }): Promise<SiteServer> {
  // Loaded only when serving: the other commands never need it.
  const { default: sirv } = await import('sirv');
  const files = sirv(opts.root, {
    dev: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const type = packageMediaType(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const server: Server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(302, { Location: '/site/' });
      res.end();
      return;
    }
    if (!servableRange(req.headers.range)) {
      res.writeHead(416, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Range not satisfiable\n');
      return;
    }
    try {
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
      });
    } catch {
      // Whatever else sirv throws on one request fails that request, never the server.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
  const port = opts.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new FiguresError([messages.portInUse(port)]) : e));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: `${origin}/site/`,
    origin,
    port: actual,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(messages.badPort(value));
  return n;
}

/** `figures serve [--port N] [--dir dist]`: preview the built site on 127.0.0.1. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('preview the built documentation site (dist/site/) on http://127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', '8000')
    .option('--dir <dir>', 'the built package folder to serve', 'dist')
    .action(async (opts: { port: string; dir: string }) => {
      const port = parsePort(opts.port);
      if (!existsSync(join(opts.dir, 'site', 'index.html'))) throw new FiguresError([messages.siteNotBuilt(opts.dir)]);
      const server = await startSiteServer({ root: opts.dir, port });
      process.stdout.write(`Serving ${opts.dir}/ at ${server.url} (press Ctrl+C to stop)\n`);
    });
}
