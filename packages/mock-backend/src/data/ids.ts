/**
 * Identifier rules of the Flemish building blocks (see shared/domain/codelists.json) and a small
 * deterministic PRNG so that every fixture is the same on every machine and every start.
 */

/** FNV-1a 32-bit hash of a string: a cheap, stable seed for the PRNG. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for fixtures. Returns a function yielding [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

export function intBetween(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/**
 * INSZ (rijksregisternummer): YYMMDD + 3-digit serial + 2-digit check.
 * check = 97 - (first 9 mod 97), or for births from 2000 97 - (('2' + first 9) mod 97).
 */
export function makeInsz(birth: string /* YYYY-MM-DD */, serial: number): string {
  const [y, m, d] = birth.split('-');
  if (!y || !m || !d) throw new Error(`bad birth date ${birth}`);
  const first9 = `${y.slice(2)}${m}${d}${String(serial).padStart(3, '0')}`;
  const base = Number(y) >= 2000 ? Number(`2${first9}`) : Number(first9);
  const check = 97 - (base % 97);
  return `${first9}${String(check).padStart(2, '0')}`;
}

export function isValidInsz(insz: string): boolean {
  if (!/^\d{11}$/.test(insz)) return false;
  const first9 = insz.slice(0, 9);
  const check = Number(insz.slice(9));
  return 97 - (Number(first9) % 97) === check || 97 - (Number(`2${first9}`) % 97) === check;
}

/** KBO/BCE enterprise number: 10 digits, check = 97 - (first 8 mod 97). */
export function makeKbo(first8: number): string {
  const head = String(first8).padStart(8, '0');
  const check = 97 - (Number(head) % 97);
  return `${head}${String(check).padStart(2, '0')}`;
}

export function isValidKbo(kbo: string): boolean {
  if (!/^\d{10}$/.test(kbo)) return false;
  return 97 - (Number(kbo.slice(0, 8)) % 97) === Number(kbo.slice(8));
}

/** vCode: "V" + 7 digits, numeric part >= 1001, no checksum. */
export function makeVCode(n: number): string {
  if (n < 1001 || n > 9_999_999) throw new Error(`vCode number out of range: ${n}`);
  return `V${String(n).padStart(7, '0')}`;
}

export const VCODE_PATTERN = /^V\d{7}$/;

export function isValidVCode(vCode: string): boolean {
  return VCODE_PATTERN.test(vCode) && Number(vCode.slice(1)) >= 1001;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
