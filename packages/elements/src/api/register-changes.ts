/**
 * Changes the association register accepted from this page, for whatever shows data the register
 * feeds: the catalogue ranks an association's products by its main activities. `changeAssociation`
 * announces each one once the register answered it; readers subscribe through their controllers,
 * so no element needs to know which others are on the page. Never values: the association and the
 * names of what changed.
 */
export interface RegisterChanged {
  vCode: string;
  /** The fields of the basics that changed (`hoofdactiviteitenVerenigingsloket`, …), or the item section. */
  fields: readonly string[];
}

type Listener = (change: RegisterChanged) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every change the register accepted; returns the function that stops it. */
export function onRegisterChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registerChanged(change: RegisterChanged): void {
  listeners.forEach((l) => l(change));
}
