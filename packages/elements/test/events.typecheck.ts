/**
 * Type-level test, never run: `npm run typecheck` compiles it (root tsconfig.json includes it) and
 * fails when a host's typed use of loket's events or tags stops compiling. Each `@ts-expect-error`
 * fails the compile too if its line ever becomes valid, i.e. if the event's type degrades to `Event`.
 */
import type {
  LoketCapacity,
  LoketCapacitySwitcherComponent,
  LoketDossiersComponent,
  LoketHeaderComponent,
  LoketServicesComponent,
} from '../src/index.js';

export function listenersOnDocumentWindowAndElements(header: LoketHeaderComponent): void {
  // Page-level events, where a single-page app listens for them.
  document.addEventListener('loket-session-change', (e) => {
    const signedIn: boolean = e.detail.signedIn;
    const firstName: string | null = e.detail.firstName;
    const capacity: LoketCapacity | null = e.detail.capacity;
    // @ts-expect-error -- the detail has `signedIn`, not `signedin`.
    void e.detail.signedin;
    // @ts-expect-error -- no national register number ever leaves loket.
    void e.detail.insz;
    return [signedIn, firstName, capacity];
  });
  window.addEventListener('loket-capacity-change', (e) => {
    const type: 'BUR' | 'VER' | 'EA' = e.detail.capacity.type;
    // @ts-expect-error -- a capacity type is one of three codes, not any string.
    const wrong: 'LB' = e.detail.capacity.type;
    return [type, wrong];
  });
  document.body.addEventListener('loket-dossier-toggle', (e) => {
    const open: boolean = e.detail.open;
    return open;
  });
  document.addEventListener('loket-service-open', (e) => {
    const action: 'details' | 'apply' = e.detail.action;
    const url: string | null = e.detail.url;
    // @ts-expect-error -- the action is one of two words, not any string.
    const wrong: 'buy' = e.detail.action;
    return [action, url, e.detail.id, wrong];
  });
  header.addEventListener('loket-login-request', (e) => {
    const loginUrl: string | null = e.detail.loginUrl;
    if (loginUrl) e.preventDefault();
  });
  // @ts-expect-error -- a language change carries a language, not an id.
  document.addEventListener('loket-language-change', (e) => e.detail.id.length);
}

export function tagsAreTyped(): unknown[] {
  // Without the HTMLElementTagNameMap entries these are `Element | null` and `HTMLElement`.
  const dossiers: LoketDossiersComponent | null = document.querySelector('loket-dossiers');
  const switcher: LoketCapacitySwitcherComponent = document.createElement('loket-capacity-switcher');
  const services: LoketServicesComponent | null = document.querySelector('loket-services');
  return [dossiers, switcher, services];
}
