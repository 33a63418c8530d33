/**
 * Links may only be http(s), relative, mailto: or tel: — a `javascript:` or `data:` URL in
 * configuration is an injection, not a link. Shared by the schema and the provisional
 * configuration an element renders before the validator has loaded.
 */
export function isSafeUrl(value: string): boolean {
  const s = value.trim();
  return (/^(https?:|mailto:|tel:)/i.test(s) || !/^[a-z][a-z0-9+.-]*:/i.test(s)) && parses(s);
}

/** A link the browser cannot parse (`http://[::1`) goes nowhere; report it like an unsafe one. */
function parses(s: string): boolean {
  try {
    new URL(s, 'http://localhost/');
    return true;
  } catch {
    return false;
  }
}
