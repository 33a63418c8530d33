/** npm entry: the element classes, their tags defined, and the types of the public contract. */
export { LoketHeaderComponent } from './components/header/header.js';
export { LoketFooterComponent } from './components/footer/footer.js';
export { LoketCapacitySwitcherComponent } from './components/capacity-switcher/capacity-switcher.js';
export { LoketDossiersComponent, type DossierFilter } from './components/dossiers/dossiers.js';
export { LoketAssociationComponent } from './components/association/association.js';
export { LoketServicesComponent, type ServiceAudience } from './components/services/services.js';
export { autoload, type AutoloadMap } from './core/autoload.js';
export { LoketElement } from './core/loket-element.js';
export type {
  LoketEventMap,
  LoketCapacity,
  LoketSessionDetail,
  LoketConfigErrorDetail,
  LoketServiceOpenDetail,
} from './core/events.js';
export { LoketConfigSchema, LANGUAGES, PRESETS } from './config/schema.js';
export type { LoketConfig, LoketLink, Language, PresetName } from './config/schema.js';
export { validateConfig } from './config/validate.js';
export { applyTheme, token } from './theme/theme.js';
export { presets } from './theme/generated/presets.js';
export { createApi, type LoketApi } from './api.js';
export { LoketScope, fixedSession, type FixedSessionOptions } from './runtime/scope.js';
export type { LoketRuntime } from './runtime/runtime.js';
export type { Session, SessionState, SessionStatus, SessionError, SessionChange } from './session/types.js';
