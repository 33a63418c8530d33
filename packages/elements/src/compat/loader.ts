/**
 * The synchronous half of the compatibility entry: `window.globalHeaderClient` and
 * `window.globalFooterClient` exist as soon as the classic script has run, as the Flemish v5 entry
 * script promises, so an inline script right after it can call them. Every call is queued and run
 * in the order it was made once loket and the implementation (./client.ts) have loaded; each
 * promise settles when its work is done. Nothing here imports loket: this file is the whole of the
 * classic script besides ./loket-compat.ts.
 */
import type { GlobalHeaderClient } from '@govflanders/vl-widget-global-header-types';
import type { GlobalFooterClient } from '@govflanders/vl-widget-global-footer-types';
import type { CompatClients, CompatOptions } from './client.js';

export interface LoaderOptions extends CompatOptions {
  /** Loads the implementation (and with it loket.js). */
  load(): Promise<{ createClients(options: CompatOptions): Promise<CompatClients> }>;
}

type Which = 'header' | 'footer';

/** Marks the clients this loader made, so a second copy of the script reuses them. */
const MARK = Symbol.for('loket.compat');

interface Installed {
  header: GlobalHeaderClient;
  footer: GlobalFooterClient;
  options: LoaderOptions;
}

export function installed(): Installed | undefined {
  return (window as unknown as Record<symbol, Installed | undefined>)[MARK];
}

/**
 * Defines both clients on `window` (once per page: a second call adds its embedded elements to the
 * first and returns the same clients).
 */
export function installCompat(options: LoaderOptions): Installed {
  const existing = installed();
  if (existing) {
    existing.options.embedded = { ...existing.options.embedded, ...options.embedded };
    return existing;
  }
  const result: Installed = { ...queuedClients(options), options };
  (window as unknown as Record<symbol, Installed>)[MARK] = result;
  window.globalHeaderClient = result.header;
  window.globalFooterClient = result.footer;
  return result;
}

/**
 * Both clients, each call queued until the implementation has loaded and run after the calls made
 * before it. Starts loading at once: by the time the page calls, loket is usually there.
 */
export function queuedClients(options: LoaderOptions): { header: GlobalHeaderClient; footer: GlobalFooterClient } {
  let clients: Promise<CompatClients> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): Promise<CompatClients> =>
    (clients ??= options.load().then(
      (module) => module.createClients(options),
      (error: unknown) => {
        clients = undefined; // a later call tries again
        throw error;
      },
    ));

  function call(which: Which, path: string, args: unknown[]): Promise<never> {
    const result = queue.then(async () => {
      const target = await load();
      let owner: unknown = target[which];
      const names = path.split('.');
      const last = names.pop()!;
      for (const name of names) owner = (owner as Record<string, unknown>)[name];
      const method = (owner as Record<string, (...a: unknown[]) => unknown>)[last]!;
      return method.apply(owner, args);
    });
    queue = result.catch(() => undefined);
    // Never an unhandled rejection in the host page: a failure is said once and resolves to false.
    return result.catch((error: unknown) => {
      console.error(`[loket] global${which === 'header' ? 'Header' : 'Footer'}Client.${path}() failed:`, error);
      return false;
    }) as Promise<never>;
  }

  const hc =
    (path: string) =>
    (...args: unknown[]) =>
      call('header', path, args);
  const fc =
    (path: string) =>
    (...args: unknown[]) =>
      call('footer', path, args);

  // Written out, so tsc checks that every method of the published types is here (and no other).
  const header: GlobalHeaderClient = {
    contact: {
      getServicePoints: hc('contact.getServicePoints'),
      setServicePoints: hc('contact.setServicePoints'),
      resetServicePoints: hc('contact.resetServicePoints'),
      open: hc('contact.open'),
      close: hc('contact.close'),
      toggle: hc('contact.toggle'),
      isOpen: hc('contact.isOpen'),
    },
    accessMenu: {
      setMainLinks: hc('accessMenu.setMainLinks'),
      addApplicationMenuLink: hc('accessMenu.addApplicationMenuLink'),
      addApplicationMenuLinks: hc('accessMenu.addApplicationMenuLinks'),
      setApplicationMenuLinks: hc('accessMenu.setApplicationMenuLinks'),
      setProfile: hc('accessMenu.setProfile'),
      getProfile: hc('accessMenu.getProfile'),
      getApplicationName: hc('accessMenu.getApplicationName'),
      setApplicationName: hc('accessMenu.setApplicationName'),
      setVisibility: hc('accessMenu.setVisibility'),
    },
    branding: {
      getLevel: hc('branding.getLevel'),
      setLevel: hc('branding.setLevel'),
      getColors: hc('branding.getColors'),
      getColor: hc('branding.getColor'),
      setColors: hc('branding.setColors'),
      setColor: hc('branding.setColor'),
      getHost: hc('branding.getHost'),
      setHost: hc('branding.setHost'),
      getUmbrella: hc('branding.getUmbrella'),
      setUmbrella: hc('branding.setUmbrella'),
      getVariables: hc('branding.getVariables'),
    },
    setNavigationEnabled: hc('setNavigationEnabled'),
    getConfig: hc('getConfig'),
    mount: hc('mount'),
    unmount: hc('unmount'),
  };
  const footer: GlobalFooterClient = {
    getConfig: fc('getConfig'),
    getHost: fc('getHost'),
    setHost: fc('setHost'),
    getUmbrella: fc('getUmbrella'),
    setUmbrella: fc('setUmbrella'),
    getSiteInfo: fc('getSiteInfo'),
    setSiteInfo: fc('setSiteInfo'),
    getSiteTitle: fc('getSiteTitle'),
    setSiteTitle: fc('setSiteTitle'),
    getSiteSubtitle: fc('getSiteSubtitle'),
    getNavigationLinks: fc('getNavigationLinks'),
    setNavigationLinks: fc('setNavigationLinks'),
    getLanguageLinks: fc('getLanguageLinks'),
    setLanguageLinks: fc('setLanguageLinks'),
    isCollapsible: fc('isCollapsible'),
    setCollapsible: fc('setCollapsible'),
    isCollapsed: fc('isCollapsed'),
    toggle: fc('toggle'),
    collapse: fc('collapse'),
    expand: fc('expand'),
    mount: fc('mount'),
    unmount: fc('unmount'),
  };

  load().catch((error: unknown) => console.error('[loket] the compatibility entry could not load loket:', error));
  return { header, footer };
}
