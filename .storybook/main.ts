import type { StorybookConfig } from '@storybook/web-components-vite';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The example logo and remote configuration, at the same relative path as in the test runner.
  staticDirs: [{ from: '../packages/elements/test/fixtures', to: '/packages/elements/test/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook 10's "Get started" checklist (sidebar widget and the "Guide" page in the menu) teaches
  // Storybook itself; our designers come to theme loket, so both are off.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (vite) => ({
    ...vite,
    define: { ...vite.define, __LOKET_VERSION__: JSON.stringify(version) },
    optimizeDeps: {
      ...vite.optimizeDeps,
      // Storybook's renderer imports lit/directive-helpers.js, which the dev server would otherwise serve
      // unbundled next to the pre-bundled lit: two copies of lit-html ("Multiple versions of Lit loaded").
      include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
