/** HTTP helpers for the APIs: RFC 9457 problem details, JSON responses, CORS. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

const PROBLEM_TYPES: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  412: 'precondition-failed',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  428: 'precondition-required',
  500: 'internal-error',
};

export function problemType(status: number): string {
  return `https://loket.example/problems/${PROBLEM_TYPES[status] ?? 'error'}`;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

export function sendProblem(res: ServerResponse, problem: ProblemError, instance: string | undefined): void {
  const body = {
    type: problemType(problem.status),
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(instance === undefined ? {} : { instance }),
    ...problem.extra,
  };
  const text = JSON.stringify(body);
  res.writeHead(problem.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...problem.headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/**
 * The path of a request-target in canonical form, or undefined. Refused: fragments, dot segments,
 * any percent-encoding (every path parameter of the API is plain [A-Za-z0-9-]), backslashes,
 * empty segments, and anything else the URL parser would rewrite. So the path that is routed and
 * audit-logged is byte for byte the one that was sent.
 */
export function canonicalPath(target: string): string | undefined {
  if (!target.startsWith('/') || target.includes('#')) return undefined;
  const path = target.split('?')[0]!;
  if (/[%\\]|\/\/|\/\.\.?(\/|$)/.test(path)) return undefined;
  try {
    return new URL(path, 'http://localhost').pathname === path ? path : undefined;
  } catch {
    return undefined;
  }
}

/** CORS for the allowed browser origins only (the register's changes need PATCH/POST/DELETE, If-Match and the ETag). */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  origins: ReadonlySet<string>,
): 'preflight' | 'ok' | 'forbidden-preflight' {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  const allowed = typeof origin === 'string' && origins.has(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'WWW-Authenticate, Content-Length, ETag, Location, X-Correlation-Id');
  }
  if (req.method === 'OPTIONS') {
    if (!allowed) return 'forbidden-preflight';
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS, PATCH, POST, DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, If-Match, X-Correlation-Id');
    res.setHeader('Access-Control-Max-Age', '600');
    return 'preflight';
  }
  return 'ok';
}
