// @ts-check
/**
 * `npm start`: builds loket, then runs the mock backend (http://localhost:3000), the two demo
 * municipalities (http://localhost:4000, http://localhost:4001 — also reachable as
 * http://127.0.0.1:4001 for the cross-site sign-in case) and Storybook (http://localhost:6006).
 * Ctrl-C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { startDemo } from '../demo/server.mjs';

const BACKEND_PORT = Number(process.env.LOKET_BACKEND_PORT ?? 3000);
const backendUrl = `http://localhost:${BACKEND_PORT}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
function run(name, args, env = {}) {
  const child = spawn(npm, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`[start] ${name} exited with ${code}`);
  });
  children.push(child);
}

run('backend', ['run', 'backend'], { LOKET_BACKEND_PORT: String(BACKEND_PORT) });
const demos = [
  await startDemo({ site: 'gemeente-voorbeeld', port: 4000, backendUrl }),
  await startDemo({ site: 'stad-scheldeburg', port: 4001, backendUrl }),
];
if (!process.argv.includes('--no-storybook')) run('storybook', ['run', 'storybook']);

console.log(`
  loket is running
    Gemeente Voorbeeld   ${demos[0].url}/
    Stad Scheldeburg     ${demos[1].url}/   (cross-site: http://127.0.0.1:${demos[1].port}/)
    Mock backend         ${backendUrl}/.well-known/openid-configuration
    Storybook            http://localhost:6006/
`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  void Promise.all(demos.map((d) => d.close())).then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
