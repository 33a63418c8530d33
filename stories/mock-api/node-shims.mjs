// @ts-check
import { readFileSync } from 'node:fs';

/**
 * The two Node built-ins the mock backend's data modules (packages/mock-backend/src/data) use, for
 * the browser, where stories run them: `node:fs` for the one JSON file they read (codelists.json,
 * inlined here) and `node:crypto` for the HMAC that keys dossier ids and the hash of the register's
 * ETags (@noble/hashes, same bytes as Node's). Storybook's Vite config (.storybook/main.ts) and the test runner (./wtr-plugin.mjs)
 * serve these in place of the built-ins, only to modules of the mock backend.
 */

const CODELISTS = new URL('../../packages/mock-backend/src/data/codelists.json', import.meta.url);

/** @type {Record<string, () => string>} */
export const NODE_SHIMS = {
  'node:fs': () => `const files = { 'codelists.json': ${JSON.stringify(readFileSync(CODELISTS, 'utf8'))} };
export function readFileSync(path) {
  const url = String(path);
  // A production build inlines small assets: new URL('./codelists.json', import.meta.url) becomes a data: URL.
  if (url.startsWith('data:application/json;base64,')) {
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  }
  const name = url.split('/').pop();
  if (Object.hasOwn(files, name)) return files[name];
  throw new Error('stories: the browser stand-in for node:fs has no ' + url.slice(0, 80) + ' (see stories/mock-api/node-shims.mjs)');
}`,
  'node:crypto': () => `import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
/** Node's Buffer where the mock needs it: subarray() and toString('hex'). */
class Bytes extends Uint8Array {
  toString(encoding) {
    return encoding === 'hex' ? Array.from(this, (b) => b.toString(16).padStart(2, '0')).join('') : super.toString();
  }
}
export const createSecretKey = (key) => key;
/** SHA-256 for the register's ETags: update(), then digest('hex' | 'base64url'). */
export function createHash(algorithm) {
  if (algorithm !== 'sha256') throw new Error('stories: only SHA-256 is available in the browser');
  const hash = sha256.create();
  return {
    update(data) {
      hash.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return this;
    },
    digest(encoding) {
      const bytes = new Bytes(hash.digest());
      if (encoding !== 'base64url') return encoding ? bytes.toString(encoding) : bytes;
      return btoa(String.fromCharCode(...bytes)).split('+').join('-').split('/').join('_').split('=').join('');
    },
  };
}
export const randomBytes = (n) => crypto.getRandomValues(new Bytes(n));
export function createHmac(algorithm, key) {
  if (algorithm !== 'sha256') throw new Error('stories: only HMAC-SHA-256 is available in the browser');
  const mac = hmac.create(sha256, key);
  return {
    update(data) {
      mac.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return this;
    },
    digest: () => new Bytes(mac.digest()),
  };
}`,
};

/** Whether `importer` is a module of the mock backend (the only code that gets the stand-ins). */
export const isMockBackendModule = (/** @type {string | undefined} */ importer) =>
  !!importer && /[\\/]packages[\\/]mock-backend[\\/]src[\\/]/.test(importer);
