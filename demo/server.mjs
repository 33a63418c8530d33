// @ts-check
/**
 * Serves a fictional municipality site the way a municipality would host it: its own pages,
 * the published loket files under /loket/, and its widget configuration under /config/.
 * The configuration is the site's own file plus the sign-in settings of the identity
 * provider it is started with (the one thing that depends on where the backend runs).
 */
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = fileURLToPath(new URL('.', import.meta.url));
const cdn = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));

export const SITES = ['gemeente-voorbeeld', 'stad-scheldeburg'];

/**
 * @param {{ site: string, port?: number, backendUrl?: string, headers?: Record<string, string>,
 *   tls?: { key: string | Buffer, cert: string | Buffer } }} options  tls: serve HTTPS (npm start -- --https)
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startDemo({ site, port = 0, backendUrl, headers = {}, tls }) {
  if (!SITES.includes(site)) throw new Error(`unknown demo site ${site}`);
  const pages = sirv(`${here}${site}`, { dev: true, extensions: ['html'] });
  const loket = sirv(cdn, { dev: true });
  const shared = sirv(`${here}shared`, { dev: true });
  /** @type {import('node:http').RequestListener} */
  const listener = async (req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === `/config/${site}.json`) {
      const config = JSON.parse(await readFile(`${here}${site}/config.json`, 'utf8'));
      if (backendUrl) config.auth = { authority: backendUrl, clientId: 'loket-demo', apiBase: `${backendUrl}/api` };
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify(config));
      return;
    }
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Niet gevonden');
    };
    if (url.pathname.startsWith('/loket/')) {
      req.url = req.url?.slice('/loket'.length);
      return loket(req, res, notFound);
    }
    if (url.pathname.startsWith('/shared/')) {
      req.url = req.url?.slice('/shared'.length);
      return shared(req, res, notFound);
    }
    return pages(req, res, notFound);
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `${tls ? 'https' : 'http'}://localhost:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
