/** Audit log: one JSON line per data access, logins and logouts, pseudonymised subjects, retention. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as client from 'openid-client';
import { buildFixtures } from '../src/data/fixtures.ts';
import { RP_ORIGIN, api, rpConfig, signIn, startTestBackend } from './helpers.ts';

interface Entry {
  time: string;
  ip: string;
  resource: string;
  operation: string;
  capacity: { type: string; code: string | null } | null;
  status: number;
  subject: string | null;
}

const read = (path: string): Entry[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entry);

describe('audit log', () => {
  test('one entry per data access, logins and logouts, never a raw INSZ', async () => {
    const backend = await startTestBackend();
    try {
      const { tokens, browser } = await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' });
      const afterLogin = read(backend.auditLogPath);
      const login = afterLogin.filter((e) => e.operation === 'login');
      assert.equal(login.length, 1);
      assert.deepEqual(login[0]!.capacity, { type: 'VER', code: 'V0001234' });
      assert.equal(login[0]!.status, 200);
      const subject = login[0]!.subject!;
      assert.match(subject, /^[A-Za-z0-9_-]{32}$/);

      const token = tokens.access_token;
      const list = (await api(backend, '/api/dossiers?status=open', token)).body as { items: { id: string }[] };
      const calls: [string, string, number][] = [
        ['/api/me/identities', 'list-identities', 200],
        [`/api/dossiers/${list.items[0]!.id}`, 'read-dossier', 200],
        ['/api/associations/V0001234', 'read-association', 200],
        ['/api/associations/V0001002', 'read-association', 403],
        ['/api/dossiers/D0000000-000001', 'read-dossier', 404],
        ['/api/me/export', 'export-personal-data', 200],
      ];
      for (const [path] of calls) await api(backend, path, token);
      await api(backend, '/api/dossiers');
      await api(backend, '/healthz');

      const entries = read(backend.auditLogPath).slice(afterLogin.length);
      assert.equal(entries.length, 1 + calls.length + 1, 'one entry per data access (health checks are not data)');
      assert.deepEqual(
        entries.slice(0, 1 + calls.length).map((e) => [e.resource, e.operation, e.status]),
        [['/api/dossiers', 'list-dossiers', 200], ...calls],
      );
      for (const e of entries.slice(0, 1 + calls.length)) {
        assert.equal(e.subject, subject);
        assert.deepEqual(e.capacity, { type: 'VER', code: 'V0001234' });
        assert.ok(Date.now() - Date.parse(e.time) < 60_000);
        assert.match(e.ip, /127\.0\.0\.1/);
      }
      const anonymous = entries.at(-1)!;
      assert.deepEqual(
        [anonymous.resource, anonymous.status, anonymous.subject, anonymous.capacity],
        ['/api/dossiers', 401, null, null],
      );

      const config = await rpConfig(backend);
      await browser.follow(
        client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: `${RP_ORIGIN}/` }),
      );
      const logout = read(backend.auditLogPath).filter((e) => e.operation === 'logout');
      assert.equal(logout.length, 1);
      assert.equal(logout[0]!.subject, subject);

      const text = readFileSync(backend.auditLogPath, 'utf8');
      for (const p of buildFixtures().persons) assert.ok(!text.includes(p.insz), `INSZ of ${p.id} in the audit log`);
      assert.doesNotMatch(text, /\b\d{11}\b/, 'nothing that looks like a national register number');
    } finally {
      await backend.close();
    }
  });

  test('names the resource it served: non-canonical paths are 400 before routing and logged as no resource', async () => {
    const backend = await startTestBackend();
    try {
      const mine = (await signIn(backend, 'p01')).tokens.access_token;
      const theirs = (await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' })).tokens.access_token;
      const idOf = async (token: string) =>
        ((await api(backend, '/api/dossiers?pageSize=1', token)).body as { items: { id: string }[] }).items[0]!.id;
      const [own, other] = [await idOf(mine), await idOf(theirs)];
      const before = read(backend.auditLogPath).length;
      // Raw request-targets: fetch() would drop the fragment and resolve the dot segments itself.
      const raw = (path: string) =>
        new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
          const req = request(
            { host: '127.0.0.1', port: backend.port, path, headers: { authorization: `Bearer ${mine}` } },
            (res) => {
              let body = '';
              res.on('data', (c: Buffer) => (body += c));
              res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body }));
            },
          );
          req.on('error', reject);
          req.end();
        });
      const targets = [
        `/api/dossiers/${own}#/../${other}`,
        `/api/dossiers/../dossiers/${other}`,
        `/api/dossiers/./${own}`,
        `/api//dossiers/${own}`,
        `/api/dossiers/%2e%2e/dossiers/${own}`,
        `/api/dossiers%2F${own}`,
        `/api/dossiers/%44${own.slice(1)}`,
        `/api/dossiers\\${own}`,
      ];
      for (const target of targets) {
        const res = await raw(target);
        assert.equal(res.status, 400, target);
        assert.match(res.type, /^application\/problem\+json/, target);
        assert.ok(!res.body.includes(other), `${target}: the answer names no other id`);
      }
      assert.equal((await raw(`/api/dossiers/${own}`)).status, 200);
      const entries = read(backend.auditLogPath).slice(before);
      assert.deepEqual(
        entries.map((e) => [e.resource, e.status]),
        [...targets.map(() => ['(non-canonical request-target)', 400]), [`/api/dossiers/${own}`, 200]],
      );
      assert.ok(!entries.some((e) => e.resource.includes(other)), 'no read of the other id is logged');
    } finally {
      await backend.close();
    }
  });

  test('entries older than the retention period are pruned at start', async () => {
    const first = await startTestBackend();
    await first.close();
    const path = join(first.dir, 'audit.log');
    const day = 86_400_000;
    const line = (daysAgo: number, resource: string) =>
      JSON.stringify({
        time: new Date(Date.now() - daysAgo * day).toISOString(),
        ip: '127.0.0.1',
        resource,
        operation: 'x',
        capacity: null,
        status: 200,
        subject: null,
      });
    writeFileSync(path, [line(11, '/old'), line(9, '/recent'), line(3.5, '/three-days')].join('\n') + '\n');
    const defaults = await startTestBackend({ auditLogPath: path });
    await defaults.close();
    assert.deepEqual(
      read(path).map((e) => e.resource),
      ['/recent', '/three-days'],
      'default retention is 10 days',
    );
    const short = await startTestBackend({ auditLogPath: path, auditRetentionDays: 3 });
    await short.close();
    assert.deepEqual(
      read(path).map((e) => e.resource),
      [],
      'configurable retention',
    );
  });
});
