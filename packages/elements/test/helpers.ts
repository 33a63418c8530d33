import 'axe-core';
import type { AxeResults } from 'axe-core';
import { pageRuntime } from '../src/runtime/page.js';
import { pageSession } from '../src/session/facade.js';
import { sessionStore } from '../src/session/store.js';
import type { Session } from '../src/session/types.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** Runs axe-core (WCAG 2.1 A/AA) over `el`, shadow roots included; returns readable violations. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results: AxeResults = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Collects console output during a test, so tests can assert on loket's messages. */
export function captureConsole(): { errors: string[]; warnings: string[]; restore(): void } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Waits until `check` is true (for effects that settle over a few tasks, like a remote config). */
export async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Forget page-level configuration between tests; the page's own session again, in its first state. */
export function resetConfig(): void {
  const runtime = pageRuntime();
  runtime.reset();
  runtime.provideSession(pageSession);
  sessionStore.reset();
}

/** The page's elements show and use `session` (as a host that keeps its own session would give it). */
export function provideSession(session: Session): void {
  pageRuntime().provideSession(session);
}

/** `window.loket.configure()`, for tests that import the elements without loket.js. */
export function configure(config: Record<string, unknown>): void {
  pageRuntime().configure(config);
}

// Every page that carries the header has a main landmark to skip to.
if (!document.getElementById('main')) {
  const main = document.createElement('main');
  main.id = 'main';
  document.body.append(main);
}

export const FIXTURES = '/packages/elements/test/fixtures';

/**
 * Notes where everything drawn in `el`'s shadow root is, measured from the top of `box`; the
 * function it returns lists what has moved since (of what is still there), e.g. after a state
 * change that must not shift anything a user already sees.
 */
export function whatMoves(el: Element, box: Element): () => string[] {
  const at = (e: Element) => e.getBoundingClientRect().top - box.getBoundingClientRect().top;
  const drawn = [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => e.getBoundingClientRect().height > 1)
    .map((e) => [e, at(e)] as const);
  return () => drawn.filter(([e, top]) => e.isConnected && at(e) !== top).map(([e]) => `<${e.localName} class="${e.className}">`);
}
