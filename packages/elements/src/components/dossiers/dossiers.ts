import { LoketDossiersComponent } from './dossiers.component.js';

export { LoketDossiersComponent };
LoketDossiersComponent.define('loket-dossiers');

declare global {
  interface HTMLElementTagNameMap {
    'loket-dossiers': LoketDossiersComponent;
  }
}
