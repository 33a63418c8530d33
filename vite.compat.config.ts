import { defineConfig } from 'vite';

/**
 * `loket-compat.js`: the Flemish Global Header/Footer v5 stand-in. v5 pages load their entry script
 * as a classic `<script src>` in <head> and call `window.globalHeaderClient` in the next inline
 * script, so this must be a classic script (IIFE) that defines both clients synchronously; it then
 * imports loket.js and loket-compat-client.js (vite.config.ts) as modules from its own folder.
 * Runs after the main build, into the same folder.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'packages/elements/dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'packages/elements/src/compat/loket-compat.ts',
      formats: ['iife'],
      name: 'loketCompat',
      fileName: () => 'loket-compat.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
