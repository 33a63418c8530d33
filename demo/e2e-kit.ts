/**
 * The demo sites with a mock backend behind them, as the demo tests need them. The backend must
 * know the sites' origins (CORS, redirect URIs) and each site the backend's address (its widget
 * configuration), so the sites start once for their ports and again, on those ports, with the backend.
 */
import { startMockBackend } from '../packages/mock-backend/src/index.ts';
import { startDemo } from './server.mjs';

export type Started = { url: string; close(): Promise<void> };

export async function startSitesWithBackend(
  sites: string[],
  /** Response headers of every page, given the backend's address (e.g. a CSP that allows it). */
  headers?: (backendUrl: string) => Record<string, string>,
): Promise<{ backend: Started; sites: Record<string, Started>; close(): Promise<void> }> {
  const first = await Promise.all(sites.map((site) => startDemo({ site, port: 0 })));
  // Each site also as http://127.0.0.1:PORT, the cross-site origin `npm start` allows for 4001.
  const origins = first.flatMap((d) => [d.url, d.url.replace('//localhost:', '//127.0.0.1:')]);
  const backend = await startMockBackend({ port: 0, origins, quiet: true });
  await Promise.all(first.map((d) => d.close()));
  const started = await Promise.all(
    sites.map((site, i) =>
      startDemo({ site, port: Number(new URL(first[i]!.url).port), backendUrl: backend.url, headers: headers?.(backend.url) }),
    ),
  );
  return {
    backend,
    sites: Object.fromEntries(sites.map((site, i) => [site, started[i]!])),
    async close() {
      await Promise.all(started.map((d) => d.close()));
      await backend.close();
    },
  };
}
