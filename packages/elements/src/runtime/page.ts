import { ContextProvider } from '@lit/context';
import { pageSession } from '../session/facade.js';
import { runtimeContext } from './context.js';
import { LoketRuntime } from './runtime.js';

let page: LoketRuntime | undefined;

/**
 * The page's runtime, provided to every loket element on the page from `<html>`: created (and
 * provided) by the first element or API call that needs it.
 */
export function pageRuntime(): LoketRuntime {
  if (!page) {
    page = new LoketRuntime(pageSession);
    new ContextProvider(document.documentElement, { context: runtimeContext, initialValue: page });
  }
  return page;
}
