/** Writes dist/cdn/loket.css (base + theme classes) and dist/cdn/themes/<preset>.css. */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(pkg, 'src', 'theme', 'generated');
const out = join(pkg, 'dist', 'cdn');
mkdirSync(join(out, 'themes'), { recursive: true });
const css = readFileSync(join(pkg, 'src', 'loket.base.css'), 'utf8') + '\n' + readFileSync(join(generated, 'themes.css'), 'utf8');
writeFileSync(join(out, 'loket.css'), css);
for (const file of readdirSync(generated).filter((f) => f.endsWith('.css') && f !== 'themes.css')) {
  copyFileSync(join(generated, file), join(out, 'themes', file));
}
console.log(`css: loket.css ${css.length} bytes, themes/*.css`);
