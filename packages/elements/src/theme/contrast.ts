import { clampChroma, formatHex, oklch, parse, wcagContrast } from 'culori';

/**
 * Every foreground/background pair the elements actually draw, and the WCAG 2.1 minimum it
 * must meet: 4.5:1 for text (1.4.3), 3:1 for UI components and focus indicators (1.4.11).
 * Used by the preset test, the theme builder and the compatibility entry's `branding.setColors()`
 * (a lazy chunk); not part of loket.js.
 */
export interface ContrastPair {
  fg: string;
  bg: string;
  kind: 'text' | 'ui';
  where: string;
}

const ALERTS = ['info', 'success', 'warning', 'error'] as const;

export const PAIRS: ContrastPair[] = [
  { fg: '--loket-color-brand-contrast', bg: '--loket-color-brand', kind: 'text', where: 'header bar text and buttons' },
  { fg: '--loket-color-link', bg: '--loket-color-background', kind: 'text', where: 'navigation and panel links' },
  { fg: '--loket-color-text', bg: '--loket-color-background', kind: 'text', where: 'help panel text' },
  { fg: '--loket-color-link', bg: '--loket-color-surface', kind: 'text', where: 'footer links' },
  { fg: '--loket-color-text', bg: '--loket-color-surface', kind: 'text', where: 'footer text' },
  { fg: '--loket-color-text-subtle', bg: '--loket-color-surface', kind: 'text', where: 'footer official line' },
  { fg: '--loket-color-text-subtle', bg: '--loket-color-background', kind: 'text', where: 'secondary text' },
  { fg: '--loket-color-border', bg: '--loket-color-background', kind: 'ui', where: 'control borders' },
  { fg: '--loket-color-border', bg: '--loket-color-surface', kind: 'ui', where: 'control borders on surfaces' },
  ...ALERTS.flatMap((a): ContrastPair[] => [
    { fg: '--loket-color-text', bg: `--loket-color-${a}`, kind: 'text', where: `${a} alert text` },
    { fg: '--loket-color-link', bg: `--loket-color-${a}`, kind: 'text', where: `${a} alert link` },
    { fg: `--loket-color-${a}-accent`, bg: `--loket-color-${a}`, kind: 'ui', where: `${a} alert accent` },
  ]),
];

/** The focus ring is double (colour + halo): on each surface at least one ring must stand out. */
export const FOCUS_SURFACES = ['--loket-color-brand', '--loket-color-background', '--loket-color-surface'];

export interface ContrastResult {
  fg: string;
  bg: string;
  where: string;
  ratio: number;
  required: number;
  pass: boolean;
}

/** Unrounded: a pair at 4.496:1 fails 4.5:1 (as axe says), even though it shows as 4.5:1. */
function exactContrast(fg: string, bg: string): number {
  const a = parse(fg);
  const b = parse(bg);
  return a && b ? wcagContrast(a, b) : 0;
}

/** The ratio to show, to two decimals (round down, so a shown ratio never passes a failing pair). */
export function contrast(fg: string, bg: string): number {
  return Math.floor(exactContrast(fg, bg) * 100) / 100;
}

/** Checks a complete token set (a preset, or a preset plus a designer's overrides). */
export function checkTheme(tokens: Record<string, string>): ContrastResult[] {
  const results: ContrastResult[] = PAIRS.map((p) => {
    const exact = exactContrast(tokens[p.fg] ?? '', tokens[p.bg] ?? '');
    const required = p.kind === 'text' ? 4.5 : 3;
    return { fg: p.fg, bg: p.bg, where: p.where, ratio: Math.floor(exact * 100) / 100, required, pass: exact >= required };
  });
  for (const surface of FOCUS_SURFACES) {
    const ring = exactContrast(tokens['--loket-focus-color'] ?? '', tokens[surface] ?? '');
    const halo = exactContrast(tokens['--loket-focus-halo-color'] ?? '', tokens[surface] ?? '');
    const exact = Math.max(ring, halo);
    const ratio = Math.floor(exact * 100) / 100;
    results.push({
      fg: ring >= halo ? '--loket-focus-color' : '--loket-focus-halo-color',
      bg: surface,
      where: 'focus indicator',
      ratio,
      required: 3,
      pass: exact >= 3,
    });
  }
  return results;
}

/**
 * The nearest shade of `tokens[name]` (same hue and chroma, lightness walked in OKLCH in steps of
 * 0.5 %, both ways) with which every pair that uses `name` passes; failing that, the nearest with which
 * `result`'s pair passes. Null when no lightness works.
 */
export function nearestPassing(tokens: Record<string, string>, name: string, result: ContrastResult): string | null {
  const start = oklch(parse(tokens[name] ?? ''));
  if (!start) return null;
  const pairs = checkTheme(tokens).filter((r) => r.fg === name || r.bg === name || r === result);
  const candidate = (l: number) => formatHex(clampChroma({ ...start, l }, 'oklch'));
  const passes = (colour: string, all: boolean) => {
    const next = { ...tokens, [name]: colour };
    const ids = new Set((all ? pairs : [result]).map((r) => `${r.where}|${r.bg}`));
    return checkTheme(next)
      .filter((r) => ids.has(`${r.where}|${r.bg}`))
      .every((r) => r.pass);
  };
  for (const all of [true, false]) {
    for (let step = 1; step <= 200; step++) {
      for (const dir of [-1, 1]) {
        const l = start.l + dir * step * 0.005;
        if (l < 0 || l > 1) continue;
        const colour = candidate(l);
        if (passes(colour, all)) return colour;
      }
    }
  }
  return null;
}
