import type { ReactiveController } from 'lit';
import type { LoketEventMap } from './events.js';
import type { LoketElement } from './loket-element.js';

/** The events whose detail is just `{ open }`, which a popup fires when the user toggles it. */
type ToggleEvent = {
  [K in keyof LoketEventMap]: LoketEventMap[K] extends CustomEvent<infer D> ? ({ open: boolean } extends D ? K : never) : never;
}[keyof LoketEventMap];

export interface PopupOptions {
  /** Selector, in the host's shadow root, of the button that opens it: Escape gives it the focus back. */
  button: string;
  /** Fired with `{ open }` whenever the user opens or closes it (never when the element closes it). */
  event?: ToggleEvent;
  /**
   * A disclosure (the mobile menu) rather than a popup: it stays open when a popup opens and on a
   * click elsewhere, and Escape closes it only when no popup is open.
   */
  disclosure?: boolean;
  /** Called when it closes, to reset state that lives inside it. */
  onClose?: () => void;
}

/**
 * Which of an element's popups (menus, panels) are open: one popup at a time; Escape closes the
 * open one (and returns focus to its button when focus was in the element); a click outside the
 * element closes it.
 */
export class PopupController<Name extends string> implements ReactiveController {
  private readonly open = new Set<Name>();

  constructor(
    private readonly host: LoketElement,
    private readonly popups: Record<Name, PopupOptions>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    document.addEventListener('keydown', this.onDocumentKeydown);
    document.addEventListener('click', this.onDocumentClick);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    document.removeEventListener('keydown', this.onDocumentKeydown);
    document.removeEventListener('click', this.onDocumentClick);
  }

  isOpen(name: Name): boolean {
    return this.open.has(name);
  }

  /**
   * The user opens or closes `name`; opening a popup closes the one that was open. `byUser: false`:
   * the page's script asked (no toggle event, which is for what the user did).
   */
  toggle(name: Name, open = !this.isOpen(name), { byUser = true } = {}): void {
    if (open && !this.popups[name].disclosure) {
      for (const other of [...this.open]) if (other !== name && !this.popups[other].disclosure) this.set(other, false, byUser);
    }
    this.set(name, open, byUser);
  }

  /** Closes `name` without an event: the element's doing, not the user's (e.g. signed out). */
  close(name: Name, { returnFocus = false } = {}): void {
    this.set(name, false, false);
    if (returnFocus) this.focusButton(name);
  }

  private set(name: Name, open: boolean, byUser: boolean): void {
    if (open === this.isOpen(name)) return;
    const { event, onClose } = this.popups[name];
    if (open) this.open.add(name);
    else {
      this.open.delete(name);
      onClose?.();
    }
    this.host.requestUpdate();
    if (byUser && event) this.host.emit(event, { open });
  }

  private focusButton(name: Name): void {
    const selector = this.popups[name].button;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const open = [...this.open];
    const name = open.find((n) => !this.popups[n].disclosure) ?? open[0];
    if (name === undefined) return;
    this.toggle(name, false);
    this.focusButton(name);
    // Handled: a dialog of the host page around the element must not close as well.
    event.stopPropagation();
  };

  /**
   * Escape with the focus on the page, outside the element: a popup the page's own script opened
   * (the Flemish widget's `contact.open()` from the page's contact button) closes too, as a
   * popover does, and the focus stays where it is. The mobile menu, part of the page's flow, stays.
   */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.composedPath().includes(this.host)) return;
    for (const name of [...this.open]) if (!this.popups[name].disclosure) this.toggle(name, false);
  };

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (event.composedPath().includes(this.host)) return;
    for (const name of [...this.open]) if (!this.popups[name].disclosure) this.toggle(name, false);
  };
}
