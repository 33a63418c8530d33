#!/usr/bin/env node
// @ts-check
/**
 * A screenshot of every story in the static Storybook build, compared with the committed baseline in
 * stories/__screenshots__/ (pixelmatch), in Chromium with one pinned font (Liberation Sans), the
 * data's own "now" (stories/mock-api: DATA_NOW), reduced motion, no caret and a fixed viewport per
 * story. A CSS change that moves or recolours anything fails it, with a diff image to look at.
 *
 *   npm run test:screenshots                builds Storybook, compares
 *   npm run test:screenshots -- --update    writes the baselines (new, changed and removed stories)
 *   npm run test:screenshots -- --no-build  uses storybook-static as it is
 *   npm run test:screenshots -- --filter header   only stories whose id contains "header"
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sirv from 'sirv';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = `${root}storybook-static`;
const baselineDir = `${root}stories/__screenshots__`;
const resultDir = `${root}test-results/screenshots`;
const args = process.argv.slice(2);
const update = args.includes('--update');
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : undefined;

/** The stories' data were generated for this moment (packages/mock-backend/src/data/dossiers.ts DATA_NOW). */
const DATA_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
/** The viewports of stories/story-kit.ts (VIEWPORTS); a story without one is shown at desktop size. */
const VIEWPORTS = {
  reflow320: { width: 320, height: 640 },
  phone360: { width: 360, height: 740 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 800 },
};
/** Per-pixel colour distance pixelmatch ignores (0–1): anti-aliasing noise, not a moved or recoloured box. */
const THRESHOLD = 0.1;

const started = performance.now();
if (!args.includes('--no-build')) {
  // `npm test` has just run `npm run build` (tokens, manifest): only Storybook's own build is left.
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], { cwd: root, stdio: 'inherit' });
}
const built = performance.now();

const index = /** @type {{ entries: Record<string, { id: string; type: string; title: string; name: string }> }} */ (
  JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'))
);
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));

const serve = sirv(staticDir, { dev: true });
const server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await launchChromium({
  font: 'liberation',
  reducedMotion: 'reduce',
  colorScheme: 'light',
  viewport: VIEWPORTS.desktop,
});
const page = browser.pages()[0] ?? (await browser.newPage());
await page.clock.setFixedTime(DATA_NOW);
/** @type {string[]} */
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));

mkdirSync(baselineDir, { recursive: true });
rmSync(resultDir, { recursive: true, force: true });
/** @type {string[]} */
const failures = [];
let written = 0;

/**
 * Shows a story and waits until it is still: Storybook has run it to the end (play function
 * included), fonts are loaded, every loket element has rendered its configuration and no update is
 * pending, and two frames have passed. The preview is loaded once; stories are switched the way
 * Storybook's own UI does (`setCurrentStory`), which keeps the service worker and the bundle: a
 * reload per story took three times as long. Each story's decorators reset what a story changes on
 * the page (runtime, language), as they do in Storybook.
 */
