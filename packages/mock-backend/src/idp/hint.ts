/**
 * ACM's targeted login ("gericht aanmelden"): login_hint is base64 of JSON
 * {"cap_hint":"VER","code_hint":"V0001234"}, or {"switch_id":true} to choose again.
 */
import { CAPACITIES, type Capacity } from '../../../elements/src/api/contract.ts';

export type LoginHint = { kind: 'capacity'; cap: Capacity; code: string | null } | { kind: 'switch' };

export function parseLoginHint(raw: string | undefined): LoginHint | undefined {
  if (!raw || raw.length > 1000) return undefined;
  let json: unknown;
  try {
    // Accept standard and URL-safe base64, with or without padding.
    json = JSON.parse(Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const o = json as Record<string, unknown>;
  if (o['switch_id'] === true) return { kind: 'switch' };
  const cap = o['cap_hint'];
  if (!CAPACITIES.includes(cap as Capacity)) return undefined;
  const capacity = cap as Capacity;
  const code = typeof o['code_hint'] === 'string' ? o['code_hint'] : null;
  if (capacity !== 'BUR' && !code) return undefined;
  return { kind: 'capacity', cap: capacity, code: capacity === 'BUR' ? null : code };
}

export function encodeLoginHint(hint: { cap_hint: string; code_hint?: string } | { switch_id: true }): string {
  return Buffer.from(JSON.stringify(hint)).toString('base64');
}
