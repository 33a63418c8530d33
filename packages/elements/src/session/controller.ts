import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { LoketCapacity } from '../core/events.js';
import { runtimeContext } from '../runtime/context.js';
import { pageRuntime } from '../runtime/page.js';
import type { LoketRuntime } from '../runtime/runtime.js';
import type { SessionState } from './types.js';

/**
 * Gives an element the sign-in state and actions of its runtime's `Session` (found through
 * `@lit/context`); the host re-renders on every change. `onChange(previous, next)` is called
 * after each change of the state while the host is connected.
 *
 * ```ts
 * private readonly session = new SessionController(this);
 * render() { const { status, firstName, capacity } = this.session.state; … }
 * async load(signal: AbortSignal) {
 *   const token = await this.session.getAccessToken();           // null when signed out
 *   return listDossiers(this.session.apiBase!, query, { accessToken: token, signal });
 * }
 * ```
 * Re-fetch when `state.capacity` changes (compare `type` + `code`). Never store the token.
 */
export class SessionController implements ReactiveController {
  private unsubscribe?: () => void;
  private previous?: SessionState;
  private readonly consumer: ContextConsumer<typeof runtimeContext, ReactiveControllerHost & HTMLElement>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (previous: SessionState, next: SessionState) => void,
  ) {
    pageRuntime();
    this.consumer = new ContextConsumer(host, { context: runtimeContext, subscribe: true, callback: () => this.connect() });
    host.addController(this);
  }

  private get runtime(): LoketRuntime {
    return this.consumer.value ?? pageRuntime();
  }

  hostConnected(): void {
    this.connect();
  }

  private connect(): void {
    this.unsubscribe?.();
    if (!this.host.isConnected) return;
    const runtime = this.runtime;
    this.previous = runtime.session.state;
    this.unsubscribe = runtime.subscribe(() => {
      const next = this.runtime.session.state;
      const before = this.previous ?? next;
      if (next === before) return;
      this.previous = next;
      this.host.requestUpdate();
      this.onChange?.(before, next);
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  get state(): SessionState {
    return this.runtime.session.state;
  }

  /** Settles when the session can be shown (at once, unless a host's profile is still loading). */
  get ready(): Promise<unknown> {
    return this.runtime.session.ready ?? Promise.resolve();
  }

  /** The host page keeps the session (`loket.useHostSession()`): shown even without `auth`. */
  get hostManaged(): boolean {
    return !!this.runtime.session.hostManaged;
  }

  /** The identities the session knows itself (a host's profile); undefined: ask the backend contract. */
  get capacities(): (() => Promise<LoketCapacity[]>) | undefined {
    const session = this.runtime.session;
    return session.capacities ? () => session.capacities!() : undefined;
  }

  /** Base URL of the backend contract the session's tokens are for; null when not configured. */
  get apiBase(): string | null {
    return this.runtime.apiBase;
  }

  signIn(): Promise<void> {
    return this.runtime.session.signIn();
  }

  signOut(): Promise<void> {
    return this.runtime.session.signOut();
  }

  switchCapacity(capacity: LoketCapacity): Promise<void> {
    return this.runtime.session.switchCapacity(capacity);
  }

  getAccessToken(): Promise<string | null> {
    return this.runtime.session.getAccessToken();
  }
}
