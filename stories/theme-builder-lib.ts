import { formatHex, parse } from 'culori';
import * as v from 'valibot';
import { LoketConfigSchema, type LoketConfig, type PresetName } from '../packages/elements/src/config/schema.js';
import { checkTheme, contrast, nearestPassing, type ContrastResult } from '../packages/elements/src/theme/contrast.js';
import { presets } from '../packages/elements/src/theme/generated/presets.js';

/**
 * The theme builder's logic, without UI: the tokens a theme resolves to, the nearest passing shade
 * of a failing colour, the three exports and the import of foreign token files.
 */

export type Tokens = Record<string, string>;

/** The preset's tokens with the designer's overrides on top: what the elements will draw with. */
export function resolve(preset: PresetName, overrides: Tokens): Tokens {
  return { ...(presets[preset] as Tokens), ...overrides };
}

/** Colours the designer chooses in the builder: a fix changes these before the preset's own tokens. */
export const EDITABLE = ['--loket-color-brand', '--loket-color-brand-contrast', '--loket-color-link'];

/**
 * Which token of a failing pair a fix changes: the one the designer just edited, else the one the
 * designer chose in the builder, else the foreground.
 */
export function tokenToFix(result: ContrastResult, lastEdited?: string): string {
  if (lastEdited === result.fg || lastEdited === result.bg) return lastEdited;
  return EDITABLE.includes(result.bg) && !EDITABLE.includes(result.fg) ? result.bg : result.fg;
}

/** The failing pairs of a theme, each with the token a fix changes and the shade it would get. */
export function report(
  tokens: Tokens,
  lastEdited?: string,
): (ContrastResult & { fix: { token: string; value: string } | null })[] {
  return checkTheme(tokens).map((r) => {
    if (r.pass) return { ...r, fix: null };
    const token = tokenToFix(r, lastEdited);
    const value = nearestPassing(tokens, token, r);
    return { ...r, fix: value ? { token, value } : null };
  });
}

export { contrast, nearestPassing };

/**
 * CSS to paste after loket.css. The selectors outrank loket.css's dark-scheme rules on the page root,
 * so the designer's theme is what shows in both colour schemes.
 */
export function toCss(tokens: Tokens): string {
  const body = Object.entries(tokens)
    .map(([k, val]) => `  ${k}: ${val};`)
    .join('\n');
  return `/* loket theme from the theme builder: load after loket.css. */\n:root,\n:root:not(.loket-scheme-light),\n.loket-scheme-light,\n.loket-scheme-dark {\n${body}\n}\n`;
}

const GROUPS = ['color', 'focus', 'font', 'space'];

/** `--loket-color-brand-contrast` → ['loket', 'color', 'brand-contrast'], the layout of the token files. */
function pathOf(name: string): string[] {
  const rest = name.replace(/^--loket-/, '');
  const [group, ...key] = rest.split('-');
  return GROUPS.includes(group!) && key.length ? ['loket', group!, key.join('-')] : ['loket', rest];
}

function dtcgToken(name: string, value: string): Record<string, unknown> {
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return { $type: 'color', $value: value };
  if (name.startsWith('--loket-font-'))
    return { $type: 'fontFamily', $value: value.split(',').map((f) => f.trim().replace(/^'|'$/g, '')) };
  const m = /^(-?[\d.]+)(px|rem|em)?$/.exec(value);
  if (m) return { $type: 'dimension', $value: { value: Number(m[1]), unit: m[2] ?? 'px' } };
  return { $value: value };
}

/** A DTCG token file (the format of src/theme/tokens), ready to become a preset. */
export function toDtcg(tokens: Tokens, description: string): string {
  const root: Record<string, unknown> = { $description: description };
  for (const [name, value] of Object.entries(tokens)) {
    const path = pathOf(name);
    let node = root;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = dtcgToken(name, value);
  }
  return JSON.stringify(root, null, 2);
}

