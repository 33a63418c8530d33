// @ts-check
/**
 * `npm start`: builds loket, then runs the mock backend (http://localhost:3000), the two demo
 * municipalities (http://localhost:4000, http://localhost:4001 — also reachable as
 * http://127.0.0.1:4001 for the cross-site sign-in case) and Storybook (http://localhost:6006).
 * Ctrl-C stops everything.
 *
 * `npm start -- --https`: the demo sites and the mock backend over HTTPS with a self-signed
 * localhost certificate generated once into the git-ignored .certs/ (cookies are then `Secure`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generate } from 'selfsigned';
import { startDemo } from '../demo/server.mjs';

const BACKEND_PORT = Number(process.env.LOKET_BACKEND_PORT ?? 3000);
const https = process.argv.includes('--https');
const scheme = https ? 'https' : 'http';
const backendUrl = `${scheme}://localhost:${BACKEND_PORT}`;

/** The .certs/ certificate, made (again) when missing or expiring within a day. */
async function localhostCertificate() {
  const dir = new URL('../.certs/', import.meta.url).pathname;
  const cert = `${dir}localhost.pem`;
  const key = `${dir}localhost-key.pem`;
  const valid = () =>
    existsSync(cert) && existsSync(key) && Date.parse(new X509Certificate(readFileSync(cert)).validTo) > Date.now() + 86_400_000;
  if (!valid()) {
    const notAfter = new Date(Date.now() + 90 * 86_400_000);
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(key, pems.private, { mode: 0o600 });
    writeFileSync(cert, pems.cert);
    console.log(
      `[start] generated a self-signed certificate for localhost: ${cert} (valid until ${notAfter.toISOString().slice(0, 10)})`,
    );
  }
  return { cert, key };
}
const certFiles = https ? await localhostCertificate() : undefined;
const tls = certFiles && { cert: readFileSync(certFiles.cert), key: readFileSync(certFiles.key) };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
function run(name, args, env = {}) {
  // Own process group: npm does not pass SIGTERM on to the server it started, so stopping
  // signals the whole group (npm, node, Storybook's workers) instead of leaving them running.
  const child = spawn(npm, args, { stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`[start] ${name} exited with ${code}`);
  });
  children.push(child);
}

run('backend', ['run', 'backend'], {
  LOKET_BACKEND_PORT: String(BACKEND_PORT),
  ...(certFiles && {
    LOKET_TLS_CERT: certFiles.cert,
    LOKET_TLS_KEY: certFiles.key,
    // The demo sites' origins are https now; Storybook stays on http.
    LOKET_ALLOWED_ORIGINS: 'https://localhost:4000,https://localhost:4001,https://127.0.0.1:4001,http://localhost:6006',
  }),
});
const demos = [
  await startDemo({ site: 'gemeente-voorbeeld', port: 4000, backendUrl, tls }),
  await startDemo({ site: 'stad-scheldeburg', port: 4001, backendUrl, tls }),
];
if (!process.argv.includes('--no-storybook')) run('storybook', ['run', 'storybook']);

console.log(`
  loket is running
    Gemeente Voorbeeld   ${demos[0].url}/
    Stad Scheldeburg     ${demos[1].url}/   (cross-site: ${scheme}://127.0.0.1:${demos[1].port}/)
    Mock backend         ${backendUrl}/.well-known/openid-configuration
    Storybook            http://localhost:6006/
${certFiles ? `\n  HTTPS with a self-signed certificate: accept it once per origin, or trust ${certFiles.cert}\n` : ''}`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  void Promise.all(demos.map((d) => d.close())).then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
