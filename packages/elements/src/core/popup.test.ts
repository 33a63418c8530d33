import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { LoketElement } from './loket-element.js';
import { PopupController } from './popup.js';

/** Two popups (one with an event) and a disclosure, each opened by its own button. */
class PopupFixture extends LoketElement {
  readonly popups = new PopupController(this, {
    a: { button: '.a' },
    b: { button: '.b', event: 'loket-help-toggle' },
    menu: { button: '.menu', event: 'loket-menu-toggle', disclosure: true },
  });

  protected override render() {
    return (['a', 'b', 'menu'] as const).map(
      (name) =>
        html`<button
          class=${name}
          aria-expanded=${this.popups.isOpen(name) ? 'true' : 'false'}
          @click=${() => this.popups.toggle(name)}
        >
          ${name}
        </button>`,
    );
  }
}
PopupFixture.define('x-popup-fixture');

async function setup() {
  // Markup, not a Lit template: the fixture tag is not in HTMLElementTagNameMap.
  const el = await fixture<PopupFixture>('<x-popup-fixture></x-popup-fixture>');
  const events: string[] = [];
  for (const type of ['loket-help-toggle', 'loket-menu-toggle'] as const) {
    el.addEventListener(type, (e) => events.push(`${type} ${e.detail.open}`));
  }
  const button = (name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.${name}`)!;
  const open = () => (['a', 'b', 'menu'] as const).filter((n) => el.popups.isOpen(n));
  return { el, events, button, open };
}

describe('PopupController', () => {
  it('keeps one popup open at a time; a disclosure stays open; events only on user action', async () => {
    const { el, events, button, open } = await setup();
    button('menu').click();
    button('b').click();
    expect(open()).to.deep.equal(['b', 'menu']);
    button('a').click();
    await el.updateComplete;
    expect(open()).to.deep.equal(['a', 'menu']);
    expect(button('b').getAttribute('aria-expanded')).to.equal('false');
    el.popups.toggle('b');
    el.popups.close('b');
    expect(open()).to.deep.equal(['menu']);
    expect(events).to.deep.equal([
      'loket-menu-toggle true',
      'loket-help-toggle true',
      'loket-help-toggle false',
      'loket-help-toggle true',
    ]);
  });

  it('Escape closes the open popup, then the disclosure, returning focus to the button each time', async () => {
    const { el, button, open } = await setup();
    button('menu').click();
    button('b').click();
    button('a').focus();
    let escaped = 0;
    document.addEventListener('keydown', () => escaped++, { once: true });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(open()).to.deep.equal(['menu']);
    expect(el.shadowRoot!.activeElement).to.equal(button('b'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(open()).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(button('menu'));
    expect(escaped).to.equal(0); // handled: the host page does not see it
    await sendKeys({ press: 'Escape' });
    expect(escaped).to.equal(1); // nothing open: the host page does
  });

  it('a click outside the element closes the popup, not the disclosure; a click inside does not', async () => {
    const { el, events, button, open } = await setup();
    button('menu').click();
    button('b').click();
    el.shadowRoot!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(open()).to.deep.equal(['b', 'menu']);
    document.body.click();
    await el.updateComplete;
    expect(open()).to.deep.equal(['menu']);
    expect(events.at(-1)).to.equal('loket-help-toggle false');
  });
});
