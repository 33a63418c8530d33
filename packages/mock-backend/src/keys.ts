/**
 * Secrets of the mock, generated at first start and kept outside git (.keys/ is git-ignored):
 * the RS256 signing key of the identity provider, cookie keys, and the key of the keyed hashes
 * (audit pseudonyms and the pseudonymous `sub`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export interface Secrets {
  signingJwk: JWK;
  cookieKeys: string[];
  hashKey: Buffer;
}

export async function loadOrCreateSecrets(dir: string): Promise<Secrets> {
  const file = join(dir, 'secrets.json');
  if (existsSync(file)) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { signingJwk: JWK; cookieKeys: string[]; hashKey: string };
    return { signingJwk: raw.signingJwk, cookieKeys: raw.cookieKeys, hashKey: Buffer.from(raw.hashKey, 'base64url') };
  }
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const signingJwk: JWK = { ...jwk, alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('base64url') };
  const secrets: Secrets = { signingJwk, cookieKeys: [randomBytes(32).toString('base64url')], hashKey: randomBytes(32) };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(
    file,
    JSON.stringify({ signingJwk, cookieKeys: secrets.cookieKeys, hashKey: secrets.hashKey.toString('base64url') }, null, 2),
    { mode: 0o600 },
  );
  return secrets;
}