async function show(/** @type {string} */ id) {
  /** Until Storybook has run the story `id` to its end, in a render other than the one before. */
  const finished = () =>
    page.waitForFunction(
      (storyId) => {
        const w = /** @type {any} */ (window);
        const render = w.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === storyId && render !== w.__loketBefore && ['finished', 'errored', 'aborted'].includes(render.phase);
      },
      id,
      { timeout: 15000 },
    );
  const size = VIEWPORTS[viewports.get(id) ?? 'desktop'];
  const current = page.viewportSize();
  if (!page.url().includes('/iframe.html') || current?.width !== size.width || current?.height !== size.height) {
    await page.setViewportSize(size);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  } else {
    await page.evaluate((storyId) => {
      const w = /** @type {any} */ (window);
      w.__loketBefore = w.__STORYBOOK_PREVIEW__.currentRender;
      w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  }
  await finished();
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate(async () => {
    const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
    if (['errored', 'aborted'].includes(preview.currentRender.phase)) throw new Error('the story failed to render');
    await document.fonts.ready;
    // Every loket element (not the <loket-scope> runtime nor the theme builder page), also inside shadow roots.
    const isElement = (/** @type {Element} */ el) =>
      el.localName.startsWith('loket-') && !['loket-scope', 'loket-theme-builder'].includes(el.localName);
    const all = (/** @type {Document | ShadowRoot} */ r) =>
      /** @type {any[]} */ ([...r.querySelectorAll('*')].filter(isElement)).flatMap((el) => [
        el,
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    for (let i = 0; i < 100; i++) {
      const elements = all(document);
      if (elements.every((el) => el.shadowRoot?.childElementCount && el.cfg?.pending !== true)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(all(document).map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Each story's viewport (the story global the viewport toolbar reads), from Storybook's story store
 * once the preview is up; the stories are then shown grouped by viewport, so the preview loads once per size.
 * @type {Map<string, keyof typeof VIEWPORTS>}
 */
const viewports = new Map();
if (stories.length) {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(stories[0].id)}&viewMode=story`);
  await page.waitForFunction(() => /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished');
  const found = await page.evaluate(
    async (ids) => {
      const store = /** @type {any} */ (window).__STORYBOOK_PREVIEW__.storyStoreValue;
      return Promise.all(
        ids.map(async (storyId) => [storyId, (await store.loadStory({ storyId })).storyGlobals?.viewport?.value]),
      );
    },
    stories.map((s) => s.id),
  );
  for (const [storyId, value] of found) if (value in VIEWPORTS) viewports.set(storyId, value);
  stories.sort((a, b) => (viewports.get(a.id) ?? 'desktop').localeCompare(viewports.get(b.id) ?? 'desktop'));
  await page.goto('about:blank');
}

const shoot = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });

/** A second screenshot until two in a row are the same: a late image or layout shows up as a difference. */
async function settled(/** @type {Buffer} */ png) {
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(100);
    const again = await shoot();
    if (again.equals(png)) return png;
    png = again;
  }
  return png;
}

for (const story of stories) {
  const id = story.id;
  pageErrors.length = 0;
  const shown = await show(id).then(
    () => true,
    (e) => failures.push(`${id}: ${e.message}`) && false,
  );
  if (!shown) continue;
  let png = await shoot();
  const baseline = `${baselineDir}/${id}.png`;
  // Only a screenshot that is new or differs is taken again, to be sure it is not caught mid-change.
  if (!existsSync(baseline) || !readFileSync(baseline).equals(png)) png = await settled(png);
  if (pageErrors.length) failures.push(`${id}: page error ${pageErrors.join('; ')}`);
  if (update) {
    if (!existsSync(baseline) || !readFileSync(baseline).equals(png)) {
      const actual = PNG.sync.read(png);
      const old = existsSync(baseline) ? PNG.sync.read(readFileSync(baseline)) : null;
      const same =
        old &&
        old.width === actual.width &&
        old.height === actual.height &&
        pixelmatch(old.data, actual.data, null, actual.width, actual.height, { threshold: THRESHOLD }) === 0;
      if (!same) {
        writeFileSync(baseline, png);
        written++;
      }
    }
    continue;
  }
  if (!existsSync(baseline)) {
    failures.push(`${id}: no baseline (stories/__screenshots__/${id}.png); run \`npm run test:screenshots -- --update\``);
    continue;
  }
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(png);
  mkdirSync(resultDir, { recursive: true });
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(`${resultDir}/${id}.actual.png`, png);
    failures.push(
      `${id}: size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}; see test-results/screenshots/${id}.actual.png`,
    );
    continue;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  if (different > 0) {
    writeFileSync(`${resultDir}/${id}.actual.png`, png);
    writeFileSync(`${resultDir}/${id}.diff.png`, PNG.sync.write(diff));
    failures.push(`${id}: ${different} pixels differ; see test-results/screenshots/${id}.diff.png (and .actual.png)`);
  }
}

// Baselines of stories that are gone.
const ids = new Set(stories.map((s) => s.id));
for (const file of filter ? [] : readdirSync(baselineDir).filter((f) => f.endsWith('.png'))) {
  if (ids.has(file.slice(0, -4))) continue;
  if (update) rmSync(`${baselineDir}/${file}`);
  else failures.push(`${file}: a baseline without a story; run \`npm run test:screenshots -- --update\``);
}

await browser.close();
server.close();
const seconds = (ms = 0) => `${(ms / 1000).toFixed(1)} s`;
const timing = `build ${seconds(built - started)}, ${stories.length} screenshots ${seconds(performance.now() - built)}`;
if (update) console.info(`screenshots: ${written} baselines written (${timing})`);
if (failures.length) {
  console.error(
    `screenshots: ${failures.length} of ${stories.length} stories differ from their baseline (${timing})\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
if (!update) console.info(`screenshots: ${stories.length} stories match their baselines (${timing})`);
