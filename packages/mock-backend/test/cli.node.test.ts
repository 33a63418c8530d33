/** The CLI (npm start): env configuration, ready message, clean SIGTERM; and the data directory. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as client from 'openid-client';
import { api, decodeJwt, rpConfig, signIn, startTestBackend } from './helpers.ts';

describe('CLI', () => {
  test('starts on LOKET_BACKEND_PORT with LOKET_ALLOWED_ORIGINS, prints its URLs, stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-cli-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
      cwd: new URL('..', import.meta.url),
      env: {
        ...process.env,
        LOKET_BACKEND_PORT: '0',
        LOKET_ALLOWED_ORIGINS: 'http://localhost:5173, http://localhost:4000',
        LOKET_AUDIT_LOG: join(dir, 'audit.log'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ready: ${out}`)), 10_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /discovery\s+(http:\/\/localhost:\d+)\/\.well-known\/openid-configuration/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      assert.match(out, /APIs\s+http:\/\/localhost:\d+\/api/);
      const discovery = (await (await fetch(`${url}/.well-known/openid-configuration`)).json()) as { issuer: string };
      assert.equal(discovery.issuer, url);
      const pre = await fetch(`${url}/api/dossiers`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      });
      assert.equal(pre.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      const denied = await fetch(`${url}/api/dossiers`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'GET' },
      });
      assert.equal(denied.status, 403, 'the default origins are replaced, not extended');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 5000))]);
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  test('an invalid port is a clear error, not a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, LOKET_BACKEND_PORT: 'abc' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, /LOKET_BACKEND_PORT must be an integer/);
    assert.doesNotMatch(err, /\n\s+at /);
  });
});

/** Lets the HTTP client notice that the old server's keep-alive sockets are gone. */
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('data directory', () => {
  test('sessions, refresh tokens and the active capacity survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-data-'));
    const first = await startTestBackend({ dataDir, port: 0 });
    const { tokens } = await signIn(first, 'p03', { cap_hint: 'VER', code_hint: 'V0001003' });
    await first.close();
    await settle();
    // Same port: the issuer (and so every token) is bound to it.
    const second = await startTestBackend({ dataDir, port: first.port });
    try {
      const refreshed = await client.refreshTokenGrant(await rpConfig(second), tokens.refresh_token!);
      assert.equal(decodeJwt(refreshed.access_token).payload['vo_orgcode'], 'V0001003');
      assert.equal((await api(second, '/api/dossiers', refreshed.access_token)).status, 200);
    } finally {
      await second.close();
    }
  });

  test('without a data directory nothing survives', async () => {
    const first = await startTestBackend();
    const { tokens } = await signIn(first, 'p01');
    await first.close();
    await settle();
    const second = await startTestBackend({ port: first.port });
    try {
      await assert.rejects(
        client.refreshTokenGrant(await rpConfig(second), tokens.refresh_token!),
        (e: Error & { error?: string }) => e.error === 'invalid_grant',
      );
    } finally {
      await second.close();
    }
  });
});
