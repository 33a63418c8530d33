/**
 * `window.loket.session.prefill()` (see ../api.ts): the register basics of the association the
 * user acts for, read with the session's token. A lazy chunk, loaded only when a host asks.
 */
import { fetchAssociationBasics, type AssociationBasics } from '../api/associations.js';
import { getAccessToken } from './index.js';
import { sessionStore } from './store.js';

export async function prefill(): Promise<AssociationBasics | null> {
  const auth = sessionStore.auth;
  if (!auth?.prefill) throw new Error('loket.session.prefill() is off; set auth.prefill: true in the configuration to opt in.');
  const { status, capacity } = sessionStore.state;
  if (status !== 'signed-in' || capacity?.type !== 'VER' || !capacity.code) return null;
  const accessToken = await getAccessToken();
  if (!accessToken) return null;
  const result = await fetchAssociationBasics(auth.apiBase, capacity.code, { accessToken });
  if (!result.ok) throw new Error(`loket.session.prefill(): ${result.error.message}`);
  // The capacity may have changed while the register answered: never prefill another association.
  const now = sessionStore.state.capacity;
  return now?.type === 'VER' && now.code === result.data.vCode ? result.data : null;
}
