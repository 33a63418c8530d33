// @ts-check
/**
 * The system packages `npm test` needs, checked before anything else runs (the root `pretest`
 * script), so that a fresh machine learns in a second — not after minutes of type-checks and
 * builds — that a browser, the virtual display or a font is missing.
 *
 * Everything comes from Debian; nothing downloads a browser. When something is missing:
 * - as root with apt-get: `apt-get update` + `apt-get install` of exactly the missing packages
 *   (how CI, a fresh Debian 12 as root, gets them);
 * - otherwise: exit 1 at once with the `sudo apt-get install …` line to run.
 *
 * When everything is there it spawns one `fc-list` and nothing else (well under a second).
 *
 *   node scripts/prerequisites.mjs          check (and install as root)
 *   node scripts/prerequisites.mjs --list   print the Debian package names, one a line
 *
 * `npm start` needs none of these (backend, demo sites and Storybook are Node only), so it does
 * not run this check.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ commands?: string[], fonts?: string[] }} Check
 *   a package counts as present when every command resolves (a name on PATH, or an absolute path
 *   that is executable) and `fc-list` knows every font family.
 * @typedef {{ package: string, for: string } & Check} Requirement
 */

/**
 * The one list: the README names these packages and a test checks that it does.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Requirement[]}
 */
export function requirements(env = process.env) {
  return [
    { package: 'chromium', for: 'element tests, end-to-end flows, bench', commands: [env.CHROMIUM_PATH ?? '/usr/bin/chromium'] },
    { package: 'firefox-esr', for: 'element tests in Firefox', commands: [env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'] },
    { package: 'webkit2gtk-driver', for: 'element tests and the v5 demo in WebKitGTK', commands: ['WebKitWebDriver'] },
    { package: 'xvfb', for: 'a virtual display for WebKitGTK', commands: ['Xvfb', 'xvfb-run'] },
    { package: 'xauth', for: 'xvfb-run', commands: ['xauth'] },
    { package: 'fontconfig', for: 'font lookup (fc-list)', commands: ['fc-list'] },
    { package: 'fonts-dejavu-core', for: 'layout tests (DejaVu Sans)', fonts: ['DejaVu Sans'] },
    {
      package: 'fonts-liberation2',
      for: 'layout tests (Liberation Sans, metric-compatible with Arial)',
      fonts: ['Liberation Sans'],
    },
  ];
}

/** The Debian packages, in the order the README lists them. */
export const DEBIAN_PACKAGES = requirements({}).map((r) => r.package);

/**
 * Which packages are missing. Pure: the machine is described by `hasCommand` and `fontFamilies`
 * (null when fontconfig is not there to ask — then every font counts as missing).
 * @param {Requirement[]} reqs
 * @param {{ hasCommand: (command: string) => boolean, fontFamilies: ReadonlySet<string> | null }} machine
 * @returns {string[]}
 */
export function missingPackages(reqs, machine) {
  return reqs
    .filter(
      (r) =>
        !(r.commands ?? []).every((c) => machine.hasCommand(c)) ||
        !(r.fonts ?? []).every((f) => machine.fontFamilies?.has(f) ?? false),
    )
    .map((r) => r.package);
}

/**
 * The install line for a person to run (sudo) or for root (no sudo).
 * @param {string[]} packages
 * @param {{ sudo?: boolean }} [options]
 */
export function installCommand(packages, { sudo = true } = {}) {
  return `${sudo ? 'sudo ' : ''}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * What to do about the missing packages. Pure.
 * @param {string[]} missing
 * @param {{ root: boolean, hasApt: boolean }} who
 * @returns {{ action: 'none' } | { action: 'install', packages: string[] } | { action: 'fail', message: string }}
 */
export function plan(missing, { root, hasApt }) {
  if (missing.length === 0) return { action: 'none' };
  if (root && hasApt) return { action: 'install', packages: missing };
  return {
    action: 'fail',
    message:
      `prerequisites: npm test needs these Debian packages, which are missing: ${missing.join(', ')}.\n` +
      `Install them (nothing downloads a browser), then run npm test again:\n\n` +
      `  ${installCommand(missing)}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// This machine

/** @param {string} command */
export function hasCommand(command) {
  const executable = (/** @type {string} */ file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (command.includes('/')) return executable(command);
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));
}

/** Font families fontconfig knows ("DejaVu Sans,DejaVu Sans Light" lines → each name), or null. */
export function fontFamilies() {
  if (!hasCommand('fc-list')) return null;
  const r = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return new Set(r.stdout.split('\n').flatMap((l) => l.split(',').map((f) => f.trim())));
}

function probe() {
  return missingPackages(requirements(), { hasCommand, fontFamilies: fontFamilies() });
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function runApt(command, args) {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'inherit'],
    // dpkg's progress lines for a fresh machine's hundreds of packages: past the default 1 MiB
    // spawnSync would kill apt-get halfway through an install.
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    console.error(`prerequisites: \`${command} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
}

function main() {
  if (process.argv.includes('--list')) {
    console.log(DEBIAN_PACKAGES.join('\n'));
    return;
  }
  const started = performance.now();
  const missing = probe();
  const todo = plan(missing, { root: process.getuid?.() === 0, hasApt: hasCommand('apt-get') });
  if (todo.action === 'none') {
    console.log(
      `prerequisites: all there (${DEBIAN_PACKAGES.length} Debian packages, ${Math.round(performance.now() - started)} ms)`,
    );
    return;
  }
  if (todo.action === 'fail') {
    console.error(todo.message);
    process.exit(1);
  }
  console.log(`prerequisites: missing ${todo.packages.join(', ')}; installing from Debian (apt-get, as root)…`);
  runApt('apt-get', ['update', '-qq']);
  runApt('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...todo.packages]);
  const still = probe();
  if (still.length) {
    console.error(`prerequisites: still missing after apt-get install: ${still.join(', ')}`);
    process.exit(1);
  }
  const versions = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\\n', ...todo.packages], { encoding: 'utf8' });
  const installed = versions.status === 0 ? versions.stdout.trim().split('\n').join(', ') : todo.packages.join(', ');
  console.log(`prerequisites: installed ${installed} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
