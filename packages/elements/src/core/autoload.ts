import { log } from './log.js';

/** Tag → the import of the module that defines it, e.g. `() => import('./components/x/x.js')`. */
export type AutoloadMap = Record<string, () => Promise<unknown>>;

/**
 * Loads an element's chunk the first time its tag is in the document: at once if it already is,
 * else when it is added later (a CMS block, a single-page app's route), watched by one
 * MutationObserver that stops when every tag has loaded. `customElements.whenDefined()` cannot do
 * this: it waits for a definition, it never causes one. Returns a function that stops watching.
 */
export function autoload(loaders: AutoloadMap, root: Document = document): () => void {
  const pending = new Map(Object.entries(loaders).filter(([tag]) => !customElements.get(tag)));
  let observer: MutationObserver | undefined;

  const load = (tag: string) => {
    const importer = pending.get(tag);
    if (!importer) return;
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
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) load(tag);
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
