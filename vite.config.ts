import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';

/** Where a template's expressions are while its text is minified: a marker none of its parts contains. */
function placeholderFor(parts: readonly { text: string }[]): string {
  let placeholder = '@TEMPLATE_EXPRESSION';
  while (parts.some((part) => part.text.includes(placeholder))) placeholder += '_';
  return placeholder;
}

/** Collapses whitespace in html`` (across lines) and css`` (also comments) literals; nothing else. */
const whitespaceOnly = {
  getPlaceholder: placeholderFor,
  combineHTMLStrings: (parts: readonly { text: string }[], placeholder: string) =>
    parts.map((part) => part.text).join(placeholder),
  minifyHTML: async (html: string) => html.replace(/\s*\n\s*/g, ' '),
  minifyCSS: async (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1'),
  splitHTMLByPlaceholder: (html: string, placeholder: string) => html.split(placeholder),
};

const { version } = JSON.parse(readFileSync(new URL('./packages/elements/package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The CDN build: `loket.js`, one ES module that defines every element (and `loket-compat-client.js`,
 * the v5 API that vite.compat.config.ts's classic `loket-compat.js` loads). Lit is bundled in
 * (a script-tag user has no bundler); lazily loaded parts become hashed chunks next to it.
 * The npm build (tsc) keeps Lit external so that apps that bundle never get two copies.
 */
export default defineConfig({
  plugins: [
    {
      // valibot is one module, and a module lives in one chunk: everything any lazy chunk uses of it
      // would land in loket.js next to the configuration schema (≈ 6 KB raw the first render never
      // runs). The API answer schemas (src/api/, loaded with the elements that fetch) get an
      // instance of their own, which their chunks share; loket.js keeps only what the
      // configuration uses. Nothing in loket sets valibot's global config, so two instances agree.
      name: 'loket-valibot-for-api',
      apply: 'build',
      enforce: 'pre',
      async resolveId(source, importer) {
        if (source !== 'valibot' || !importer || !/packages\/elements\/src\/api\//.test(importer)) return null;
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved ? { ...resolved, id: `${resolved.id}?api` } : null;
      },
    },
    {
      // Lit's css`` and html`` literals are strings to a JS minifier: minify their CSS and markup too.
      name: 'loket-minify-literals',
      apply: 'build',
      async transform(code, id) {
        if (!/packages\/elements\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
        // Conservative: whitespace and comments only, our own strategy (minify-literals 1.x, the line
        // that supports Node 20, finds the literals and puts the parts back): a full HTML/CSS
        // minifier reorders declarations around the ${token()} placeholders.
        const result = await minifyHTMLLiterals(code, { fileName: id, strategy: whitespaceOnly });
        // The v3 source map as JSON (its shape differs from rolldown's type only in nullability).
        return result ? { code: result.code, map: result.map?.toString() } : null;
      },
    },
  ],
  define: { __LOKET_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    outDir: 'packages/elements/dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        loket: 'packages/elements/src/embed.ts',
        // The Flemish v5 API on loket, imported by the classic loket-compat.js (vite.compat.config.ts):
        // an entry of this build so that it shares loket.js's modules instead of carrying a copy.
        'loket-compat-client': 'packages/elements/src/compat/client.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Lazy chunks may import Lit and the stores from loket.js itself: without this, everything they
      // share with the entry becomes a separate chunk that every page downloads before first render.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite 8 leaves ES library output unminified unless asked.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Everything loket.js imports statically stays in loket.js (one request, compressed as one):
        // with the second entry (loket-compat-client), rolldown 1.2 otherwise moves Lit and every
        // module the two entries share into common chunks that loket.js must fetch before first render.
        codeSplitting: {
          groups: [
            {
              debugName: 'loket.js and its static imports',
              name(id, ctx) {
                const seen = new Set<string>();
                const reachable = (m: string): boolean => {
                  if (m.endsWith('/src/embed.ts')) return true;
                  if (seen.has(m)) return false;
                  seen.add(m);
                  return (ctx.getModuleInfo(m)?.importers ?? []).some(reachable);
                };
                return reachable(id) ? 'loket' : null;
              },
            },
          ],
        },
      },
    },
  },
});
