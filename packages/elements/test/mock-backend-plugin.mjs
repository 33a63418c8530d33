// @ts-check
/**
 * @web/dev-server plugin for element tests that talk to the REAL mock backend (no mocked fetch).
 * On the first request to /__test/* it starts the backend once, allowing the test page's origin,
 * and serves:
 *   GET /__test/token?persona=p02&cap=VER&code=V0001234
 *       → { accessToken, apiBase, capacity } after a real OIDC code + PKCE login from Node,
 *         driven through the backend's own login page (the backend tests' helper).
 *   GET /__test/hostile/api/dossiers[/{id}]
 *       → a contract-valid answer whose text fields carry markup, as a compromised source
 *         system might send; the mock backend's data has none.
 *   GET /__test/register/{mode}/api/associations/{vCode}
 *       → a contract-valid register record (FV) whose every text field carries markup, with an
 *         ETag; a change to it (PATCH/POST/DELETE) answers as {mode} says: ok, 400, 403, 412,
 *         428, 500, never (time-out) or garbage — the register's failures, on demand.
 */
import { tmpdir } from 'node:os';

/** @returns {import('@web/dev-server-core').Plugin} */
export function mockBackendPlugin() {
  /** @type {string} */
  let origin = 'http://localhost:8000';
  /** @type {Promise<{ backend: any; helpers: any }> | undefined} */
  let starting;

  function start() {
    starting ??= (async () => {
      // The backend and its test helpers are TypeScript: let tsx load them into this process.
      const { register } = await import('tsx/esm/api');
      register();
      const helpers = await import('../../mock-backend/test/helpers.ts');
      const backend = await helpers.startTestBackend({
        origins: [origin, helpers.RP_ORIGIN],
        auditLogPath: `${tmpdir()}/loket-wtr-audit.log`,
      });
      return { backend, helpers };
    })();
    return starting;
  }

  return {
    name: 'loket-mock-backend',
    serverStart({ config }) {
      origin = `${config.http2 ? 'https' : 'http'}://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async serverStop() {
      if (starting) await (await starting).backend.close();
    },
    async serve(context) {
      if (!context.path.startsWith('/__test/')) return undefined;
      if (context.path === '/__test/token') {
        const { backend, helpers } = await start();
        const persona = context.query.persona ?? 'p02';
        const cap = typeof context.query.cap === 'string' ? context.query.cap : undefined;
        const code = typeof context.query.code === 'string' ? context.query.code : undefined;
        const hint = cap ? (code ? { cap_hint: cap, code_hint: code } : { cap_hint: cap }) : undefined;
        const { tokens } = await helpers.signIn(backend, persona, hint);
        const claims = helpers.decodeJwt(tokens.access_token).payload;
        return {
          type: 'json',
          body: JSON.stringify({
            accessToken: tokens.access_token,
            apiBase: `${backend.url}/api`,
            capacity: {
              type: claims.vo_doelgroepcode,
              code: claims.vo_orgcode || null,
              name: claims.vo_orgnaam || claims.given_name || persona,
            },
          }),
        };
      }
      if (context.path === '/__test/hostile/api/me/identities') {
        return { type: 'json', body: JSON.stringify(hostileIdentities()) };
      }
      const register = /^\/__test\/register\/(\w+)\/api\/associations\/(V\d{7})(\/.*)?$/.exec(context.path);
      if (register) return serveRegister(context, register[1], register[2]);
      if (context.path === '/__test/hostile/api/services') {
        return { type: 'json', body: JSON.stringify(hostileServices()) };
      }
      const fault = /^\/__test\/fault\/(\w+)\//.exec(context.path);
      if (fault) return serveFault(context, fault[1]);
      const m = /^\/__test\/hostile\/api\/dossiers(?:\/([\w-]+))?$/.exec(context.path);
      if (m) return { type: 'json', body: JSON.stringify(m[1] ? hostileDetail(m[1]) : hostilePage()) };
      return undefined;
    },
  };
}

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

function hostile(id) {
  return {
    id,
    title: `Subsidie ${MARKUP} <b>vet</b>`,
    reference: `REF-<i>1</i>`,
    entity: { name: `Gemeente <a href="javascript:alert(1)">X</a>`, level: 'lokaal' },
    status: { code: 'aanvulling-gevraagd', label: '<b>Aanvulling</b>' },
    actionRequired: true,
    action: { description: `Bezorg ${MARKUP}`, dueDate: '2026-12-04' },
    lastChanged: '2026-11-12T10:31:00.000Z',
    sourceUrl: 'https://dossiers.example/dossier/D0000001-000001',
  };
}

function hostilePage() {
  return {
    items: [hostile('D0000001-000001')],
    total: 1,
    page: 1,
    pageSize: 10,
    counts: { open: 1, closed: 0, actionRequired: 1 },
  };
}

function hostileDetail(id) {
  return {
    ...hostile(id),
    history: [{ status: { code: 'ontvangen', label: 'x' }, date: '2026-11-01T10:00:00.000Z', note: `Nota ${MARKUP}` }],
  };
}

/** @param {string} mode */
async function serveFault(context, mode) {
  /** Writes the answer ourselves: the plugin API can only answer 200 with a complete body. */
  const raw = (status, type, body, length = Buffer.byteLength(body)) => {
    context.respond = false;
    const res = context.res;
    res.writeHead(status, { 'content-type': type, 'content-length': String(length), 'cache-control': 'no-store' });
    if (length > Buffer.byteLength(body)) {
      res.write(body);
      // Drop the connection mid-body, as a failing proxy or a crashed server does.
      setTimeout(() => res.destroy(), 50);
    } else res.end(body);
    return { type: 'json', body: '' };
  };
  switch (mode) {
    case '500':
      return raw(500, 'application/json', '{"error":"internal"}');
    case 'garbage':
      return raw(200, 'application/json', '{"items": [tru<<<garbage>>>');
    case 'html':
      return raw(200, 'text/html; charset=utf-8', '<!doctype html><title>502</title><p>Bad gateway</p>');
    case 'truncated':
      return raw(200, 'application/json', '{"identities": [{"type": "BUR", "code": null, "na', 4000);
    case 'wrongshape':
      return raw(200, 'application/json', '["not", "what", "was", "asked"]');
    case 'never':
      await new Promise((resolve) => {
        context.req.on('close', resolve);
        setTimeout(resolve, 30_000);
      });
      return raw(504, 'application/json', '{}');
    case 'slow':
      await new Promise((r) => setTimeout(r, 1500));
      return raw(200, 'application/json', JSON.stringify({ municipality: { name: 'Traaggem' } }));
    default:
      return raw(400, 'text/plain', `unknown fault ${mode}`);
  }
}

function hostileIdentities() {
  return {
    identities: [
      { type: 'BUR', code: null, name: `Jan ${MARKUP}` },
      { type: 'VER', code: 'V0001234', name: `Vzw ${MARKUP}`, rol: `Voorzitter <a href="javascript:window.__pwned=1">x</a>` },
      { type: 'EA', code: '0123456789', name: `Bv ${MARKUP}` },
    ],
    active: { type: 'BUR', code: null },
  };
}

/** A register record whose every text field carries markup (and javascript: links), as a hostile backend might send. */
function hostileRecord(vCode) {
  return {
    vereniging: {
      vCode,
      naam: `Vereniging ${MARKUP}`,
      roepnaam: `Roep <b>naam</b>`,
      korteNaam: `Kort ${MARKUP}`,
      korteBeschrijving: `Beschrijving <a href="javascript:window.__pwned=1">klik</a>`,
      verenigingstype: { code: 'FV', naam: `<i>FV</i>` },
      status: 'Actief',
      startdatum: '2001-02-03',
      kboNummer: null,
      doelgroep: { minimumleeftijd: 6, maximumleeftijd: 99 },
      hoofdactiviteitenVerenigingsloket: [{ code: 'SPRT', naam: MARKUP }],
      werkingsgebieden: [{ code: 'XX99', naam: `Gebied ${MARKUP}` }],
      locaties: [
        {
          locatieId: 1,
          locatietype: 'Activiteiten',
          isPrimair: true,
          naam: `Zaal ${MARKUP}`,
          adres: {
            straatnaam: `<b>Straat</b>`,
            huisnummer: '1',
            busnummer: null,
            postcode: '9999',
            gemeente: MARKUP,
            land: 'België',
          },
          adresvoorstelling: `<b>Straat</b> 1, 9999 ${MARKUP}`,
        },
      ],
      contactgegevens: [
        {
          contactgegevenId: 1,
          contactgegeventype: 'E-mail',
          waarde: `x@y.example${MARKUP}`,
          beschrijving: MARKUP,
          isPrimair: true,
        },
        {
          contactgegevenId: 2,
          contactgegeventype: 'Website',
          waarde: 'javascript:window.__pwned=1',
          beschrijving: '',
          isPrimair: true,
        },
      ],
      vertegenwoordigers: [
        {
          vertegenwoordigerId: 1,
          voornaam: `Jan ${MARKUP}`,
          achternaam: '<script>window.__pwned=1</script>',
          roepnaam: null,
          rol: `<a href="javascript:window.__pwned=1">Voorzitter</a>`,
          isPrimair: true,
          'e-mail': 'jan@example.be',
          telefoon: null,
          mobiel: null,
          socialMedia: 'javascript:window.__pwned=1',
        },
      ],
    },
    wijzigbaar: {
      bron: null,
      basisgegevens: [
        'naam',
        'roepnaam',
        'korteNaam',
        'korteBeschrijving',
        'startdatum',
        'doelgroep',
        'hoofdactiviteitenVerenigingsloket',
        'werkingsgebieden',
      ],
      locaties: { toevoegen: true, verwijderen: true, velden: ['locatietype', 'naam', 'isPrimair', 'adres'] },
      contactgegevens: {
        toevoegen: true,
        verwijderen: true,
        velden: ['contactgegeventype', 'waarde', 'beschrijving', 'isPrimair'],
      },
      vertegenwoordigers: {
        toevoegen: true,
        verwijderen: true,
        velden: ['roepnaam', 'rol', 'isPrimair', 'e-mail', 'telefoon', 'mobiel', 'socialMedia'],
      },
    },
    metadata: { datumLaatsteAanpassing: '2026-11-01' },
  };
}

/** @param {string} mode @param {string} vCode */
async function serveRegister(context, mode, vCode) {
  const res = context.res;
  const answer = (status, type, body, headers = {}) => {
    context.respond = false;
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-correlation-id': 'test-correlation-1',
      ...headers,
    });
    res.end(body);
    return { type: 'json', body: '' };
  };
  const problem = (status, extra = {}, headers = {}) =>
    answer(status, 'application/problem+json', JSON.stringify({ type: 'about:blank', title: 'x', status, ...extra }), headers);
  if (context.method === 'GET')
    return answer(200, 'application/json', JSON.stringify(hostileRecord(vCode)), { etag: '"hostile-1"' });
  switch (mode) {
    case 'ok':
      return answer(200, 'application/json', JSON.stringify(hostileRecord(vCode)), { etag: '"hostile-2"' });
    case '400':
      return problem(400, {
        invalidParams: [
          { name: 'waarde', reason: `<img src=x onerror="window.__pwned=1">`, code: 'email' },
          { name: '<script>window.__pwned=1</script>', reason: 'x', code: '<b>nonsense</b>' },
        ],
      });
    case '403':
      return problem(403);
    case '412':
      return problem(412, {}, { etag: '"hostile-3"' });
    case '428':
      return problem(428);
    case '500':
      return answer(500, 'application/json', '{"error":"internal"}');
    case 'garbage':
      return answer(200, 'application/json', '{"vereniging": {tru<<<garbage>>>', { etag: '"hostile-4"' });
    case 'never':
      await new Promise((resolve) => {
        context.req.on('close', resolve);
        setTimeout(resolve, 30_000);
      });
      return answer(504, 'application/json', '{}');
    default:
      return answer(400, 'text/plain', `unknown register mode ${mode}`);
  }
}
/** One product of the catalogue (LPDC) with markup in every string field and unsafe links. */
function hostileServices() {
  const tb = (what) => [{ titel: `${what} <b>titel</b> ${MARKUP}`, beschrijving: `${what} ${MARKUP}` }];
  return {
    items: [
      {
        id: 'P-66666',
        productId: `66666 ${MARKUP}`,
        titel: `Subsidie ${MARKUP} <b>vet</b>`,
        beschrijving: `Beschrijving ${MARKUP}`,
        type: 'FinancieelVoordeel',
        doelgroepen: ['Vereniging'],
        themas: ['CultuurSportVrijeTijd'],
        zoektermen: [`trefwoord ${MARKUP}`],
        bevoegdBestuursniveau: 'Lokaal',
        bevoegdeOverheid: `Gemeente <a href="javascript:window.__pwned=1">X</a>`,
        uitvoerendBestuursniveau: 'Lokaal',
        uitvoerendeOverheid: `Dienst ${MARKUP}`,
        voorwaarden: tb('Voorwaarde'),
        procedures: tb('Procedure'),
        kosten: tb('Kosten'),
        contactpunt: {
          naam: `Loket ${MARKUP}`,
          email: `x@y.example"><img src=x onerror="window.__pwned=1">`,
          telefoon: `09 <script>window.__pwned=1</script>`,
          website: 'javascript:window.__pwned=1',
          openingsuren: `ma ${MARKUP}`,
          adres: `Straat ${MARKUP}`,
        },
        links: [
          { soort: 'OnlineAanvragen', label: `Aanvragen ${MARKUP}`, url: 'javascript:window.__pwned=1' },
          { soort: 'MeerInfo', label: `Info ${MARKUP}`, url: 'https://www.voorbeeld.example/info' },
        ],
        eigen: true,
        reasons: [{ reason: 'hoofdactiviteit', code: 'SPRT', naam: `Sport ${MARKUP}`, thema: 'CultuurSportVrijeTijd' }],
      },
    ],
    total: 1,
    page: 1,
    pageSize: 10,
    audience: 'Vereniging',
    rankedFor: null,
  };
}
