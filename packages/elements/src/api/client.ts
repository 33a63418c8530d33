import type { Session } from '../session/types.js';

/** Why a request did not give usable data. Elements show a message per kind; nothing throws. */
export type ApiErrorKind =
  'network' | 'timeout' | 'http' | 'unauthorized' | 'forbidden' | 'not-found' | 'parse' | 'invalid' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
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

/**
 * GET a JSON document. The only place in loket that calls `fetch`: time-outs, status and
 * content-type checks live here, so callers get parsed JSON or a typed error, never a throw.
 * Validation of the shape is the caller's (`getJson` in ./validated.ts, or the config validator):
 * this module stays free of the schema library, so the first render does not load it.
 */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<ApiResult<unknown>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal,
        credentials: options.credentials ?? 'omit',
        headers: {
          accept: 'application/json',
          ...(options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {}),
        },
      });
    } catch {
      if (options.signal?.aborted) return fail('aborted', 'Request aborted');
      if (timeout.signal.aborted) return fail('timeout', `No answer from ${url} within ${timeoutMs} ms`);
      return fail('network', `Could not reach ${url}`);
    }
    if (!response.ok) {
      const kind: ApiErrorKind =
        response.status === 401
          ? 'unauthorized'
          : response.status === 403
            ? 'forbidden'
            : response.status === 404
              ? 'not-found'
              : 'http';
      return fail(kind, `${url} answered HTTP ${response.status}`, response.status);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      return fail('parse', `${url} answered ${type || 'no content type'} instead of JSON`, response.status);
    }
    try {
      return { ok: true, data: (await response.json()) as unknown };
    } catch {
      if (options.signal?.aborted) return fail('aborted', 'Request aborted');
      if (timeout.signal.aborted) return fail('timeout', `The answer from ${url} did not complete in time`);
      return fail('parse', `${url} answered malformed JSON`, response.status);
    }
  } finally {
    clearTimeout(timer);
  }
}

export function fail(kind: ApiErrorKind, message: string, status?: number): { ok: false; error: ApiError } {
  return { ok: false, error: new ApiError(kind, message, status) };
}
