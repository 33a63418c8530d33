import { unsafeCSS, type CSSResult } from 'lit';
import type { LoketConfig } from '../config/schema.js';
import { defaults, type TokenName } from './generated/defaults.js';

export type { TokenName };

/**
 * `var(--loket-color-brand, #263746)`: a global token with the default preset's value as
 * fallback, so the elements look right with no theme stylesheet at all. The value comes from
 * the token files (trusted build input), never from configuration.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${defaults[name]})`);
}

/**
 * Applies a configuration's `theme` to a host. A preset is a class (`loket-theme-voorbeeld`)
 * whose tokens come from loket.css — so presets cost the JavaScript bundle nothing and apply
 * with the stylesheet in <head>, before any script runs. Individual tokens are set through
 * CSSOM (`style.setProperty`), which a strict `style-src` CSP allows, unlike a `style` attribute.
 * Returns what was set, so a later theme can undo it.
 */
export function applyTheme(host: HTMLElement, theme: LoketConfig['theme'], previous: Set<string>): Set<string> {
  const applied = new Set<string>();
  const presetClass = theme?.preset && theme.preset !== 'default' ? `loket-theme-${theme.preset}` : null;
  if (presetClass) applied.add(`.${presetClass}`);
  const tokens = theme?.tokens ?? {};
  for (const name of Object.keys(tokens)) applied.add(name);
  for (const item of previous) {
    if (applied.has(item)) continue;
    if (item.startsWith('.')) host.classList.remove(item.slice(1));
    else host.style.removeProperty(item);
  }
  if (presetClass) host.classList.add(presetClass);
  for (const [name, value] of Object.entries(tokens)) host.style.setProperty(name, value);
  return applied;
}
