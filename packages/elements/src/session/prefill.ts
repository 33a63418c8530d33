/**
 * `window.loket.session.prefill()` (see ../api.ts): the register basics of the association the
 * user acts for, read with the session's token. A lazy chunk, loaded only when a host asks.
 */
import { fetchAssociationBasics, type AssociationBasics } from '../api/associations.js';
import { pageRuntime } from '../runtime/page.js';

export async function prefill(): Promise<AssociationBasics | null> {
  const runtime = pageRuntime();
  const apiBase = runtime.apiBase;
  if (!runtime.auth?.prefill || !apiBase)
    throw new Error('loket.session.prefill() is off; set auth.prefill: true in the configuration to opt in.');
  const { status, capacity } = runtime.session.state;
  if (status !== 'signed-in' || capacity?.type !== 'VER' || !capacity.code) return null;
  const accessToken = await runtime.session.getAccessToken();
  if (!accessToken) return null;
  const result = await fetchAssociationBasics(apiBase, capacity.code, { accessToken });
  if (!result.ok) throw new Error(`loket.session.prefill(): ${result.error.message}`);
  // The capacity may have changed while the register answered: never prefill another association.
  const now = runtime.session.state.capacity;
  return now?.type === 'VER' && now.code === result.data.vCode ? result.data : null;
}
