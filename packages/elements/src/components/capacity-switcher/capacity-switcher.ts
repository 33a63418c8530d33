import { LoketCapacitySwitcherComponent } from './capacity-switcher.component.js';

export { LoketCapacitySwitcherComponent };
LoketCapacitySwitcherComponent.define('loket-capacity-switcher');

declare global {
  interface HTMLElementTagNameMap {
    'loket-capacity-switcher': LoketCapacitySwitcherComponent;
  }
}
