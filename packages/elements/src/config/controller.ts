import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { log } from '../core/log.js';
import type { LoketElement } from '../core/loket-element.js';
import type { LoketConfig } from './schema.js';
import { configStore } from './store.js';
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
 * Resolves an element's configuration from its sources, in increasing precedence:
 * attributes and light-DOM links < remote JSON (`config` URL) < inline
 * `<script type="application/json">` < `window.loket.configure()`.
 * Invalid fields are reported once on the console and fall back to their defaults.
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
  private lastReport = '';

  constructor(
    private readonly host: Configurable,
    /**
     * Whether the host fires `loket-config-error`. The header and footer do; the switcher and
     * the dossier widget leave configuration problems to the console (the header reports them).
     */
    private readonly options: { errorEvent: boolean } = { errorEvent: true },
  ) {
    host.addController(this);
    this.ready = new Promise<void>((resolve) => {
      this.settle = resolve;
      setTimeout(resolve, 3000);
    });
  }

  hostConnected(): void {
    if (this.host.config) configStore.setPageUrl(this.host.config);
    this.unsubscribe = configStore.subscribe(() => this.checkReady());
    this.checkReady();
  }

  private checkReady(): void {
    const url = this.host.config ?? configStore.pageUrl;
    if (!url || configStore.load(url).status !== 'loading') this.settle();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  hostUpdate(): void {
    this.resolve();
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
    const url = this.host.config ?? configStore.pageUrl;
    const state = url ? configStore.load(url) : undefined;
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
    const sources: [string, unknown][] = [
      ['attributes', this.host.localConfig()],
      [`configuration at ${url ?? ''}`, remote],
      ['inline configuration', inline.data],
      ['loket.configure()', configStore.api],
    ];
    const cleaned = sources.map(([source, data]) => {
      const result = validateConfig(data);
      issues.push(...result.issues.map((i) => ({ ...i, source })));
      return result.config;
    });
    const merged = validateConfig(mergeConfig(...cleaned));
    this.value = merged.config;
    this.issues = [...issues, ...merged.issues];
    this.report();
  }

  private report(): void {
    const key = JSON.stringify(this.issues);
    if (key === this.lastReport) return;
    this.lastReport = key;
    const tag = this.host.localName;
    const invalid = this.issues.filter((i) => i.kind === 'invalid');
    const unknown = this.issues.filter((i) => i.kind === 'unknown');
    const line = (i: ConfigIssue) => `  - ${i.source ? `${i.source} › ` : ''}${i.field || '(configuration)'}: ${i.message}`;
    if (invalid.length) {
      log.error(`<${tag}>: invalid configuration, defaults used instead:\n${invalid.map(line).join('\n')}`);
    }
    if (unknown.length) log.warn(`<${tag}>: unknown configuration keys ignored:\n${unknown.map(line).join('\n')}`);
    const errors = invalid.map(({ field, message }) => ({ field, message }));
    if (this.options.errorEvent && errors.length) this.host.emit('loket-config-error', { errors });
  }
}
