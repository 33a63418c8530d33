import { html, nothing, render, type TemplateResult } from 'lit';
import type { ArgTypes, Decorator, StoryContext } from '@storybook/web-components-vite';
import { pageRuntime } from '../packages/elements/src/runtime/page.js';
import { fixedSession, type LoketScope } from '../packages/elements/src/runtime/scope.js';
import type { LoketConfig, PresetName } from '../packages/elements/src/config/schema.js';
import type { LoketCapacity } from '../packages/elements/src/core/events.js';
import type { Session, SessionState } from '../packages/elements/src/session/types.js';
import { capacityOf, persona } from './mock-api/data.js';
import { API_BASE, storyToken, type BackendMode } from './mock-api/handlers.js';

/**
 * What Storybook's preview and the story tests share: the page around a story and the helpers
 * that put an element into an "open" state. Nothing here imports Storybook at run time, so the
 * test runner can load it as it is.
 */

/** Per-story facts the story test checks besides axe. */
export interface LoketParameters {
  /**
   * What must be visible in the element's shadow root once the story has settled: a selector,
   * or a selector and a text it contains.
   */
  shows?: (string | [selector: string, text: string])[];
  /** The story logs this on purpose (bad configuration); any other console error fails its test. */
  expectedConsoleError?: RegExp;
  /**
   * Reflow (WCAG 1.4.10): no link or button overlaps another or leaves the viewport. For narrow
   * stories without an open popup (a popup covers other controls by design).
   */
  reflow?: boolean;
  /** Give the page enough content to scroll (sticky header). */
  longPage?: boolean;
  /** The story is a whole page with its own <main> (the theme builder): no page around it. */
  ownPage?: boolean;
  /** The runtime of the story's `<loket-scope>`: its session and `loket.configure()` configuration. */
  runtime?: StoryRuntime;
}

/** What a story's `<loket-scope>` gives the elements in it (see `scopeDecorator`). */
export interface StoryRuntime {
  /** The session's state; signed out when absent. */
  session?: Partial<SessionState>;
  /** The persona of the mock backend's fixtures the session's access token is for (p01…p12). */
  persona?: string;
  /** How the backend answers this story (mock-api/handlers.ts). */
  mode?: BackendMode;
  /** A capacity switch never completes (the identity provider does not answer the targeted login). */
  switchHangs?: boolean;
  /** Configuration at the level of `loket.configure()`, e.g. `auth`. */
  config?: LoketConfig;
}

/** `auth` for stories: the session is the story's own, so the identity provider is never asked. */
export const storyAuth = {
  authority: 'https://idp.loket.invalid',
  clientId: 'loket-demo',
  apiBase: API_BASE,
} satisfies LoketConfig['auth'];

/**
 * A persona of the mock backend signed in, acting as itself or as one of its capacities; `mode`
 * says how the backend answers. The capacity and first name come from the fixtures, so what the
 * header says matches what the capacity switcher and the dossier widget get from the backend.
 */
export function signedIn(
  id: string,
  capacity: { type: LoketCapacity['type']; code?: string | null } = { type: 'BUR' },
  extra: Omit<StoryRuntime, 'persona' | 'session'> = {},
): StoryRuntime {
  return {
    persona: id,
    session: {
      status: 'signed-in',
      firstName: persona(id).voornaam,
      capacity: capacityOf(id, capacity.type, capacity.code ?? null),
    },
    config: { auth: storyAuth },
    ...extra,
  };
}

/**
 * The story's session: in memory, in the state the story gives, with an access token that tells the
 * stories' backend (Mock Service Worker) who asks and as whom. Signing in makes the persona signed in
 * as itself; switching changes the capacity, and the token with it, as a real targeted login does.
 */
export function storySession(r: StoryRuntime = {}): Session {
  const id = r.persona;
  const never = new Promise<void>(() => undefined);
  const inner = fixedSession(r.session ?? { status: 'signed-out' }, {
    apiBase: API_BASE,
    onAction: (action, capacity) => {
      if (action === 'switchCapacity') {
        if (r.switchHangs) return never;
        inner.set({ capacity: capacity ?? null });
      } else if (action === 'signIn') {
        inner.set({
          status: 'signed-in',
          error: null,
          firstName: id ? persona(id).voornaam : 'Anna',
          capacity: id ? capacityOf(id, 'BUR') : null,
        });
      } else inner.set({ status: 'signed-out', firstName: null, capacity: null, error: null });
    },
  });
  return {
    get state() {
      return inner.state;
    },
    apiBase: API_BASE,
    subscribe: (listener) => inner.subscribe(listener),
    signIn: () => inner.signIn(),
    signOut: () => inner.signOut(),
    switchCapacity: (capacity) => inner.switchCapacity(capacity),
    getAccessToken: () => {
      const { status, capacity } = inner.state;
      return Promise.resolve(
        status === 'signed-in' && id ? storyToken(id, capacity ?? { type: 'BUR', code: null }, r.mode) : null,
      );
    },
  };
}

const loketParameters = (context: StoryContext) => (context.parameters.loket ?? {}) as LoketParameters;

/** Polls until `check` holds: a play function runs before the lazily loaded validator may have arrived. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Opens a popup of the header the way a user does (a click on its button), then waits until it shows.
 * Used by the play functions and, through them, by the story tests.
 */
export async function openPopup(
  canvas: HTMLElement,
  button: '.help-button' | '.language-button' | '.menu-button' | '.account-button',
): Promise<void> {
  const header = canvas.querySelector('loket-header');
  if (!header) throw new Error('no <loket-header> in the story');
  const find = () => header.shadowRoot?.querySelector<HTMLButtonElement>(button) ?? null;
  await waitFor(() => !!find(), `${button} in <loket-header>`);
  const toggle = find()!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await header.updateComplete;
  await waitFor(() => find()?.getAttribute('aria-expanded') === 'true', `${button} to open its popup`);
}

