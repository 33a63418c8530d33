import { LoketAssociationComponent } from './association.component.js';

export { LoketAssociationComponent };
LoketAssociationComponent.define('loket-association');

declare global {
  interface HTMLElementTagNameMap {
    'loket-association': LoketAssociationComponent;
  }
}
