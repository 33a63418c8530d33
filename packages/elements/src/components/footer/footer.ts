import { LoketFooterComponent } from './footer.component.js';

export { LoketFooterComponent };
LoketFooterComponent.define('loket-footer');

declare global {
  interface HTMLElementTagNameMap {
    'loket-footer': LoketFooterComponent;
  }
}
