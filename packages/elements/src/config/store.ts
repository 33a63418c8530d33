import { requestJson, type ApiError } from '../api/client.js';

export type RemoteConfig = { status: 'loading' } | { status: 'loaded'; data: unknown } | { status: 'failed'; error: ApiError };

type Listener = () => void;

/**
 * The page-level configuration sources of a runtime (../runtime/runtime.ts): the JS API
 * configuration (`window.loket.configure()`), the page's default configuration URL and the remote
 * documents. A `config` URL on one element (or `data-config` on the script) is the page default,
 * so `<loket-footer>` without attributes shows what the header's configuration says.
 */
export class ConfigSources {
  private listeners = new Set<Listener>();
  private remote = new Map<string, RemoteConfig>();
  /** Set through `window.loket.configure()`: the highest precedence. */
  api: Record<string, unknown> = {};
  pageUrl: string | null = null;
  /** Grows on every change, so readers know when to resolve again. */
  version = 0;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  configure(config: unknown): void {
    this.api = config && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
    this.notify();
  }

  /** The first element's `config` URL is the page's default (a later one with its own URL keeps it). */
  setPageUrl(url: string): void {
    if (this.pageUrl) return;
    this.pageUrl = url;
    this.notify();
  }

  /** The remote document at `url`, fetched once per page however many elements ask. */
  load(url: string): RemoteConfig {
    const absolute = new URL(url, document.baseURI).href;
    const known = this.remote.get(absolute);
    if (known) return known;
    const entry: RemoteConfig = { status: 'loading' };
    this.remote.set(absolute, entry);
    // Any JSON: the configuration validator checks it field by field afterwards.
    void requestJson(absolute, { timeoutMs: 5000 }).then((result) => {
      this.remote.set(absolute, result.ok ? { status: 'loaded', data: result.data } : { status: 'failed', error: result.error });
      this.notify();
    });
    return entry;
  }

  /** Forget everything: used by `window.loket.unmount()` and tests. */
  reset(): void {
    this.remote.clear();
    this.api = {};
    this.pageUrl = null;
    this.notify();
  }
}
