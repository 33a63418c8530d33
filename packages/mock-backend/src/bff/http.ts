/** Small HTTP pieces of the backend-for-frontend: cookies, safe return paths, its pages, the back channel. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { esc } from '../idp/html.ts';

export function readCookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) jar.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return jar;
}

/**
 * A cookie the browser returns to this origin only: HttpOnly (no script reads it), SameSite=Lax
 * (not sent with cross-site subrequests or POSTs), and on https `Secure` with the `__Host-`
 * prefix (no Domain, Path=/, so no sibling host can set or shadow it).
 */
export function setCookie(name: string, value: string, options: { secure: boolean; maxAge?: number }): string {
  return [
    `${options.secure ? '__Host-' : ''}${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
    ...(options.maxAge === undefined ? [] : [`Max-Age=${options.maxAge}`]),
  ].join('; ');
}

export const cookieName = (name: string, secure: boolean): string => `${secure ? '__Host-' : ''}${name}`;

/**
 * Where to go after sign-in, sign-out or a switch: a path on this origin only (no `//host`, no
 * scheme, no backslash tricks), never back into /bff/ itself. Anything else is `/`.
 */
export function safeReturnTo(raw: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  if (!raw || raw.length > 512 || !raw.startsWith('/') || /^\/[/\\]|\\|[\u0000-\u001f\u007f]/.test(raw)) return '/';
  try {
    const url = new URL(raw, 'http://return.invalid');
    if (url.origin !== 'http://return.invalid' || url.pathname === '/bff' || url.pathname.startsWith('/bff/')) return '/';
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // Another origin (even a same-site one, e.g. the other demo site on localhost) cannot embed
  // a BFF answer as a script or image and so read it with the user's cookie.
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { ...BASE_HEADERS, Location: location, 'Content-Length': 0, ...headers });
  res.end();
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

export function problem(
  res: ServerResponse,
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string | string[]> = {},
): void {
  const body = { type: `https://loket.example/problems/bff-${status}`, title, status, detail };
  send(res, status, JSON.stringify(body), 'application/problem+json; charset=utf-8', headers);
}

/** A page of the municipality's e-loket (the BFF's own): Dutch, no script, no inline style. */
export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  body: string,
  headers: Record<string, string | string[]> = {},
): void {
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title></head>
<body><main id="main">
<h1>${esc(title)}</h1>
${body}
</main></body>
</html>`;
  send(res, status, html, 'text/html; charset=utf-8', {
    'Content-Security-Policy': "default-src 'none'; form-action 'self'; frame-ancestors 'none'",
    ...headers,
  });
}

/** Reads a request body up to `limit` bytes; undefined when it is larger. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * `fetch` for the back channel (token endpoint, API) when the backend serves HTTPS with a
 * self-signed certificate: that certificate is the one trust anchor. Node's own fetch cannot be
 * given a CA without the undici package; node:https can.
 */
export function fetchTrusting(ca: string | Buffer): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => (headers[key] = value));
      const body = init.body;
      const payload =
        body === undefined || body === null
          ? undefined
          : typeof body === 'string' || body instanceof URLSearchParams
            ? String(body)
            : body instanceof Uint8Array
              ? Buffer.from(body)
              : undefined;
      if (body && payload === undefined) {
        reject(new TypeError('fetchTrusting: unsupported body type'));
        return;
      }
      if (body instanceof URLSearchParams && !headers['content-type'])
        headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
      const req = httpsRequest(url, { method: init.method ?? 'GET', headers, ca, signal: init.signal ?? undefined }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) v.forEach((x) => out.append(k, x));
            else if (v !== undefined) out.set(k, v);
          }
          const status = res.statusCode ?? 502;
          resolve(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: out }));
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
}
