/**
 * The identity provider, shaped like ACM: oidc-provider (a certified OpenID Connect
 * implementation) with our own login page, capacity-aware claims, targeted login via login_hint,
 * JWT access tokens for the API (resource indicators), refresh tokens for the public client and
 * RP-initiated logout without a confirmation page. Two clients: the browser's public `loket-demo`
 * and the backend-for-frontend's confidential `loket-bff`.
 */
import Provider, { errors, interactionPolicy, type ClientLike, type KoaContextLike, type TokenLike } from 'oidc-provider';
import type { JWK } from 'jose';
import type { BackendContext } from '../context.ts';
import { capacitiesOf, resolveCapacity, type ActiveCapacity, type Person } from '../data/fixtures.ts';
import type { Secrets } from '../keys.ts';
import { adapterFactory } from './adapter.ts';
import { parseLoginHint, type LoginHint } from './hint.ts';
import { FAVICON, esc, page } from './html.ts';

export const DEMO_CLIENT_ID = 'loket-demo';
/** The backend-for-frontend demo (src/bff/): a confidential client, tokens kept on the server. */
export const BFF_CLIENT_ID = 'loket-bff';
/** Scopes of the demo client. `vo` carries the capacity claims and is the API's resource scope. */
export const DEMO_SCOPES = 'openid profile vo offline_access';

function capacityClaims(cap: ActiveCapacity): Record<string, string> {
  return cap.type === 'BUR'
    ? { vo_doelgroepcode: 'BUR' }
    : { vo_doelgroepcode: cap.type, vo_orgcode: cap.code ?? '', vo_orgnaam: cap.name };
}

function capacityText(cap: ActiveCapacity): string {
  if (cap.type === 'BUR') return 'als burger (voor zichzelf)';
  if (cap.type === 'VER') return `namens de vereniging ${cap.name} (${cap.code})`;
  return `namens de onderneming ${cap.name} (KBO ${cap.code})`;
}

function hintText(hint: LoginHint | undefined): string | undefined {
  if (!hint || hint.kind !== 'capacity') return undefined;
  if (hint.cap === 'BUR') return 'als burger';
  if (hint.cap === 'VER') return `namens de vereniging met vCode ${hint.code}`;
  return `namens de onderneming met ondernemingsnummer ${hint.code}`;
}

async function readForm(ctx: KoaContextLike, limit = 4096): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('form too large'), { status: 413 });
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * @param bffJwk the public key of the backend-for-frontend demo client (`loket-bff`), which
 *   authenticates at the token endpoint with private_key_jwt; made anew at every start.
 */
