// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { NODE_SHIMS, isMockBackendModule } from './mock-api/node-shims.mjs';

/**
 * What the story tests (stories/*.test.ts) need from the test runner's server:
 * - `/__loket/stories-index.js`: every stories/*.stories.ts, found when the test starts, so a new
 *   stories file is tested without anyone adding it to a list;
 * - `/mockServiceWorker.js`: Mock Service Worker's script from the installed msw, at the root so it
 *   controls the test page;
 * - browser stand-ins for the Node built-ins of the mock backend's data modules (./mock-api/node-shims.mjs).
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function storiesPlugin() {
  const storiesDir = new URL('./', import.meta.url);
  const worker = new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url);
  const shimPath = (/** @type {string} */ id) => `/__loket/shims/${id.replace(':', '-')}.js`;
  return {
    name: 'loket-stories',
    resolveImport({ source, context }) {
      if (source in NODE_SHIMS && isMockBackendModule(context.path)) return shimPath(source);
      return undefined;
    },
    serve(context) {
      if (context.path === '/mockServiceWorker.js') return { body: readFileSync(worker, 'utf8'), type: 'js' };
      if (context.path === '/__loket/stories-index.js') {
        const files = readdirSync(storiesDir)
          .filter((f) => f.endsWith('.stories.ts'))
          .sort();
        const body = files.map((f) => `export * as ${JSON.stringify(f.replace(/\.stories\.ts$/, ''))} from '/stories/${f}';`);
        return { body: body.join('\n'), type: 'js' };
      }
      for (const id of Object.keys(NODE_SHIMS)) if (context.path === shimPath(id)) return { body: NODE_SHIMS[id](), type: 'js' };
      return undefined;
    },
  };
}
