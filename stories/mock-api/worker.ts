import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

/**
 * Starts Mock Service Worker with the stories' handlers: Storybook's `mswLoader` (preview.ts) and
 * the story tests call this. The worker script comes from the installed msw (never a copy that can
 * fall behind it): .storybook/main.ts puts it in the static build, ../wtr-plugin.mjs serves it to tests.
 */
export async function startStoryWorker(url = './mockServiceWorker.js') {
  const worker = setupWorker(...handlers);
  await worker.start({ quiet: true, serviceWorker: { url }, onUnhandledRequest: 'bypass' });
  return worker;
}
