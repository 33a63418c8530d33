/**
 * The CDN entry (`loket.js`): defines every element, renders auto-mounted ones and exposes
 * `window.loket`. Including it twice on a page is harmless: tags are defined once and the
 * first copy keeps `window.loket`.
 */
import './components/header/header.js';
import { autoMount, createApi, hostProfileFromPage } from './api.js';
import { autoload } from './core/autoload.js';
import { log } from './core/log.js';

declare const __LOKET_VERSION__: string;
const version = typeof __LOKET_VERSION__ === 'string' ? __LOKET_VERSION__ : 'dev';

if (window.loket) {
  if (window.loket.version !== version)
    log.warn(`loket ${version} loaded while ${window.loket.version} is already on the page; keeping ${window.loket.version}.`);
} else {
  Object.defineProperty(window, 'loket', { value: createApi(version), writable: false, configurable: false, enumerable: true });
}
hostProfileFromPage();
autoMount(import.meta.url);

// Elements that most pages do not carry are their own chunks, loaded when their tag appears
// (now or later), so loket.js does not grow by them. Add a line here for another lazy element.
// The footer is below the fold on almost every page: it loads after the header's first render.
autoload(
  {
    'loket-footer': () => import('./components/footer/footer.js'),
    'loket-capacity-switcher': () => import('./components/capacity-switcher/capacity-switcher.js'),
    'loket-dossiers': () => import('./components/dossiers/dossiers.js'),
    'loket-association': () => import('./components/association/association.js'),
    'loket-services': () => import('./components/services/services.js'),
  },
  document,
  { deferred: ['loket-footer'] },
);
