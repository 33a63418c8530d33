import { LitElement } from 'lit';
import type { LoketEventMap } from './events.js';
import { languageOf, loadLanguage } from '../i18n/localize.js';

type DetailOf<K extends keyof LoketEventMap> = LoketEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Base class of every loket element: a typed `emit()` and an idempotent `define()`.
 * The class has no side effects; the `*.ts` file next to each component defines the tag.
 */
export class LoketElement extends LitElement {
  /** Defines the tag unless it already is, so a page that includes loket twice does not throw. */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }

  /**
   * What the first render waits for besides the page language's strings (so there is no flash
   * of Dutch): e.g. the element's configuration. Rendering once, complete, keeps the page still.
   */
  protected firstRenderReady(): Promise<unknown> {
    return Promise.resolve();
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await this.firstRenderReady();
    await loadLanguage(languageOf(this));
    super.scheduleUpdate();
  }

  /**
   * Dispatches a bubbling, composed CustomEvent. Returns false when a cancelable event was
   * cancelled by the host.
   */
  emit<K extends keyof LoketEventMap>(name: K, detail: DetailOf<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
