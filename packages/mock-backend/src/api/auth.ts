/**
 * Access-token verification with jose: signature against the provider's own public key, issuer,
 * audience (the API), `typ: at+jwt` and RS256 only; then the token's grant must still be live at
 * the provider (signed out or revoked: 401). Anything else is a 401.
 */
import { createLocalJWKSet, jwtVerify, type JWK, type JWTPayload } from 'jose';
import type { BackendContext } from '../context.ts';
import { resolveCapacity, type ActiveCapacity, type Person } from '../data/fixtures.ts';
import { ProblemError } from './http.ts';

export interface Principal {
  person: Person;
  capacity: ActiveCapacity;
  sub: string;
  subject: string;
  clientId: string | undefined;
}

export function publicJwk(jwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use } as JWK;
}

const unauthorized = (detail: string, error = 'invalid_token') =>
  new ProblemError(401, 'Unauthorized', detail, {}, { 'WWW-Authenticate': `Bearer realm="loket", error="${error}"` });

export function createVerifier(bc: BackendContext, signingJwk: JWK) {
  const jwks = createLocalJWKSet({ keys: [publicJwk(signingJwk)] });

  return async function authenticate(authorization: string | undefined, required: boolean): Promise<Principal | undefined> {
    if (!authorization) {
      if (!required) return undefined;
      throw new ProblemError(
        401,
        'Unauthorized',
        'An access token is required (Authorization: Bearer <token>).',
        {},
        { 'WWW-Authenticate': 'Bearer realm="loket"' },
      );
    }
    const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization);
    if (!m) throw unauthorized('The Authorization header must be "Bearer <token>".', 'invalid_request');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(m[1]!, jwks, {
        issuer: bc.issuer,
        audience: bc.apiAudience,
        typ: 'at+jwt',
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch {
      // Which check failed is not the caller's business; it is always "invalid token".
      throw unauthorized('The access token is invalid or expired.');
    }
    // A JWT verifies until it expires; a signed-out session (its grant destroyed by logout or
    // by revoking the refresh token) must end API access at once.
    const grant = payload['grant_id'];
    if (typeof grant !== 'string' || !bc.grantAlive(grant)) throw unauthorized('The session of this access token has ended.');
    const person = typeof payload.sub === 'string' ? bc.personBySub(payload.sub) : undefined;
    if (!person) throw unauthorized('The access token names an unknown subject.');
    const type = payload['vo_doelgroepcode'];
    const code = payload['vo_orgcode'];
    const capacity = resolveCapacity(bc.fx, person, String(type), typeof code === 'string' ? code : null);
    if (!capacity) throw new ProblemError(403, 'Forbidden', 'The signed-in person may no longer act in this capacity.');
    return {
      person,
      capacity,
      sub: payload.sub as string,
      subject: bc.audit.pseudonym(person.insz),
      clientId: typeof payload['client_id'] === 'string' ? payload['client_id'] : undefined,
    };
  };
}
