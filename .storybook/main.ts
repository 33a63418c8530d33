import type { StorybookConfig } from '@storybook/web-components-vite';
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NODE_SHIMS, isMockBackendModule } from '../stories/mock-api/node-shims.mjs';

const { version } = JSON.parse(readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The preview needs two generated files; a fresh clone has neither (both are git-ignored build output).
const root = new URL('../', import.meta.url);
const generated = [
  ['packages/elements/src/theme/generated/themes.css', 'npm run tokens'],
  ['packages/elements/dist/npm/custom-elements.json', 'npm run manifest -w @loket/elements'],
] as const;
for (const [file, command] of generated) {
  if (existsSync(new URL(file, root))) continue;
  console.info(`storybook: ${file} is missing; running \`${command}\``);
  execSync(command, { cwd: root, stdio: 'inherit' });
}

// Mock Service Worker's script, served from the root of the preview: copied from the installed msw
// on every start and build (git-ignored), so it always matches the msw version the stories run.
const workerDir = new URL('../node_modules/.cache/loket-storybook-msw/', import.meta.url);
mkdirSync(workerDir, { recursive: true });
copyFileSync(
  new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
  new URL('mockServiceWorker.js', workerDir),
);

/** The mock backend's data modules run in the preview (stories/mock-api): browser stand-ins for their two Node built-ins. */
const nodeShims: Plugin = {
  name: 'loket-node-shims',
  enforce: 'pre',
  resolveId: (id, importer) => (id in NODE_SHIMS && isMockBackendModule(importer) ? `\0loket-shim:${id}` : null),
  load: (id) => (id.startsWith('\0loket-shim:') ? NODE_SHIMS[id.slice('\0loket-shim:'.length)]!() : null),
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The example logo and remote configuration, at the same relative path as in the test runner.
  staticDirs: [
    { from: '../packages/elements/test/fixtures', to: '/packages/elements/test/fixtures' },
    { from: '../node_modules/.cache/loket-storybook-msw', to: '/' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook 10's "Get started" checklist (sidebar widget and the "Guide" page in the menu) teaches
  // Storybook itself; our designers come to theme loket, so both are off.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [nodeShims, ...(vite.plugins ?? [])],
    define: { ...vite.define, __LOKET_VERSION__: JSON.stringify(version) },
    optimizeDeps: {
      ...vite.optimizeDeps,
      // Storybook's renderer imports lit/directive-helpers.js, which the dev server would otherwise serve
      // unbundled next to the pre-bundled lit: two copies of lit-html ("Multiple versions of Lit loaded").
      // msw and the shims' hash library are found only once a story runs: listed, so the dev server does not reload then.
      include: [
        ...(vite.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'msw',
        'msw/browser',
        '@noble/hashes/hmac',
        '@noble/hashes/sha2',
      ],
    },
  }),
};

export default config;
