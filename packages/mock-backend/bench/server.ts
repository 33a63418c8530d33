/** The backend under benchmark, in its own process (so the load generator does not share its CPU). */
import { startTestBackend } from '../test/helpers.ts';

const catalogue = process.env['BENCH_CATALOGUE'] === 'large' ? 'large' : 'realistic';
const backend = await startTestBackend({ accessTokenTtlSeconds: 900, catalogue });
process.send?.({ url: backend.url, issuer: backend.issuer, port: backend.port, auditLogPath: backend.auditLogPath });
process.on('message', (msg) => {
  if (msg === 'stop') void backend.close().then(() => process.exit(0));
});
