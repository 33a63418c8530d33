import type { Capacity, RegisterAction, RegisterSection } from '../api/contract.js';
import type { Language } from '../config/schema.js';

/** Identity the user acts as, without any national register number. */
export interface LoketCapacity {
  /** BUR = yourself, VER = association (vCode), EA = company (KBO number). */
  type: Capacity;
  /** vCode or KBO number; null when acting for yourself. */
  code: string | null;
  /** Display name of the organisation, or the person's name for BUR. */
  name: string;
}

/** Whether two capacities are the same identity (type and code; the display name may differ). */
export function sameCapacity(a: LoketCapacity | null | undefined, b: LoketCapacity | null | undefined): boolean {
  return (a?.type ?? null) === (b?.type ?? null) && (a?.code ?? null) === (b?.code ?? null);
}

export interface LoketSessionDetail {
  signedIn: boolean;
  firstName: string | null;
  capacity: LoketCapacity | null;
}

export interface LoketConfigErrorDetail {
  /** Dot path of the offending field, e.g. `navigation.0.href`. */
  field: string;
  message: string;
}

/**
 * Every event loket dispatches. Merged into `GlobalEventHandlersEventMap`, which the event maps of
 * elements, `document` and `window` all extend, so that a listener anywhere the events bubble to is
 * typed: `document.addEventListener('loket-session-change', e => e.detail.signedIn)`.
 * test/events.typecheck.ts fails to compile when this breaks.
 */
export interface LoketEventMap {
  /** The user chose a language. Cancelable: the host may handle navigation itself. */
  'loket-language-change': CustomEvent<{ language: Language; href: string | null }>;
  /** The user asked to sign in. Cancelable: the host may veto (e.g. unsaved form). */
  'loket-login-request': CustomEvent<{ loginUrl: string | null }>;
  /** The user asked to sign out. Cancelable. */
  'loket-logout-request': CustomEvent<Record<string, never>>;
  /** The user dismissed the alert with this id. */
  'loket-alert-dismiss': CustomEvent<{ id: string }>;
  /** The help panel was opened or closed by the user. */
  'loket-help-toggle': CustomEvent<{ open: boolean }>;
  /** The mobile menu was opened or closed by the user. */
  'loket-menu-toggle': CustomEvent<{ open: boolean }>;
  /** The configuration had problems; defaults were used for these fields. */
  'loket-config-error': CustomEvent<{ errors: LoketConfigErrorDetail[] }>;
  /** Sign-in state changed (signed in, renewed into another capacity, signed out). */
  'loket-session-change': CustomEvent<LoketSessionDetail>;
  /** The user switched capacity. */
  'loket-capacity-change': CustomEvent<{ capacity: LoketCapacity }>;
  /** The user asked to switch capacity (cancelable). */
  'loket-capacity-request': CustomEvent<{ capacity: LoketCapacity }>;
  /** The user opened or closed a dossier's status history in `<loket-dossiers>`. */
  'loket-dossier-toggle': CustomEvent<{ id: string; open: boolean }>;
  /** A change to the association's register record was saved in `<loket-association>` (never the values). */
  'loket-association-change': CustomEvent<{ vCode: string; section: RegisterSection; action: RegisterAction }>;
  /**
   * The user opened a product's details (`action: 'details'`, `url: null`) or followed its
   * "Online aanvragen" link (`action: 'apply'`, the link's URL) in `<loket-services>`.
   */
  'loket-service-open': CustomEvent<LoketServiceOpenDetail>;
}

export interface LoketServiceOpenDetail {
  /** The catalogue's product id (`Product.id`) and LPDC product number (`productId`). */
  id: string;
  productId: string;
  action: 'details' | 'apply';
  url: string | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LoketEventMap {}
}
