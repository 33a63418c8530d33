import { LoketServicesComponent } from './services.component.js';

export { LoketServicesComponent };
export type { ServiceAudience } from './services.component.js';
LoketServicesComponent.define('loket-services');

declare global {
  interface HTMLElementTagNameMap {
    'loket-services': LoketServicesComponent;
  }
}
