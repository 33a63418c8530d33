import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { LoketElement } from '../core/loket-element.js';
import { runtimeContext } from '../runtime/context.js';
import { pageRuntime } from '../runtime/page.js';
import type { LoketRuntime } from '../runtime/runtime.js';
import { applyTheme } from '../theme/theme.js';
import type { LoketConfig } from './schema.js';
import { mergeConfig, validateConfig, type ConfigIssue } from './validate.js';

export interface Configurable extends ReactiveControllerHost, HTMLElement {
  /** URL of a JSON configuration document. */
  config: string | null;
  /** Configuration given by attributes and light-DOM children: the lowest precedence. */
  localConfig(): Record<string, unknown>;
  /** Typed event dispatch (LoketElement's), for `loket-config-error`. */
  emit: LoketElement['emit'];
}

/**
 * An element's configuration, from its runtime (../runtime/runtime.ts, found through
 * `@lit/context`) and its own attributes, in increasing precedence:
 * attributes and light-DOM links < remote JSON (`config` URL) < inline
 * `<script type="application/json">` < `window.loket.configure()`.
 * Resolved again only when one of those changed; invalid fields are reported once per page by the
 * runtime and fall back to their defaults. The configuration's theme is applied to the host, and
 * its `auth` handed to the runtime, which starts the session.
 */
export class ConfigController implements ReactiveController {
  value: LoketConfig = {};
  issues: ConfigIssue[] = [];
  /** True while a remote configuration is still on its way. */
  pending = true;
  /**
   * Settles when the element can render its real configuration (remote configuration
   * answered or failed), or after 3 s. The first render waits for it, so the
   * element renders once with everything instead of twice with things moving in between;
   * until then the page shows the light-DOM fallback in the space loket.css reserves.
   */
  readonly ready: Promise<void>;
  private settle!: () => void;
  private unsubscribe?: () => void;
  private detach?: () => void;
  private readonly consumer: ContextConsumer<typeof runtimeContext, Configurable>;
  private resolvedFor = '';
  private themed = new Set<string>();

  constructor(
    private readonly host: Configurable,
    /**
     * Whether the host fires `loket-config-error`. The header and footer do; the switcher and
     * the dossier widget leave configuration problems to the console (the header reports them).
     */
    private readonly options: { errorEvent: boolean } = { errorEvent: true },
  ) {
    pageRuntime(); // provided from <html> before any element asks for it
    this.consumer = new ContextConsumer(host, {
      context: runtimeContext,
      subscribe: true,
      callback: () => this.connect(),
    });
    host.addController(this);
    this.ready = new Promise<void>((resolve) => {
      this.settle = resolve;
      setTimeout(resolve, 3000);
    }).then(() => this.resolve());
  }

  /** The runtime this element belongs to: the nearest `<loket-scope>`'s, else the page's. */
  get runtime(): LoketRuntime {
    return this.consumer.value ?? pageRuntime();
  }

  /** What the page last said with `loket.setNavigationEnabled()`; `version` counts the calls. */
  get navigation(): { readonly enabled: boolean; readonly version: number } {
    return this.runtime.navigation;
  }

  hostConnected(): void {
    this.connect();
  }

  private connect(): void {
    this.unsubscribe?.();
    this.detach?.();
    if (!this.host.isConnected) return;
    const runtime = this.runtime;
    if (this.host.config) runtime.sources.setPageUrl(this.host.config);
    this.detach = runtime.attach(this.host);
    this.unsubscribe = runtime.subscribe(() => this.checkReady());
    this.resolvedFor = '';
    this.checkReady();
  }

  private url(): string | null {
    return this.host.config ?? this.runtime.sources.pageUrl;
  }

  private checkReady(): void {
    const url = this.url();
    if (!url || this.runtime.sources.load(url).status !== 'loading') this.settle();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.detach?.();
    this.unsubscribe = this.detach = undefined;
  }

  hostUpdate(): void {
    this.resolve();
  }

  hostUpdated(): void {
    this.themed = applyTheme(this.host, this.value.theme, this.themed);
  }

  private inline(): { data: unknown; issues: ConfigIssue[] } {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return { data: undefined, issues: [] };
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      // `null` parses but configures nothing: a webmaster's mistake worth a message, not silence.
      if (data === null)
        return { data: undefined, issues: [{ field: '', message: 'must be a JSON object, not null', kind: 'invalid' }] };
      return { data, issues: [] };
    } catch {
      return { data: undefined, issues: [{ field: '', message: 'inline configuration is not valid JSON', kind: 'invalid' }] };
    }
  }

  private resolve(): void {
    const runtime = this.runtime;
    const url = this.url();
    const local = this.host.localConfig();
    const inlineText = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    const key = JSON.stringify([runtime.sources.version, url, local, inlineText]);
    if (key === this.resolvedFor) return;
    this.resolvedFor = key;
    const state = url ? runtime.sources.load(url) : undefined;
    const issues: ConfigIssue[] = [];
    let remote: unknown;
    this.pending = state?.status === 'loading';
    if (state?.status === 'loaded') remote = state.data;
    else if (state?.status === 'failed') {
      issues.push({ field: '', message: `configuration could not be loaded: ${state.error.message}`, kind: 'invalid' });
    }
    const inline = this.inline();
    issues.push(...inline.issues);
    // Each source is cleaned on its own, so a bad value falls back to what a lower source said.
    // The page-level ones (remote, JS API) are validated once by the runtime for every element.
    const sources: [string, unknown, boolean][] = [
      ['attributes', local, false],
      [`configuration at ${url ?? ''}`, remote, true],
      ['inline configuration', inline.data, false],
      ['loket.configure()', runtime.sources.api, true],
    ];
    const cleaned = sources.map(([source, data, shared]) => {
      const result = shared ? runtime.validated(data) : validateConfig(data);
      issues.push(...result.issues.map((i) => ({ ...i, source })));
      return result.config;
    });
    const merged = validateConfig(mergeConfig(...cleaned));
    this.value = merged.config;
    this.issues = [...issues, ...merged.issues];
    runtime.report(this.host, this.issues, this.options.errorEvent);
    if (this.value.auth && !this.pending) runtime.useAuth(this.value.auth);
  }
}
