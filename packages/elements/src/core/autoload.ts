import { log } from './log.js';

/** Tag → the import of the module that defines it, e.g. `() => import('./components/x/x.js')`. */
export type AutoloadMap = Record<string, () => Promise<unknown>>;

export interface AutoloadOptions {
  /**
   * Tags below the fold (the footer): loaded when one comes within 50 % of a viewport of the
   * visible area or when the browser is idle, whichever is first, so they never compete with the
   * first render. Their space is reserved by loket.css until then.
   */
  deferred?: string[];
}

/** Idle, or after `fallbackMs` where the browser has no requestIdleCallback (Safari). */
function whenIdle(run: () => void, fallbackMs = 1500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, fallbackMs);
}

/**
 * Loads an element's chunk the first time its tag is in the document: at once if it already is,
 * else when it is added later (a CMS block, a single-page app's route), watched by one
 * MutationObserver that stops when every tag has loaded. `customElements.whenDefined()` cannot do
 * this: it waits for a definition, it never causes one. Returns a function that stops watching.
 */
export function autoload(loaders: AutoloadMap, root: Document = document, options: AutoloadOptions = {}): () => void {
  const pending = new Map(Object.entries(loaders).filter(([tag]) => !customElements.get(tag)));
  const deferred = new Set(options.deferred);
  let observer: MutationObserver | undefined;

  const load = (tag: string, found?: Element | null) => {
    const importer = pending.get(tag);
    if (!importer) return;
    if (deferred.has(tag) && found && typeof IntersectionObserver === 'function') {
      deferred.delete(tag); // from here on, the next appearance or the first trigger loads it
      let near: IntersectionObserver | undefined = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && go(),
        { rootMargin: '50%' },
      );
      near.observe(found);
      function go() {
        near?.disconnect();
        near = undefined;
        load(tag);
      }
      whenIdle(go);
      return;
    }
    pending.delete(tag);
    importer().catch((error: unknown) => {
      // Offline or a stale CDN chunk: say which element is missing, let a later appearance retry.
      log.error(`could not load <${tag}>: ${String(error)}`);
      pending.set(tag, importer);
      observe();
    });
    if (!pending.size) stop();
  };

  const scan = (node: ParentNode & Node) => {
    for (const tag of [...pending.keys()]) {
      const found = node instanceof Element && node.localName === tag ? node : node.querySelector(tag);
      if (found) load(tag, found);
    }
  };

  function observe() {
    if (observer || !pending.size) return;
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && pending.size) scan(node);
    });
    observer.observe(root.documentElement, { childList: true, subtree: true });
  }

  function stop() {
    observer?.disconnect();
    observer = undefined;
  }

  scan(root);
  observe();
  return () => {
    pending.clear();
    stop();
  };
}
