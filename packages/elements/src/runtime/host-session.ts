/**
 * A session the host page keeps: the site signs in on its own server (a backend-for-frontend, the
 * pattern the OAuth browser-apps guidance recommends) and only tells the elements who is signed in,
 * with the profile the Flemish Global Header v5 takes in `accessMenu.setProfile()`. The elements
 * show it and send the user to the host's URLs; no sign-in code (oidc-client-ts) is loaded and no
 * token ever reaches the browser.
 */
import { CAPACITIES, type Capacity } from '../api/contract.js';
import { isSafeUrl } from '../config/url.js';
import { sameCapacity, type LoketCapacity } from '../core/events.js';
import { log } from '../core/log.js';
import type { Session, SessionState } from '../session/types.js';

/** An organisation or person the user acts for, as the Flemish widget's `idpData` gives it. */
export interface HostIdentity {
  onBehalfOf?: {
    /** BUR (yourself), VER (association), EA (company); GID, LB and OV are not shown by loket. */
    code: string;
    name: string;
    /** vCode or KBO number. Ignored for BUR: loket never shows a national register number. */
    identifier?: string;
    firstName?: string;
  };
}

/** What a host tells loket about its session: the Flemish widget's `ProfileConfig`. */
export interface HostProfile {
  /** Signed in on the host's server. */
  active: boolean;
  /** Where "Aanmelden" leads. */
  loginUrl?: string;
  /** Where "Afmelden" leads. */
  logoutUrl?: string;
  /**
   * Where "Wissel van hoedanigheid" leads. A `{capacity}` in it becomes the identity chosen from
   * `idpData.identities`: `BUR`, `VER:<vCode>` or `EA:<KBO number>` (loket's own addition to v5).
   */
  switchCapacityUrl?: string;
  idpData?: {
    user?: { firstName?: string; name?: string };
    activeIdentity?: HostIdentity;
    identities?: HostIdentity[];
  };
}

/** A host profile with only what loket uses: no national register number, whatever the host gave. */
export interface CleanProfile {
  active: boolean;
  loginUrl: string | null;
  logoutUrl: string | null;
  switchCapacityUrl: string | null;
  firstName: string | null;
  name: string | null;
  capacity: LoketCapacity | null;
  identities: LoketCapacity[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown, max = 200): string | null => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);

function url(profile: Record<string, unknown>, key: string, problems: string[]): string | null {
  const value = profile[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() && isSafeUrl(value)) return value.trim();
  problems.push(`${key} must be an http(s) or relative URL`);
  return null;
}

/** An 11-digit number (with or without separators) may be a national register number: never shown. */
const looksLikeInsz = (s: string) => /^\d{11}$/.test(s.replace(/[\s.-]/g, ''));

function capacity(identity: unknown, self: string | null, problems: string[]): LoketCapacity | null {
  const of = isObject(identity) ? identity.onBehalfOf : undefined;
  if (!isObject(of)) return null;
  const code = text(of.code, 10);
  if (!code || !(CAPACITIES as readonly string[]).includes(code)) {
    problems.push(`capacity ${JSON.stringify(code)} is not shown (loket shows ${CAPACITIES.join(', ')})`);
    return null;
  }
  const type = code as Capacity;
  if (type === 'BUR') {
    const name = [text(of.firstName, 100), text(of.name, 100)].filter(Boolean).join(' ') || self;
    return name ? { type, code: null, name } : null;
  }
  const name = text(of.name, 200);
  const id = text(of.identifier, 40);
  if (!name) {
    problems.push(`an identity of type ${type} has no name`);
    return null;
  }
  return { type, code: id && !looksLikeInsz(id) ? id : null, name };
}

/**
 * Reads a host's profile. Invalid parts are reported (the returned `problems`) and left out; only
 * names, capacities and URLs are kept, so an `rrn`, `insz` or `ssin` the host passes along is
 * dropped here and never reaches the DOM or an event.
 */
