// @ts-check
/**
 * Serves a fictional municipality site the way a municipality would host it: its own pages,
 * the published loket files under /loket/, and its widget configuration under /config/.
 * The configuration is the site's own file plus the sign-in settings of the identity
 * provider it is started with (the one thing that depends on where the backend runs).
 *
 * /bff/ is passed to the backend's backend-for-frontend, as a municipality's reverse proxy passes
 * it to its e-loket server: the BFF is then same-origin with the pages, so its session cookie is
 * first-party and the page's calls need no CORS. X-Forwarded-Host and X-Forwarded-Proto tell it
 * the origin the browser sees. Pages with a `<script data-loket-profile>` (BFF_PAGES) get that
 * profile filled in from /bff/profile, so the header shows the session from its first render.
 */
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createTlsServer, request as httpsRequest } from 'node:https';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = fileURLToPath(new URL('.', import.meta.url));
const cdn = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));

export const SITES = ['gemeente-voorbeeld', 'stad-scheldeburg'];

/** Pages rendered with the visitor's profile from the backend-for-frontend, per site. */
/** @type {Record<string, string[]>} */
const BFF_PAGES = { 'gemeente-voorbeeld': ['/e-loket-bff'] };
/** The BFF's session cookie (`__Host-` on https): the only cookie the profile request needs. */
const BFF_COOKIE = /^(__Host-)?loket_bff$/;
const PROFILE_SCRIPT = /(<script type="application\/json" data-loket-profile>)[\s\S]*?(<\/script>)/;

/**
 * One request to the backend, as the site's reverse proxy makes it.
 * @param {string} backendUrl
 * @param {import('node:http').IncomingMessage} req
 * @param {{ path: string, tls?: { cert: string | Buffer }, headers?: Record<string, string> }} options
 * @returns {import('node:http').ClientRequest}
 */
function toBackend(
  backendUrl,
  req,
  { path, tls, headers = {} },
  /** @type {(res: import('node:http').IncomingMessage) => void} */ onResponse,
) {
  const target = new URL(path, backendUrl);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return send(
    target,
    {
      method: req.method,
      headers: {
        ...req.headers,
        host: target.host,
        'x-forwarded-host': req.headers.host ?? '',
        'x-forwarded-proto': tls ? 'https' : 'http',
        ...headers,
      },
      // npm start -- --https: the backend's certificate is the site's own self-signed one.
      ...(tls && target.protocol === 'https:' ? { ca: tls.cert } : {}),
    },
    onResponse,
  );
}

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
      // passive: single sign-on between the sites of one identity provider (a signed-in visitor of
      // one demo site is signed in on the other at load).
      if (backendUrl)
        config.auth = { authority: backendUrl, clientId: 'loket-demo', apiBase: `${backendUrl}/api`, passive: true };
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify(config));
      return;
    }
    if (backendUrl && (url.pathname === '/bff' || url.pathname.startsWith('/bff/'))) {
      const upstream = toBackend(backendUrl, req, { path: req.url ?? '/', tls }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => {
        if (res.headersSent) return void res.destroy();
        res.statusCode = 502;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end('Het e-loket is niet bereikbaar');
      });
      req.pipe(upstream);
      return;
    }
    const bffPage = (BFF_PAGES[site] ?? []).find((p) => url.pathname === p || url.pathname === `${p}.html`);
    if (backendUrl && bffPage && (req.method === 'GET' || req.method === 'HEAD')) {
      const template = await readFile(`${here}${site}${bffPage}.html`, 'utf8');
      const cookie = (req.headers.cookie ?? '')
        .split(';')
        .map((c) => c.trim())
        .filter((c) => BFF_COOKIE.test(c.split('=')[0] ?? ''))
        .join('; ');
      const path = `/bff/profile?returnTo=${encodeURIComponent(bffPage)}`;
      /** @type {{ status: number, body: string, setCookie: string[] }} */
      const profile = await new Promise((resolve) => {
        const r = toBackend(backendUrl, req, { path, tls, headers: { cookie, accept: 'application/json' } }, (up) => {
          let body = '';
          up.setEncoding('utf8');
          up.on('data', (c) => (body += c));
          up.on('end', () => resolve({ status: up.statusCode ?? 502, body, setCookie: up.headers['set-cookie'] ?? [] }));
        });
        r.on('error', () => resolve({ status: 502, body: '', setCookie: [] }));
        r.end();
      });
      let html = template;
      if (profile.status === 200) {
        // JSON inside <script>: "<" escaped, so no value can close the element.
        const json = JSON.stringify(JSON.parse(profile.body)).replace(/</g, '\\u003c');
        html = template.replace(PROFILE_SCRIPT, (_m, open, close) => `${open}${json}${close}`);
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // Personal: never cached.
      res.setHeader('cache-control', 'no-store');
      if (profile.setCookie.length) res.setHeader('set-cookie', profile.setCookie);
      res.end(req.method === 'HEAD' ? undefined : html);
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
