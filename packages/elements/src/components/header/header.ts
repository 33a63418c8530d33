import { LoketHeaderComponent } from './header.component.js';

export { LoketHeaderComponent };
LoketHeaderComponent.define('loket-header');

declare global {
  interface HTMLElementTagNameMap {
    'loket-header': LoketHeaderComponent;
  }
}