export function cleanProfile(input: unknown): { profile: CleanProfile; problems: string[] } {
  const problems: string[] = [];
  const p = isObject(input) ? input : {};
  if (!isObject(input)) problems.push('the profile must be an object; shown as signed out');
  if (isObject(input) && typeof input.active !== 'boolean') problems.push('`active` must be true or false; shown as signed out');
  const idp = isObject(p.idpData) ? p.idpData : {};
  const user = isObject(idp.user) ? idp.user : {};
  const firstName = text(user.firstName, 100);
  const lastName = text(user.name, 100);
  const self = [firstName, lastName].filter(Boolean).join(' ') || null;
  const active = p.active === true;
  let current = capacity(idp.activeIdentity, self, problems);
  if (!current && active && !idp.activeIdentity && self) current = { type: 'BUR', code: null, name: self };
  const identities: LoketCapacity[] = [];
  for (const identity of Array.isArray(idp.identities) ? idp.identities : []) {
    const c = capacity(identity, self, problems);
    if (c && !identities.some((i) => sameCapacity(i, c))) identities.push(c);
  }
  if (current && identities.length && !identities.some((i) => sameCapacity(i, current))) identities.unshift(current);
  return {
    profile: {
      active,
      loginUrl: url(p, 'loginUrl', problems),
      logoutUrl: url(p, 'logoutUrl', problems),
      switchCapacityUrl: url(p, 'switchCapacityUrl', problems),
      firstName: active ? firstName : null,
      name: active ? lastName : null,
      capacity: active ? current : null,
      identities: active ? identities : [],
    },
    problems,
  };
}

/** A `Session` that shows the host's profile; `update()` when the host says something new. */
export interface HostSession extends Session {
  readonly hostManaged: true;
  /** The profile as loket keeps it (no national register number). */
  readonly profile: CleanProfile;
  /** Whether the last profile was valid throughout (otherwise the console said what was left out). */
  readonly valid: boolean;
  /** The host's new profile (e.g. after `setProfile()` again); returns false when it had problems. */
  update(profile: unknown): boolean;
}

function go(target: string | null, what: string): Promise<void> {
  if (!target) {
    log.error(`${what}: the host's profile has no URL for it.`);
    return Promise.resolve();
  }
  location.assign(target);
  return Promise.resolve();
}

/**
 * A session the host keeps, shown from its profile: signed in when `active` (name and capacity from
 * `idpData`), "Aanmelden" → `loginUrl`, "Afmelden" → `logoutUrl`, another capacity →
 * `switchCapacityUrl`. Never loads sign-in code; `getAccessToken()` is always null.
 */
export function hostSession(initial: unknown): HostSession {
  let profile: CleanProfile;
  let state: SessionState;
  let valid = false;
  const listeners = new Set<(s: SessionState) => void>();
  const apply = (input: unknown): boolean => {
    const result = cleanProfile(input);
    if (result.problems.length) log.warn(`host session profile:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    profile = result.profile;
    state = {
      status: profile.active ? 'signed-in' : 'signed-out',
      firstName: profile.firstName,
      capacity: profile.capacity,
      error: null,
    };
    valid = !result.problems.length;
    return valid;
  };
  apply(initial);
  return {
    hostManaged: true,
    apiBase: null,
    get state() {
      return state;
    },
    get profile() {
      return profile;
    },
    get valid() {
      return valid;
    },
    update(input) {
      const ok = apply(input);
      listeners.forEach((l) => l(state));
      return ok;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: () => go(profile.loginUrl, 'sign-in'),
    signOut: () => go(profile.logoutUrl, 'sign-out'),
    // The host's server asks the identity provider (targeted login is its business); a
    // `{capacity}` in its URL receives the chosen one: BUR, VER:<vCode> or EA:<KBO number>.
    switchCapacity: (capacity) =>
      go(
        profile.switchCapacityUrl?.replace(
          '{capacity}',
          encodeURIComponent(capacity.code ? `${capacity.type}:${capacity.code}` : capacity.type),
        ) ?? null,
        'capacity switch',
      ),
    capacities: () => Promise.resolve(profile.identities),
    getAccessToken: () => Promise.resolve(null),
  };
}