/** The `theme` part of the widget configuration, checked against the configuration schema. */
export function toConfig(preset: PresetName, overrides: Tokens): { json: string; valid: boolean; issues: string[] } {
  const theme: NonNullable<LoketConfig['theme']> = { preset, tokens: overrides };
  const result = v.safeParse(LoketConfigSchema, { theme });
  return {
    json: JSON.stringify({ theme }, null, 2),
    valid: result.success,
    issues: result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`),
  };
}

/** Names of other design systems' tokens (NL Design System, Style Dictionary, …) and the loket token they mean. */
const FOREIGN: [RegExp, string][] = [
  [/(primary|brand)[-.]?(inverse|contrast|on|foreground|text)|on[-.]?(primary|brand)/, '--loket-color-brand-contrast'],
  [/(primary|brand)([-.](color|background|bg|background-color))?$/, '--loket-color-brand'],
  [/link([-.](color|default))?$/, '--loket-color-link'],
  [/focus[-.]?(outline[-.]?)?colou?r$/, '--loket-focus-color'],
  [/(document|body|text)[-.]?colou?r$|^colou?r[-.]?text$/, '--loket-color-text'],
  [/(document|page|body)[-.]?background([-.]colou?r)?$/, '--loket-color-background'],
  [/heading[-.]?font[-.]?family$|font[-.]?family[-.]?heading$/, '--loket-font-family-heading'],
  [/font[-.]?family$/, '--loket-font-family'],
  [/(border[-.]?)?radius$/, '--loket-radius'],
];

/** A flat `name → value` view of a token file: DTCG (`$value`), Style Dictionary (`value`) or flat CSS names. */
function flattenAny(node: unknown, path: string[] = [], out: Record<string, unknown> = {}): Record<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    if (path.length) out[path.join('-')] = node;
    return out;
  }
  const obj = node as Record<string, unknown>;
  if ('$value' in obj) out[path.join('-')] = obj.$value;
  else if ('value' in obj && typeof obj.value !== 'object') out[path.join('-')] = obj.value;
  else for (const [k, child] of Object.entries(obj)) if (!k.startsWith('$')) flattenAny(child, [...path, k], out);
  return out;
}

function cssValueOf(token: string, value: unknown): string | null {
  if (token.startsWith('--loket-font-')) {
    if (Array.isArray(value)) return value.map((f) => (/^[\w-]+$/.test(String(f)) ? String(f) : `'${String(f)}'`)).join(', ');
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  }
  if (token === '--loket-radius' || token.startsWith('--loket-space-') || token === '--loket-content-max-width') {
    if (typeof value === 'object' && value && 'value' in value) {
      const d = value as { value: number; unit?: string };
      return `${d.value}${d.unit ?? 'px'}`;
    }
    return typeof value === 'string' && /^[\d.]+(px|rem|em)$/.test(value.trim()) ? value.trim() : null;
  }
  const colour = typeof value === 'string' ? parse(value) : undefined;
  return colour ? formatHex(colour) : null;
}

/**
 * Maps a foreign token file onto loket's tokens: loket's own names directly, other names by what
 * they usually mean. Returns what was mapped and what could not be (with why).
 */
export function importTokens(text: string): { tokens: Tokens; mapped: string[]; skipped: string[] } {
  const data = JSON.parse(text) as unknown;
  const flat = flattenAny(data);
  const known = new Set(Object.keys(presets.default));
  const tokens: Tokens = {};
  const mapped: string[] = [];
  const skipped: string[] = [];
  for (const [rawName, value] of Object.entries(flat)) {
    const name = rawName.replace(/^--/, '').toLowerCase();
    const own = `--${name.startsWith('loket-') ? name : `loket-${name}`}`;
    const target = known.has(own) ? own : FOREIGN.find(([re]) => re.test(name))?.[1];
    if (!target) {
      skipped.push(`${rawName}: no loket token means this`);
      continue;
    }
    if (target in tokens) {
      skipped.push(`${rawName}: ${target} already taken from an earlier token`);
      continue;
    }
    const css = cssValueOf(target, value);
    if (css === null) {
      skipped.push(`${rawName}: "${String(value)}" is not a value for ${target}`);
      continue;
    }
    tokens[target] = css;
    mapped.push(`${rawName} → ${target}`);
  }
  return { tokens, mapped, skipped };
}
