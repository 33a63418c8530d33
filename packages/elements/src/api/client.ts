import type { Session } from '../session/types.js';

/** Why a request did not give usable data. Elements show a message per kind; nothing throws. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'parse'
  | 'invalid'
  | 'aborted'
  /** 400 on a change: the problem's `invalidParams` say which fields and why. */
  | 'bad-request'
  /** 412: the record changed since it was read (`etag` is the current one). */
  | 'precondition-failed'
  /** 428: a change without `If-Match`. */
  | 'precondition-required';

/** What an error answer said besides its status, for the caller to act on (never shown as such). */
export interface ApiErrorDetails {
  /** The answer's `ETag` (a 412 names the record's current one). */
  etag?: string | null;
  /** The answer's body when it was problem+json (validated by the caller, e.g. api/validated.ts). */
  problem?: unknown;
  /** The answer's `X-Correlation-Id`, to tie a user's report to the backend's logs. */
  correlationId?: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface RequestOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 8000). */
  timeoutMs?: number;
  /** Bearer token for the backend's APIs. */
  accessToken?: string | null;
  /**
   * `same-origin`: send the page's own cookies to a same-origin URL — a session the host keeps,
   * whose server (a backend-for-frontend) attaches the token. Default: no cookies at all.
   */
  credentials?: 'same-origin';
}

/** How one call proves whose data it asks for: a bearer token, or the host's same-origin cookie. */
export type CallAuth = Pick<RequestOptions, 'accessToken' | 'credentials'>;

/**
 * The `CallAuth` of a session for an API at `apiBase`: its access token; or, for a session the
 * host keeps (no token in the browser), the host's cookie — only when the API is on the page's own
 * origin, i.e. the host's backend-for-frontend. Null when signed out (or a host-kept session meets
 * an API on another origin, which no cookie of the host may reach).
 */
export async function callAuth(session: Session, apiBase: string): Promise<CallAuth | null> {
  if (session.hostManaged) {
    if (session.state.status !== 'signed-in') return null;
    const origin = new URL(apiBase, globalThis.document?.baseURI).origin;
    return origin === globalThis.location?.origin ? { credentials: 'same-origin' } : null;
  }
  const accessToken = await session.getAccessToken();
  return accessToken ? { accessToken } : null;
}

const DEFAULT_TIMEOUT = 8000;

/** A change request: the method, the JSON body and the version it was made on. */
export interface SendOptions extends RequestOptions {
  method: 'PATCH' | 'POST' | 'DELETE';
  /** Sent as JSON; none for DELETE. */
  body?: unknown;
  /** The `ETag` of the record the change was made on, sent as `If-Match`; null sends none. */
  ifMatch: string | null;
}

/** A JSON answer with the headers a caller of a conditional API needs. */
export interface JsonAnswer {
  data: unknown;
  etag: string | null;
  correlationId: string | null;
}

const STATUS_KINDS: Record<number, ApiErrorKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  412: 'precondition-failed',
  428: 'precondition-required',
};

/**
 * GET a JSON document. The only place in loket that calls `fetch` is `exchange` below: time-outs,
 * status and content-type checks live there, so callers get parsed JSON or a typed error, never a
 * throw. Validation of the shape is the caller's (`getJson` in ./validated.ts, or the config
 * validator): this module stays free of the schema library, so the first render does not load it.
 */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<ApiResult<unknown>> {
  const result = await exchange(url, options);
  return result.ok ? { ok: true, data: result.data.data } : result;
}

/** GET JSON with its `ETag` and `X-Correlation-Id`. */
export function requestWithHeaders(url: string, options: RequestOptions = {}): Promise<ApiResult<JsonAnswer>> {
  return exchange(url, options);
}

/** PATCH, POST or DELETE with a JSON body and `If-Match`; the answer as `requestWithHeaders` gives it. */
export function sendJson(url: string, options: SendOptions): Promise<ApiResult<JsonAnswer>> {
  return exchange(url, options);
}

async function exchange(url: string, options: RequestOptions & Partial<SendOptions>): Promise<ApiResult<JsonAnswer>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const method = options.method ?? 'GET';
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        signal,
        credentials: options.credentials ?? 'omit',
        headers: {
          accept: 'application/json',
          ...(options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {}),
          ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch {
      if (options.signal?.aborted) return fail('aborted', 'Request aborted');
      if (timeout.signal.aborted) return fail('timeout', `No answer from ${url} within ${timeoutMs} ms`);
      return fail('network', `Could not reach ${url}`);
    }
    const etag = response.headers.get('etag');
    const correlationId = response.headers.get('x-correlation-id');
    const type = response.headers.get('content-type') ?? '';
    const json = /^application\/([\w.+-]*\+)?json\b/i.test(type);
    if (!response.ok) {
      const kind = STATUS_KINDS[response.status] ?? 'http';
      // A problem+json body says why (a 400's invalidParams); anything else is not read.
      const problem = json ? await response.json().catch(() => undefined) : undefined;
      const ref = correlationId ? ` (X-Correlation-Id ${correlationId})` : '';
      return fail(kind, `${method === 'GET' ? '' : `${method} `}${url} answered HTTP ${response.status}${ref}`, response.status, {
        etag,
        problem,
        correlationId,
      });
    }
    if (!json) {
      return fail('parse', `${url} answered ${type || 'no content type'} instead of JSON`, response.status);
    }
    try {
      return { ok: true, data: { data: (await response.json()) as unknown, etag, correlationId } };
    } catch {
      if (options.signal?.aborted) return fail('aborted', 'Request aborted');
      if (timeout.signal.aborted) return fail('timeout', `The answer from ${url} did not complete in time`);
      return fail('parse', `${url} answered malformed JSON`, response.status);
    }
  } finally {
    clearTimeout(timer);
  }
}

export function fail(
  kind: ApiErrorKind,
  message: string,
  status?: number,
  details?: ApiErrorDetails,
): { ok: false; error: ApiError } {
  return { ok: false, error: new ApiError(kind, message, status, details) };
}
