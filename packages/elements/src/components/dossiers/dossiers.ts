import { LoketDossiersComponent } from './dossiers.component.js';

export { LoketDossiersComponent };
export type { DossierFilter } from './dossiers.component.js';
LoketDossiersComponent.define('loket-dossiers');

declare global {
  interface HTMLElementTagNameMap {
    'loket-dossiers': LoketDossiersComponent;
  }
}
