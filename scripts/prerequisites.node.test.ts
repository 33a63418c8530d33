import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- plain ES module (checked with @ts-check), no declarations
import { DEBIAN_PACKAGES, installCommand, missingPackages, plan, requirements } from './prerequisites.mjs';

type Machine = { hasCommand: (c: string) => boolean; fontFamilies: ReadonlySet<string> | null };
const machine = (commands: string[], fonts: string[] | null): Machine => ({
  hasCommand: (c) => commands.includes(c),
  fontFamilies: fonts && new Set(fonts),
});
const ALL_COMMANDS = ['/usr/bin/chromium', '/usr/bin/firefox-esr', 'WebKitWebDriver', 'Xvfb', 'xvfb-run', 'xauth', 'fc-list'];

test('the Debian packages npm test needs, from one list', () => {
  assert.deepEqual(DEBIAN_PACKAGES, [
    'chromium',
    'firefox-esr',
    'webkit2gtk-driver',
    'xvfb',
    'xauth',
    'fontconfig',
    'fonts-dejavu-core',
    'fonts-liberation2',
  ]);
});

test('a machine with everything misses nothing, and nothing is run', () => {
  const missing = missingPackages(requirements({}), machine(ALL_COMMANDS, ['DejaVu Sans', 'Liberation Sans', 'Liberation Mono']));
  assert.deepEqual(missing, []);
  assert.deepEqual(plan(missing, { root: true, hasApt: true }), { action: 'none' });
});

test('a fresh Debian 12 (fontconfig, DejaVu and xauth only) misses the browsers, Xvfb and Liberation', () => {
  const missing = missingPackages(requirements({}), machine(['xauth', 'fc-list'], ['DejaVu Sans', 'DejaVu Serif']));
  assert.deepEqual(missing, ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'fonts-liberation2']);
});

test('xvfb counts as present only with both Xvfb and xvfb-run', () => {
  const commands = ALL_COMMANDS.filter((c) => c !== 'xvfb-run');
  assert.deepEqual(missingPackages(requirements({}), machine(commands, ['DejaVu Sans', 'Liberation Sans'])), ['xvfb']);
});

test('without fontconfig the fonts cannot be seen, so they are installed too', () => {
  const commands = ALL_COMMANDS.filter((c) => c !== 'fc-list');
  assert.deepEqual(missingPackages(requirements({}), machine(commands, null)), [
    'fontconfig',
    'fonts-dejavu-core',
    'fonts-liberation2',
  ]);
});

test('CHROMIUM_PATH and FIREFOX_PATH are where the browsers are looked for', () => {
  const env = { CHROMIUM_PATH: '/opt/chromium/chrome', FIREFOX_PATH: '/opt/firefox/firefox' };
  const commands = [...ALL_COMMANDS.slice(2), '/opt/chromium/chrome'];
  assert.deepEqual(missingPackages(requirements(env), machine(commands, ['DejaVu Sans', 'Liberation Sans'])), ['firefox-esr']);
});

test('not root: fail at once with the exact sudo apt-get line', () => {
  const result = plan(['chromium', 'fonts-liberation2'], { root: false, hasApt: true });
  assert.equal(result.action, 'fail');
  assert.match(
    (result as { message: string }).message,
    /^ {2}sudo apt-get install -y --no-install-recommends chromium fonts-liberation2$/m,
  );
});

test('root without apt-get: fail too; root with apt-get: install exactly the missing packages', () => {
  assert.equal(plan(['xvfb'], { root: true, hasApt: false }).action, 'fail');
  assert.deepEqual(plan(['xvfb', 'xauth'], { root: true, hasApt: true }), { action: 'install', packages: ['xvfb', 'xauth'] });
  assert.equal(installCommand(['xvfb'], { sudo: false }), 'apt-get install -y --no-install-recommends xvfb');
});

test('the README names the same packages as the check', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(installCommand(DEBIAN_PACKAGES)), `README.md should show: ${installCommand(DEBIAN_PACKAGES)}`);
});

test('.ci/run names the same packages as the check (what CI installs is visible where CI is defined)', () => {
  const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
  assert.ok(
    ci.includes(`# Debian packages it installs: ${DEBIAN_PACKAGES.join(' ')}\n`),
    `.ci/run should list: ${DEBIAN_PACKAGES.join(' ')}`,
  );
});
