/**
 * `loket-compat.js`: a classic script (IIFE) that stands in for the Flemish Global Header and Footer
 * v5 entry and embed scripts, so an existing integration switches by changing the script URL:
 *
 * ```html
 * <script src="https://cdn.example/loket/loket-compat.js?config=/config/gemeente.json"></script>              <!-- entry: waits for mount() -->
 * <script src="https://cdn.example/loket/loket-compat.js?embed=header&config=/config/gemeente.json"></script> <!-- embed: renders here -->
 * ```
 *
 * It defines `window.globalHeaderClient` and `window.globalFooterClient` at once (./loader.ts), adds
 * loket.css, and loads loket.js with the implementation as modules next to itself.
 */
import { installCompat } from './loader.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const self = new URL(script?.src || 'loket-compat.js', document.baseURI);
const param = (name: string) => self.searchParams.get(name) ?? script?.getAttribute(`data-${name}`) ?? null;
const config = param('config');
const embed = param('embed');

// v5 pages carry no stylesheet of loket's: this one reserves the header's space before it upgrades.
const css = new URL('loket.css', self).href;
if (![...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}

const embedded: { header?: HTMLElement; footer?: HTMLElement } = {};
for (const kind of (embed ?? '').split(/[\s,]+/).filter(Boolean)) {
  if (kind !== 'header' && kind !== 'footer') {
    console.error(`[loket] loket-compat.js?embed=${kind}: use "header" or "footer".`);
    continue;
  }
  // The embed form renders where the script stands; the element upgrades when loket.js arrives.
  const el = document.createElement(`loket-${kind}`);
  if (config) el.setAttribute('config', config);
  if (script?.parentNode && script.parentNode !== document.head) script.before(el);
  else if (kind === 'header') document.body?.prepend(el);
  else document.body?.append(el);
  embedded[kind] = el;
}

installCompat({
  config,
  embedded,
  load: () => import(/* @vite-ignore */ new URL('loket-compat-client.js', self).href) as Promise<typeof import('./client.js')>,
});
