import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoketAuthConfig } from '../config/schema.js';
import type { LoketCapacity } from '../core/events.js';
import { pageSession, startSession } from './load.js';
import { sessionStore } from './store.js';
import type { SessionState } from './types.js';

/**
 * Gives an element the sign-in state and actions; the host re-renders on every change.
 * `onChange(previous, next)` is called after each change while the host is connected.
 */
export class SessionController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (previous: SessionState, next: SessionState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    let previous = sessionStore.state;
    this.unsubscribe = sessionStore.subscribe((next) => {
      const before = previous;
      previous = next;
      this.host.requestUpdate();
      this.onChange?.(before, next);
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  get state(): SessionState {
    return sessionStore.state;
  }

  /** Starts the session for this `auth` configuration (the first call on a page wins). */
  start(auth: LoketAuthConfig): void {
    startSession(auth);
  }

  /** `auth.apiBase` of the configuration, once an element has started the session. */
  get apiBase(): string | null {
    return pageSession.apiBase;
  }

  signIn(): Promise<void> {
    return pageSession.signIn();
  }

  signOut(): Promise<void> {
    return pageSession.signOut();
  }

  switchCapacity(capacity: LoketCapacity): Promise<void> {
    return pageSession.switchCapacity(capacity);
  }

  getAccessToken(): Promise<string | null> {
    return pageSession.getAccessToken();
  }
}