export function createProvider(bc: BackendContext, secrets: Secrets, bffJwk: JWK): Provider {
  const { fx } = bc;
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider has no login prompt');

  /**
   * Capacity check, evaluated first on every authorization request. After our login page the
   * chosen capacity is recorded on the session. With an existing session, a login_hint for
   * another capacity must never silently keep the old one: if the person may act in it, the
   * session switches without any page (a capacity switch is a quick redirect, also with
   * prompt=none); if not, a prompt is requested — the login page shows a refusal, and
   * prompt=none answers login_required.
   */
  login.checks.unshift(
    new interactionPolicy.Check('loket_capacity', 'the requested capacity needs the End-User', 'login_required', (ctx) => {
      const { oidc } = ctx;
      const result = oidc.result as { login?: { accountId: string }; capacity?: ActiveCapacity } | undefined;
      if (result?.login) {
        const person = bc.personBySub(result.login.accountId);
        if (person) {
          const cap = result.capacity && resolveCapacity(fx, person, result.capacity.type, result.capacity.code);
          bc.setSessionCapacity(oidc.session.uid, cap ?? capacitiesOf(fx, person)[0]!);
        }
        return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      }
      const accountId = oidc.session.accountId;
      if (!accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const hint = parseLoginHint(oidc.params['login_hint']);
      if (!hint) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      if (hint.kind === 'switch') return interactionPolicy.Check.REQUEST_PROMPT;
      const person = bc.personBySub(accountId);
      if (!person) return interactionPolicy.Check.REQUEST_PROMPT;
      const cap = resolveCapacity(fx, person, hint.cap, hint.code);
      if (!cap) return interactionPolicy.Check.REQUEST_PROMPT;
      const current = bc.capacityOfSession(oidc.session.uid, person);
      if (current.type !== cap.type || current.code !== cap.code) {
        bc.setSessionCapacity(oidc.session.uid, cap);
        bc.audit.record({
          ip: ctx.ip,
          resource: '/auth/capacity',
          operation: 'switch-capacity',
          capacity: cap,
          status: 200,
          person,
          client: oidc.client?.clientId,
        });
      }
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );

  const findAccount = async (ctx: KoaContextLike | undefined, sub: string, token?: TokenLike) => {
    const person = bc.personBySub(sub);
    if (!person) return undefined;
    return {
      accountId: sub,
      async claims() {
        const cap = bc.capacityOfSession(token?.sessionUid ?? ctx?.oidc?.session?.uid, person);
        return { sub, given_name: person.voornaam, family_name: person.achternaam, ...capacityClaims(cap) };
      },
    };
  };

  const ttl = bc.accessTokenTtlSeconds;
  const provider = new Provider(bc.issuer, {
    adapter: adapterFactory(bc.store),
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_name: 'loket (demo)',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: DEMO_SCOPES,
        // Registered for form's sake; the override below accepts any path on an allowed origin.
        redirect_uris: [...bc.origins].map((o) => `${o}/`),
        post_logout_redirect_uris: [...bc.origins].map((o) => `${o}/`),
      },
      {
        // The backend-for-frontend of src/bff/: a confidential client that keeps its tokens on the
        // server. Signed JWT client authentication, so no shared secret exists to leak; exact
        // redirect URIs (no wildcard override), one per origin that may serve /bff/.
        client_id: BFF_CLIENT_ID,
        client_name: 'e-loket (backend-for-frontend demo)',
        application_type: 'web',
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        jwks: { keys: [bffJwk] },
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: DEMO_SCOPES,
        redirect_uris: [...bc.origins, bc.issuer].map((o) => `${o}/bff/callback`),
        post_logout_redirect_uris: [...bc.origins, bc.issuer].map((o) => `${o}/bff/logged-out`),
      },
    ],
    jwks: { keys: [secrets.signingJwk] },
    cookies: { keys: secrets.cookieKeys },
    scopes: ['openid', 'offline_access', 'profile', 'vo'],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name'],
      vo: ['vo_doelgroepcode', 'vo_orgcode', 'vo_orgnaam'],
    },
    // The browser uses loadUserInfo: false, so the ID token itself carries profile and capacity.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    findAccount,
    clientBasedCORS: (_ctx: unknown, origin: string) => bc.origins.has(origin),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      /**
       * `response_mode=web_message`: the answer to a `prompt=none` check in a hidden iframe is posted
       * to the page by the identity provider's own tiny page, instead of a redirect that loads the
       * site's page (and loket) a second time inside the frame. loket's session probe uses it, so a
       * signed-out visitor learns "signed out" without loading the sign-in code.
       */
      webMessageResponseMode: { enabled: true, ack: 'individual-draft-01' },
      rpInitiatedLogout: {
        enabled: true,
        // No confirmation page: the form is submitted at once (a button remains without JS).
        async logoutSource(ctx: KoaContextLike, form: string) {
          ctx.type = 'html';
          ctx.body = page(
            'Afmelden',
            `${form}<h1>U wordt afgemeld…</h1><noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Afmelden</button></noscript>`,
            {
              script:
                "var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();",
            },
          );
        },
        async postLogoutSuccessSource(ctx: KoaContextLike) {
          ctx.type = 'html';
          ctx.body = page('Afgemeld', '<h1>U bent afgemeld</h1><p>U kunt dit venster sluiten.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => bc.apiAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== bc.apiAudience) throw new errors.InvalidTarget('unknown resource');
          return {
            scope: 'vo',
            audience: bc.apiAudience,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The access token is a JWT for the API carrying the same capacity claims as the ID token,
    // and its grant: logout and revocation destroy the grant, and the API then refuses the token.
    async extraTokenClaims(ctx: KoaContextLike | undefined, token: TokenLike) {
      const person = token.accountId ? bc.personBySub(token.accountId) : undefined;
      if (!person) return undefined;
      const cap = bc.capacityOfSession(token.sessionUid ?? ctx?.oidc?.session?.uid, person);
      return {
        given_name: person.voornaam,
        family_name: person.achternaam,
        ...capacityClaims(cap),
        ...(token.grantId ? { grant_id: token.grantId } : {}),
      };
    },
    // Refresh tokens for the public client without a consent prompt (offline_access is dropped
    // without one); they die with the session, so logout revokes them.
    issueRefreshToken: async (_ctx: unknown, client: ClientLike) => client.grantTypeAllowed('refresh_token'),
    /**
     * First-party client: never a consent page. Create or extend the Grant here (its id exists
     * only after save()), otherwise prompt=none fails with consent_required.
     */
    async loadExistingGrant(ctx: KoaContextLike) {
      const { oidc } = ctx;
      const accountId = oidc.session.accountId;
      if (!accountId) return undefined;
      const grantId = oidc.session.grantIdFor(oidc.client.clientId);
      let grant = grantId ? await provider.Grant.find(grantId) : undefined;
      if (grant && (grant as unknown as { accountId?: string }).accountId !== accountId) grant = undefined;
      grant ??= new provider.Grant({ clientId: oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile vo');
      grant.addResourceScope(bc.apiAudience, 'vo');
      await grant.save();
      return grant;
    },
    ttl: {
      AccessToken: () => ttl,
      AuthorizationCode: () => 60,
      IdToken: () => 3600,
      RefreshToken: (ctx: { oidc?: { entities?: { RotatedRefreshToken?: { remainingTTL: number } } } } | undefined) =>
        ctx?.oidc?.entities?.RotatedRefreshToken?.remainingTTL ?? 8 * 3600,
      Interaction: () => 3600,
      Session: () => 8 * 3600,
      Grant: () => 14 * 86_400,
    },
    interactions: { policy, url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async renderError(ctx: KoaContextLike, out: Record<string, string>) {
      ctx.type = 'html';
      ctx.body = page(
        'Aanmelden mislukt',
        `<h1>Er ging iets mis bij het aanmelden</h1><div class="notice refusal"><p>${esc(out['error_description'] ?? out['error'] ?? 'Onbekende fout')}</p><p class="muted">Code: ${esc(out['error'] ?? 'server_error')}</p></div><p>Ga terug naar de website en probeer opnieuw.</p>`,
      );
    },
  });

  /**
   * Redirect and post-logout redirect URIs of the demo client: any path on an allowed origin
   * (oidc-provider's wildcard-redirect recipe). Any page of a municipal site may be the page the
   * visitor signs in from and must return to; the origin list is the trust boundary.
   */
  const proto = provider.Client.prototype;
  const originalRedirect = proto.redirectUriAllowed;
  const originalPostLogout = proto.postLogoutRedirectUriAllowed;
  const onAllowedOrigin = (uri: string): boolean => {
    try {
      const u = new URL(uri);
      return bc.origins.has(u.origin) && !u.username && !u.password && !u.hash;
    } catch {
      return false;
    }
  };
  proto.redirectUriAllowed = function (this: ClientLike, uri: string) {
    return this.clientId === DEMO_CLIENT_ID ? onAllowedOrigin(uri) : originalRedirect.call(this, uri);
  };
  proto.postLogoutRedirectUriAllowed = function (this: ClientLike, uri: string) {
    return this.clientId === DEMO_CLIENT_ID ? onAllowedOrigin(uri) : originalPostLogout.call(this, uri);
  };

  provider.on('end_session.success', (...args: unknown[]) => {
    const ctx = args[0] as KoaContextLike;
    const session = ctx.oidc?.session;
    const person = session?.accountId ? bc.personBySub(session.accountId) : undefined;
    if (session?.uid) bc.clearSession(session.uid);
    bc.audit.record({
      ip: ctx.ip,
      resource: '/session/end',
      operation: 'logout',
      status: 200,
      person,
      client: ctx.oidc?.client?.clientId,
    });
  });
  provider.on('server_error', (...args: unknown[]) => {
    console.error('mock-backend: identity provider error:', (args[1] as Error | undefined)?.message ?? args[1]);
  });

  installInteractions(provider, bc);
  return provider;
}

function personList(bc: BackendContext, uid: string, hint: LoginHint | undefined): string {
  const persons = bc.fx.persons.filter((p) => p.persona);
  const items = persons
    .map((p) => {
      const caps = capacitiesOf(bc.fx, p);
      const hinted = hint?.kind === 'capacity' ? resolveCapacity(bc.fx, p, hint.cap, hint.code) : undefined;
      return `<li>
<button type="submit" name="person" value="${esc(p.id)}" form="login">${esc(`${p.voornaam} ${p.achternaam}`)}</button>
${hint?.kind === 'capacity' ? `<span class="muted">${hinted ? '– kan aanmelden ' + esc(capacityText(hinted)) : '– kan niet aanmelden ' + esc(hintText(hint) ?? '')}</span>` : ''}
<ul class="caps" aria-label="Mag handelen">${caps.map((c) => `<li>${esc(capacityText(c))}</li>`).join('')}</ul>
</li>`;
    })
    .join('\n');
  const ask = hintText(hint);
  return `<h1>Kies een testpersoon</h1>
${ask ? `<p class="notice">De website vraagt om aan te melden <strong>${esc(ask)}</strong>.</p>` : ''}
<p class="muted">Dit is een testomgeving: alle personen, verenigingen en ondernemingen zijn fictief.</p>
<form id="login" method="post" action="/interaction/${esc(uid)}/login"></form>
<ul class="persons">
${items}
</ul>
<form method="post" action="/interaction/${esc(uid)}/abort" class="actions"><button type="submit">Annuleren</button></form>`;
}

function refusalPage(uid: string, person: Person, hint: LoginHint | undefined): string {
  return page(
    'Aanmelden geweigerd',
    `<h1>U kunt niet aanmelden ${esc(hintText(hint) ?? 'met deze hoedanigheid')}</h1>
<div class="notice refusal" role="alert"><p>${esc(`${person.voornaam} ${person.achternaam}`)} is geen vertegenwoordiger van deze ${hint?.kind === 'capacity' && hint.cap === 'EA' ? 'onderneming' : 'vereniging'} en mag er dus niet namens handelen.</p>
<p>Vraagt u zich af waarom? Kijk in het Verenigingsregister wie de vereniging vertegenwoordigt, of neem contact op met de voorzitter.</p></div>
<div class="actions"><a href="/interaction/${esc(uid)}?kies=1">Met een andere persoon aanmelden</a>
<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit">Annuleren en teruggaan</button></form></div>`,
  );
}

function installInteractions(provider: Provider, bc: BackendContext): void {
  provider.use(async (ctx, next) => {
    await next();
    // A web message answer (`login_required` to a single sign-on check) is a page that posts the
    // error to the site; served as a 400 the browser would log a console error on the site's page
    // for every signed-out visitor. The answer is in the message, not in the status.
    if (ctx.status === 400 && typeof ctx.body === 'string' && ctx.body.includes("type: 'authorization_response'")) {
      ctx.status = 200;
    }
  });
  provider.use(async (ctx, next) => {
    if (ctx.path !== '/favicon.ico' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    ctx.type = 'image/png';
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = FAVICON;
  });
  provider.use(async (ctx, next) => {
    const m = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?$/.exec(ctx.path);
    if (!m) return next();
    const action = m[2];
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Frame-Options', 'DENY');
    try {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      if (details.uid !== m[1]) throw new errors.SessionNotFound('interaction mismatch');
      const hint = parseLoginHint(details.params['login_hint']);

      if (!action && ctx.method === 'GET') {
        const known = details.session?.accountId ? bc.personBySub(details.session.accountId) : undefined;
        const wantsChoice = new URL(ctx.req.url ?? '/', 'http://x').searchParams.has('kies');
        if (known && !wantsChoice && details.prompt.reasons.includes('loket_capacity') && hint?.kind === 'capacity') {
          ctx.status = 403;
          ctx.type = 'html';
          ctx.body = refusalPage(details.uid, known, hint);
          return;
        }
        ctx.type = 'html';
        ctx.body = page('Aanmelden', personList(bc, details.uid, hint));
        return;
      }
      if (action === '/abort' && ctx.method === 'POST') {
        await provider.interactionFinished(
          ctx.req,
          ctx.res,
          { error: 'access_denied', error_description: 'De gebruiker heeft het aanmelden geannuleerd.' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (action === '/login' && ctx.method === 'POST') {
        const form = await readForm(ctx);
        const person = bc.fx.personsById.get(form.get('person') ?? '');
        if (!person || !person.persona) {
          ctx.status = 400;
          ctx.type = 'html';
          ctx.body = page(
            'Aanmelden',
            `<p class="notice refusal" role="alert">Kies een persoon uit de lijst.</p>${personList(bc, details.uid, hint)}`,
          );
          return;
        }
        let cap: ActiveCapacity = capacitiesOf(bc.fx, person)[0]!;
        if (hint?.kind === 'capacity') {
          const wanted = resolveCapacity(bc.fx, person, hint.cap, hint.code);
          if (!wanted) {
            bc.audit.record({
              ip: ctx.ip,
              resource: '/interaction/login',
              operation: 'login',
              capacity: { type: hint.cap, code: hint.code },
              status: 403,
              person,
            });
            ctx.status = 403;
            ctx.type = 'html';
            ctx.body = refusalPage(details.uid, person, hint);
            return;
          }
          cap = wanted;
        }
        bc.audit.record({
          ip: ctx.ip,
          resource: '/interaction/login',
          operation: 'login',
          capacity: cap,
          status: 200,
          person,
          client: details.params['client_id'],
        });
        await provider.interactionFinished(
          ctx.req,
          ctx.res,
          { login: { accountId: bc.subOf(person) }, capacity: cap },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      ctx.status = 405;
      ctx.type = 'html';
      ctx.body = page('Niet toegestaan', '<h1>Deze actie is niet toegestaan</h1>');
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 413) {
        ctx.status = 413;
        ctx.type = 'html';
        ctx.body = page('Te groot', '<h1>Het formulier is te groot</h1>');
        return;
      }
      if (error instanceof errors.SessionNotFound || (error as Error).name === 'SessionNotFound') {
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = page(
          'Sessie verlopen',
          '<h1>Deze aanmeldpagina is verlopen</h1><p class="notice refusal" role="alert">Uw aanmeldsessie bestaat niet meer (verlopen, of geopend in een ander venster). Ga terug naar de website en meld opnieuw aan.</p>',
        );
        return;
      }
      throw error;
    }
  });
}
