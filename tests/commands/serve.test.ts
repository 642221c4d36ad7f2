import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort, startSiteServer, type SiteServer } from '../../pipeline/commands/serve.js';
import { FiguresError, UsageError } from '../../pipeline/core/errors.js';

/** A GET with exactly these headers, on a socket of its own (fetch would add and normalize headers). */
function rawGet(origin: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startSiteServer', () => {
  let root: string;
  let server: SiteServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'figures-serve-'));
    mkdirSync(join(root, 'site'), { recursive: true });
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'site', 'index.html'), '<!DOCTYPE html><title>x</title>');
    writeFileSync(join(root, 'data', 'a.csv'), 'a\n1\n');
    writeFileSync(join(root, 'data', 'a.parquet'), 'PAR1');
    writeFileSync(join(root, 'data', 'a.arrow'), 'ARROW1');
    writeFileSync(join(root, 'SHA256SUMS'), 'x  data/a.csv\n');
    writeFileSync(join(root, 'CITATION.cff'), 'cff-version: 1.2.0\n');
    server = await startSiteServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on the loopback interface only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/site/`);
  });
  it('redirects the root to the site', async () => {
    const r = await fetch(server.origin + '/', { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/site/');
  });
  it('serves the site and, beside it, the data files its download links point at', async () => {
    expect(await (await fetch(server.url)).text()).toContain('<title>x</title>');
    const csv = await fetch(`${server.origin}/data/a.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toBe('a\n1\n');
  });
  it('sends a media type for every kind of file in a package, Parquet and Arrow included', async () => {
    const types: Record<string, string> = {
      '/data/a.csv': 'text/csv',
      '/data/a.parquet': 'application/vnd.apache.parquet',
      '/data/a.arrow': 'application/vnd.apache.arrow.file',
      '/SHA256SUMS': 'text/plain; charset=utf-8',
      '/CITATION.cff': 'application/yaml; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await fetch(server.origin + path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toBe(type);
    }
  });

  it('answers 416 to a reversed or malformed Range on a real request, and stays up (sirv#140)', async () => {
    for (const range of ['bytes=5-1', 'bytes=-5', 'bytes=0-1,3-4', 'items=0-1', 'bytes=99999999999999999999-1']) {
      const r = await rawGet(server.origin, '/site/index.html', { Range: range });
      expect(r.status, range).toBe(416);
    }
    const part = await rawGet(server.origin, '/site/index.html', { Range: 'bytes=2-5' });
    expect([part.status, part.body]).toEqual([206, 'DOCT']);
    expect((await fetch(server.url)).status).toBe(200);
  });
  it('answers 404 for what is not there', async () => {
    expect((await fetch(`${server.origin}/site/nope.html`)).status).toBe(404);
  });
  it('reports a port in use as a problem, not a crash', async () => {
    await expect(startSiteServer({ root, port: server.port })).rejects.toSatisfy(
      (e: unknown) => e instanceof FiguresError && e.problems[0]!.code === 'port-in-use',
    );
  });
});

describe('parsePort', () => {
  it('accepts 0 to 65535 and rejects anything else as a usage error', () => {
    expect(parsePort('8000')).toBe(8000);
    expect(parsePort('0')).toBe(0);
    for (const bad of ['abc', '-1', '65536', '80.5', '']) expect(() => parsePort(bad), bad).toThrow(UsageError);
  });
});

describe('figures serve', () => {
  it('refuses to serve a folder with no built site, saying how to build one', async () => {
    const { Command } = await import('commander');
    const { registerServe } = await import('../../pipeline/commands/serve.js');
    const program = new Command('figures').exitOverride();
    registerServe(program);
    const empty = mkdtempSync(join(tmpdir(), 'figures-serve-empty-'));
    try {
      await expect(program.parseAsync(['node', 'figures', 'serve', '--dir', empty, '--port', '0'])).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof FiguresError && e.problems[0]!.code === 'site-not-built' && /npm run build/.test(e.problems[0]!.hint ?? ''),
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
