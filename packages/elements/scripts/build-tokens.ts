/**
 * Turns the DTCG token files in src/theme/tokens into what the elements and pages use:
 *   src/theme/generated/presets.ts   preset name -> { '--loket-…': value } (tests, theme builder)
 *   src/theme/generated/defaults.ts  the default preset only: the elements' built-in fallbacks
 *   src/theme/generated/themes.css   one class per preset (`.loket-theme-voorbeeld`)
 *   src/theme/generated/<preset>.css  one stylesheet per preset (`:root { … }`)
 * `<preset>.dark.tokens.json` overrides colours for the dark scheme: applied under
 * `@media (prefers-color-scheme: dark)` unless `.loket-scheme-light` opts out, and always under
 * `.loket-scheme-dark` (a light-only site keeps loket light; a dark-only site forces it dark).
 * Colours are parsed and normalised by culori, so a typo in a token file fails the build.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHex, formatHex8, parse } from 'culori';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'theme');
const tokenDir = join(root, 'tokens');
const outDir = join(root, 'generated');

type Token = { $type?: string; $value: unknown };
type Group = { [key: string]: Group | Token | string };

function isToken(node: unknown): node is Token {
  return typeof node === 'object' && node !== null && '$value' in node;
}

function cssValue(name: string, token: Token, inheritedType?: string): string {
  const type = token.$type ?? inheritedType;
  const value = token.$value;
  switch (type) {
    case 'color': {
      const color = typeof value === 'string' ? parse(value) : undefined;
      if (!color) throw new Error(`${name}: "${String(value)}" is not a colour`);
      return (color.alpha ?? 1) < 1 ? formatHex8(color) : formatHex(color);
    }
    case 'dimension': {
      const d = value as { value: number; unit: string };
      if (typeof d?.value !== 'number' || !['px', 'rem', 'em'].includes(d.unit)) throw new Error(`${name}: not a dimension`);
      return `${d.value}${d.value === 0 ? '' : d.unit}`;
    }
    case 'fontFamily': {
      const list = Array.isArray(value) ? value : [value];
      return list.map((f) => (/^[\w-]+$/.test(String(f)) ? String(f) : `'${String(f).replace(/'/g, '')}'`)).join(', ');
    }
    default:
      throw new Error(`${name}: unsupported $type ${String(type)}`);
  }
}

export function flatten(group: Group, prefix: string[] = [], type?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$')) continue;
    const path = [...prefix, key];
    if (isToken(node)) out[`--${path.join('-')}`] = cssValue(path.join('.'), node, type);
    else if (typeof node === 'object') Object.assign(out, flatten(node, path, (node as Token).$type ?? type));
  }
  return out;
}

function read(file: string): Group {
  return JSON.parse(readFileSync(join(tokenDir, file), 'utf8')) as Group;
}

const base = flatten(read('default.tokens.json'));
const baseDark = flatten(read('default.dark.tokens.json'));
const presets: Record<string, Record<string, string>> = {};
const darkPresets: Record<string, Record<string, string>> = {};
const files = readdirSync(tokenDir);
for (const file of files.filter((f) => f.endsWith('.tokens.json') && !f.endsWith('.dark.tokens.json')).sort()) {
  const name = file.replace('.tokens.json', '');
  const own = flatten(read(file));
  for (const key of Object.keys(own)) if (!(key in base)) throw new Error(`${file}: ${key} is not a token of the default preset`);
  presets[name] = { ...base, ...own };
  const darkFile = `${name}.dark.tokens.json`;
  if (!files.includes(darkFile)) throw new Error(`${file} has no dark variant ${darkFile}`);
  const ownDark = flatten(read(darkFile));
  for (const [key, value] of Object.entries({ ...baseDark, ...ownDark }))
    if (!(key in base) || !value.startsWith('#'))
      throw new Error(`${darkFile}: ${key} is not a colour token of the default preset`);
  darkPresets[name] = { ...presets[name], ...baseDark, ...ownDark };
}

/** Only what differs from the light scheme goes into the dark blocks. */
const colours = (tokens: Record<string, string>) =>
  Object.fromEntries(Object.entries(tokens).filter(([, v]) => v.startsWith('#')));

const block = (selector: string, tokens: Record<string, string>, indent = '') =>
  `${indent}${selector} {\n${Object.entries(tokens)
    .map(([k, v]) => `${indent}  ${k}: ${v};`)
    .join('\n')}\n${indent}}\n`;

/** Selectors for a preset class `cls` (or the page root when null) in a scheme, either way round. */
function schemeCss(cls: string | null, light: Record<string, string>, dark: Record<string, string>): string {
  const auto = cls ? `${cls}:not(.loket-scheme-light, .loket-scheme-light *)` : ':root:not(.loket-scheme-light)';
  const forced = (scheme: string) =>
    cls ? [`${cls}.${scheme}`, `${cls} .${scheme}`, `.${scheme} ${cls}`].join(',\n') : `.${scheme}`;
  return (
    `@media (prefers-color-scheme: dark) {\n${block(auto, colours(dark), '  ')}}\n` +
    block(forced('loket-scheme-dark'), colours(dark)) +
    block(forced('loket-scheme-light'), colours(light))
  );
}

mkdirSync(outDir, { recursive: true });
const banner = '/* Generated by scripts/build-tokens.ts from src/theme/tokens — do not edit. */\n';
writeFileSync(
  join(outDir, 'presets.ts'),
  `${banner}export const presets = ${JSON.stringify(presets, null, 2)} as const;\n\n/** The same presets in the dark colour scheme. */\nexport const darkPresets = ${JSON.stringify(darkPresets, null, 2)} as const;\n`,
);
writeFileSync(
  join(outDir, 'defaults.ts'),
  `${banner}export const defaults = ${JSON.stringify(presets.default, null, 2)} as const;\n\nexport type TokenName = keyof typeof defaults;\n`,
);
writeFileSync(
  join(outDir, 'themes.css'),
  banner +
    Object.entries(presets)
      .map(([n, t]) => block(`.loket-theme-${n}`, t))
      .join('\n') +
    '\n/* Dark colour scheme: the page root follows the default preset, each preset class its own. */\n' +
    schemeCss(null, presets.default!, darkPresets.default!) +
    Object.keys(presets)
      .map((n) => schemeCss(`.loket-theme-${n}`, presets[n]!, darkPresets[n]!))
      .join(''),
);
for (const [name, tokens] of Object.entries(presets))
  writeFileSync(join(outDir, `${name}.css`), banner + block(':root', tokens) + schemeCss(null, tokens, darkPresets[name]!));
console.log(`tokens: ${Object.keys(presets).length} presets, ${Object.keys(base).length} tokens each -> ${outDir}`);
