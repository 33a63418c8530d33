import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractUrl, type ContractPath } from '../src/api/url.ts';
import { validateConfig } from '../src/config/validate.ts';

const url = (apiBase: string, path: ContractPath = '/api/dossiers', page?: string) => contractUrl(apiBase, path, page).href;

test('apiBase with or without the contract’s /api, with or without trailing slashes: the same URL', () => {
  for (const apiBase of [
    'https://h.example',
    'https://h.example/',
    'https://h.example/api',
    'https://h.example/api/',
    'https://h.example/api//',
  ])
    assert.equal(url(apiBase), 'https://h.example/api/dossiers', apiBase);
});

test('apiBase on a sub-path: the contract hangs under it', () => {
  for (const apiBase of [
    'https://h.example/loket/api',
    'https://h.example/loket/api/',
    'https://h.example/loket',
    'https://h.example/loket/',
  ])
    assert.equal(url(apiBase), 'https://h.example/loket/api/dossiers', apiBase);
});

test('every contract call follows the same rule (identities, associations, dossiers)', () => {
  for (const apiBase of ['https://h.example', 'https://h.example/api/']) {
    assert.equal(url(apiBase, '/api/me/identities'), 'https://h.example/api/me/identities');
    assert.equal(url(apiBase, '/api/associations/V0001234'), 'https://h.example/api/associations/V0001234');
    assert.equal(url(apiBase, '/api/dossiers/a1-b2'), 'https://h.example/api/dossiers/a1-b2');
  }
});

test('a relative apiBase is resolved against the page', () => {
  const page = 'https://gemeente.example/nl/diensten/index.html';
  assert.equal(url('/loket/api', '/api/dossiers', page), 'https://gemeente.example/loket/api/dossiers');
  assert.equal(url('/', '/api/dossiers', page), 'https://gemeente.example/api/dossiers');
  assert.equal(url('api/', '/api/dossiers', page), 'https://gemeente.example/nl/diensten/api/dossiers');
  assert.equal(url('../loket', '/api/me/identities', page), 'https://gemeente.example/nl/loket/api/me/identities');
});

test('only a final /api segment is the contract’s own prefix', () => {
  assert.equal(url('https://h.example/api/api'), 'https://h.example/api/api/dossiers');
  assert.equal(url('https://h.example/apis'), 'https://h.example/apis/api/dossiers');
  assert.equal(url('https://h.example/api/v2'), 'https://h.example/api/v2/api/dossiers');
});

test('the token goes to apiBase’s host only: a //host path, a query or a fragment cannot redirect it', () => {
  assert.equal(url('https://h.example//evil.example'), 'https://h.example//evil.example/api/dossiers');
  assert.equal(url('https://h.example/api?next=//evil.example#x'), 'https://h.example/api/dossiers');
});

test('an apiBase that is no http(s) URL: the configuration reports it, the URL builder refuses it', () => {
  const { issues } = validateConfig({ auth: { authority: 'https://h.example', clientId: 'x', apiBase: 'mailto:it@h.example' } });
  assert.deepEqual(
    issues.map((i) => i.field),
    ['auth.apiBase'],
  );
  assert.throws(() => contractUrl('mailto:it@h.example', '/api/dossiers'), TypeError);
});
