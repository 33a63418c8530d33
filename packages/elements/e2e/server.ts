/** A tiny static server for the e2e pages: the built CDN files under /dist, configs under /config. */
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface Site {
  /** e.g. http://localhost:4567 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves pages/*.html (`?config=name` is not needed: a page path `/<config>/<page>.html` picks
 * the configuration `configs[config]`), dist/cdn under /dist and each configuration as JSON.
 */
export async function startSite(host: 'localhost' | '127.0.0.1', configs: Record<string, unknown>): Promise<Site> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      let file: string;
      let body: Buffer | string;
      const config = /^\/config\/([\w-]+)\.json$/.exec(path);
      const page = /^\/(?:([\w-]+)\/)?([\w-]*)(?:\.html)?$/.exec(path);
      if (config) {
        if (!(config[1]! in configs)) throw new Error('no such config');
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(configs[config[1]!]));
        return;
      } else if (path.startsWith('/dist/')) {
        file = normalize(join(CDN, path.slice('/dist/'.length)));
        if (!file.startsWith(CDN)) throw new Error('outside');
        body = await readFile(file);
      } else if (page) {
        file = join(PAGES, `${page[2] || 'index'}.html`);
        body = (await readFile(file, 'utf8')).replace(/__CONFIG__/g, page[1] ?? 'default');
      } else throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Builds the CDN bundle when a source file is newer than it (the root `npm test` builds first). */
export function ensureBuilt(): void {
  const elements = fileURLToPath(new URL('..', import.meta.url));
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  let built = 0;
  try {
    built = statSync(join(elements, 'dist/cdn/loket.js')).mtimeMs;
  } catch {
    /* not built */
  }
  if (built < newest(join(elements, 'src')))
    execSync('npm run build -w @loket/elements', { cwd: join(elements, '../..'), stdio: 'ignore' });
}
