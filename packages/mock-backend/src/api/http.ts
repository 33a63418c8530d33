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
  414: 'uri-too-long',
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

export function sendProblem(res: ServerResponse, problem: ProblemError, instance: string): void {
  const body = {
    type: problemType(problem.status),
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    instance,
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

/** CORS for the allowed browser origins only. Returns true if the request was a preflight. */
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
    res.setHeader('Access-Control-Expose-Headers', 'WWW-Authenticate, Content-Length');
  }
  if (req.method === 'OPTIONS') {
    if (!allowed) return 'forbidden-preflight';
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
    return 'preflight';
  }
  return 'ok';
}
