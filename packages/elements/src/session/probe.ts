/**
 * The single sign-on check (`auth.passive`) without oidc-client-ts: one `prompt=none` request in a
 * hidden iframe, answered by the identity provider's own page with `response_mode=web_message`
 * (a postMessage to this page, no second load of the site inside the frame). `login_required` —
 * the usual answer — means signed out, known at once, and the sign-in code is never fetched; a
 * `code` is handed to the sign-in code (./oidc.ts), which redeems it with this request's PKCE
 * verifier. Same-site the identity provider's cookies reach the frame; cross-site (third-party
 * cookies blocked) the answer is `login_required` and "Aanmelden" signs in with one click.
 */
import type { LoketAuthConfig } from '../config/schema.js';

/** The scopes of every authorization request, the check's and oidc-client-ts's alike. */
export const SCOPE = 'openid profile vo offline_access';

/** An authorization code from the check, and what redeeming it needs. */
export interface ProbeCode {
  code: string;
  state: string;
  verifier: string;
  redirectUri: string;
  /** The discovery document, so the sign-in code need not fetch it again. */
  metadata: Record<string, unknown>;
}

export type ProbeResult =
  | { kind: 'signed-in'; answer: ProbeCode }
  | { kind: 'signed-out' }
  /** The identity provider does not offer web messages: use oidc-client-ts's iframe check instead. */
  | { kind: 'unsupported' }
  /** Discovery failed: the identity provider is unreachable. */
  | { kind: 'unreachable'; error: unknown }
  /** No answer in time, or an error page in the frame. */
  | { kind: 'no-answer' };

const b64url = (bytes: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const random = (n: number): string => b64url(crypto.getRandomValues(new Uint8Array(n)));

/** Asks the identity provider, without a page or the sign-in code, whether the visitor has a session there. */
export async function probe(auth: LoketAuthConfig, redirectUri: string, timeoutMs = 6000): Promise<ProbeResult> {
  let metadata: Record<string, unknown>;
  try {
    const res = await fetch(`${auth.authority.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`discovery: HTTP ${res.status}`);
    metadata = (await res.json()) as Record<string, unknown>;
  } catch (error) {
    return { kind: 'unreachable', error };
  }
  const endpoint = metadata['authorization_endpoint'];
  const modes = metadata['response_modes_supported'];
  if (typeof endpoint !== 'string' || !Array.isArray(modes) || !modes.includes('web_message')) return { kind: 'unsupported' };

  const verifier = random(32);
  const state = random(16);
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(endpoint);
  for (const [k, v] of Object.entries({
    client_id: auth.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    response_mode: 'web_message',
    prompt: 'none',
    scope: SCOPE,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }))
    url.searchParams.set(k, v);

  const frame = document.createElement('iframe');
  frame.title = 'loket: aanmeldcontrole';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.hidden = true;
  frame.src = url.href;
  return new Promise<ProbeResult>((resolve) => {
    let loadTimer: ReturnType<typeof setTimeout> | undefined;
    const done = (result: ProbeResult) => {
      clearTimeout(timer);
      clearTimeout(loadTimer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(result);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== url.origin) return;
      const data = event.data as { type?: unknown; response?: Record<string, unknown> } | null;
      const response = data?.type === 'authorization_response' ? data.response : undefined;
      if (!response || response['state'] !== state) return;
      const code = response['code'];
      done(
        typeof code === 'string'
          ? { kind: 'signed-in', answer: { code, state, verifier, redirectUri, metadata } }
          : { kind: 'signed-out' },
      );
    };
    const timer = setTimeout(() => done({ kind: 'no-answer' }), timeoutMs);
    window.addEventListener('message', onMessage);
    // The answer page posts while it is parsed; a frame that loaded without posting shows an error page.
    frame.addEventListener('load', () => (loadTimer = setTimeout(() => done({ kind: 'no-answer' }), 1000)));
    document.body.append(frame);
  });
}
