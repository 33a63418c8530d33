/** A path of the backend contract as packages/mock-backend/openapi.yaml writes it. */
export type ContractPath = `/api/${string}`;

/**
 * The URL of a contract path (`/api/dossiers`, `/api/me/identities`, …) on the backend that
 * `auth.apiBase` names. The one rule, for every call:
 *
 * `apiBase` is the base URL the contract's `/api/…` paths hang under. A final `/api` segment is
 * that same `/api` prefix, not a second one, and trailing slashes do not count; so
 * `https://h.example`, `https://h.example/`, `https://h.example/api` and `https://h.example/api/`
 * all give `https://h.example/api/dossiers`, and `https://h.example/loket` and
 * `https://h.example/loket/api` both give `https://h.example/loket/api/dossiers`. A relative
 * `apiBase` is resolved against the page (`document.baseURI`). Its query and fragment are ignored.
 *
 * Throws a TypeError when no URL can be made of `apiBase`; callers run inside a task or a promise
 * that turns it into their error state.
 */
export function contractUrl(
  apiBase: string,
  path: ContractPath,
  pageUrl: string | undefined = globalThis.document?.baseURI,
): URL {
  const url = new URL(apiBase, pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`apiBase ${apiBase} is not an http(s) URL`);
  // Set as a path, never parsed as a reference: a `//host` path stays on apiBase's host.
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '') + path;
  url.search = url.hash = '';
  return url;
}