const paragraph = html`<p>
  Dit is de inhoud van de pagina. De skiplink van de header springt hierheen, zodat wie met het toetsenbord werkt niet eerst door
  het hele menu moet.
</p>`;

function mainContent(long: boolean, content: unknown = nothing): TemplateResult {
  return html`<main
    id="main"
    style="max-width: var(--loket-content-max-width, 75rem); margin: 0 auto; padding: 1.5rem 1rem;
      font-family: var(--loket-font-family, system-ui, sans-serif); color: var(--loket-color-text, #1d1d1b)"
  >
    <h1>Inhoud van de pagina</h1>
    ${paragraph} ${content} ${long ? Array.from({ length: 30 }, () => paragraph) : nothing}
  </main>`;
}

/**
 * Puts the story where it stands on a real page: the header before `<main id="main">` (the skip
 * link's target), the footer after it, any other element in it. Wrapping the header *in* <main> would
 * make its <header> lose the banner role. In docs mode several stories share one page: no landmarks there.
 */
export const pageDecorator: Decorator = (story, context) => {
  if (context.viewMode === 'docs' || loketParameters(context).ownPage) return html`${story()}`;
  const long = !!loketParameters(context).longPage;
  if (context.component === 'loket-header') return html`${story()}${mainContent(long)}`;
  if (context.component === 'loket-footer') return html`${mainContent(long)}${story()}`;
  return mainContent(long, story());
};

/**
 * Each story in a `<loket-scope>` of its own: the session and configuration its parameters give
 * (`loket.runtime`), provided through the runtime as a host page would. A docs page shows several
 * stories at once, each in its own state; nothing is written to the page's stores.
 */
export const scopeDecorator: Decorator = (story, context) => {
  const scope = storyScope(loketParameters(context).runtime);
  render(story(), scope);
  return html`${scope}`;
};

/** A `<loket-scope>` whose runtime has the session and configuration of `r` (see `StoryRuntime`). */
export function storyScope(r: StoryRuntime = {}): LoketScope {
  const scope = document.createElement('loket-scope');
  if (r.config) scope.runtime.configure(r.config as Record<string, unknown>);
  scope.runtime.provideSession(storySession(r));
  return scope;
}

/** Page-wide configuration (a config URL, `loket.configure()`) must not leak from one story into the next. */
export const resetDecorator: Decorator = (story) => {
  pageRuntime().reset();
  return story();
};

/** The toolbar's preset: the class a site would put on <html> or <body>, here on the story root. */
export const presetDecorator: Decorator = (story, context) => {
  const preset = context.globals.preset as PresetName | undefined;
  return preset ? html`<div class="loket-theme-${preset}">${story()}</div>` : story();
};

/**
 * The toolbar's colour scheme: `.loket-scheme-dark`/`.loket-scheme-light` as a site would set it (on
 * <html>, <body> or around the elements), or nothing, so that `prefers-color-scheme` decides. Inside
 * the preset's wrapper, so the preset's own dark variant applies; the page behind takes its colours.
 */
export const schemeDecorator: Decorator = (story, context) => {
  const scheme = context.globals.scheme as 'light' | 'dark' | '' | undefined;
  return html`<div
    class=${scheme ? `loket-scheme-${scheme}` : ''}
    style="background: var(--loket-color-background, #ffffff); color: var(--loket-color-text, #1d1d1b)"
  >
    ${story()}
  </div>`;
};

/** The toolbar's language is the page language, `<html lang>`, which the elements follow. */
export const languageDecorator: Decorator = (story, context) => {
  const lang = context.globals.language as string | undefined;
  if (lang && document.documentElement.lang !== lang) document.documentElement.lang = lang;
  return story();
};

/** Storybook's preview applies these; so do the story tests. Innermost first, as Storybook composes them. */
export const globalDecorators: Decorator[] = [
  scopeDecorator,
  pageDecorator,
  schemeDecorator,
  presetDecorator,
  languageDecorator,
  resetDecorator,
];

/** The viewport toolbar's sizes; the story tests resize the browser to the same ones. */
export const VIEWPORTS = {
  reflow320: { name: 'Reflow 320 px (WCAG 1.4.10)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone360: { name: 'Phone 360 px', styles: { width: '360px', height: '740px' }, type: 'mobile' },
  tablet: { name: 'Tablet 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Stories shown inside a narrow box: how the element behaves in a 360 px column or phone. */
export const narrowBox =
  (width = 360): Decorator =>
  (story) =>
    html`<div style="max-width: ${width}px; outline: 1px dashed #6f7a85">${story()}</div>`;

/** argTypes rows the header and footer share: the element's language and the story's config and links. */
export const configArgTypes = {
  lang: {
    control: 'select',
    options: [undefined, 'nl', 'fr', 'en', 'de'],
    description: "The element's own `lang` attribute; without it the element follows `<html lang>` (the Language toolbar).",
  },
  inlineConfig: {
    control: 'object',
    description: 'Configuration as a `<script type="application/json">` child (the LoketConfig schema).',
    table: { category: 'story' },
  },
  links: {
    control: 'object',
    description: 'Plain `<a>` children: the markup that works before and without JavaScript.',
    table: { category: 'story' },
  },
} satisfies ArgTypes;

/** argTypes rows that document but have no control (e.g. an attribute next to its property's row). */
export function noControls(names: string[]): Record<string, { control: false }> {
  return Object.fromEntries(names.map((name) => [name, { control: false as const }]));
}
