import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { nothing, render, type LitElement } from 'lit';
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { axeViolations, captureConsole } from '../packages/elements/test/helpers.js';
import type { SetupWorker } from 'msw/browser';
import { startStoryWorker } from './mock-api/worker.js';
import { VIEWPORTS, globalDecorators, waitFor, type LoketParameters, type ViewportName } from './story-kit.js';

/**
 * Every story of every stories file, rendered the way Storybook renders it (args merged, the
 * story's, the component's and the global decorators, the play function), then checked: the state
 * it claims is visible, axe finds nothing, and nothing is logged as an error unless the story says so.
 * The files come from an index the test runner makes of stories/*.stories.ts (./wtr-plugin.mjs):
 * a new stories file is tested without being added anywhere.
 */
const STORIES_INDEX = '/__loket/stories-index.js';
const storyFiles = (await import(/* @vite-ignore */ STORIES_INDEX)) as Record<string, unknown>;

type AnyMeta = Meta<Record<string, unknown>>;
type AnyStory = StoryObj<Record<string, unknown>>;

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
  });
  document.head.append(link);
  return loaded;
}

let worker: SetupWorker;

before(async () => {
  // The stories' backend, as Storybook's preview starts it (mswLoader).
  worker = await startStoryWorker('/mockServiceWorker.js');
  // What Storybook's preview loads: the fallback styles and the preset classes.
  await loadStylesheet('/packages/elements/src/loket.base.css');
  await loadStylesheet('/packages/elements/src/theme/generated/themes.css');
  // The stories bring their own <main id="main">; the helpers' one would be a second.
  document.querySelectorAll('body > main#main').forEach((m) => m.remove());
});

/**
 * The stories depend on the width only. Resizing only when it changes keeps the slow, occasionally
 * inexact window resizes of WebKitGTK's MiniBrowser rare; a height that is a few pixels off is fine.
 */
async function resize(width: number, height: number): Promise<void> {
  if (innerWidth === width) return;
  try {
    await setViewport({ width, height });
  } catch (error) {
    if (innerWidth !== width) throw error;
  }
}

/** Settled: every element has rendered its resolved configuration (the validator is a lazy chunk). */
async function settle(container: HTMLElement): Promise<LitElement[]> {
  // Every loket element of the story, whichever elements there are — not the <loket-scope> around
  // it, nor the theme builder (a light-DOM page of the stories, with loket elements inside).
  const elements = () =>
    [...container.querySelectorAll<LitElement>('*')].filter(
      (el) => el.localName.startsWith('loket-') && !['loket-scope', 'loket-theme-builder'].includes(el.localName),
    );
  const pending = (el: LitElement) => (el as unknown as { cfg?: { pending: boolean } }).cfg?.pending !== false;
  await waitFor(
    () => elements().length > 0 && elements().every((el) => el.shadowRoot?.childElementCount && !pending(el)),
    'the elements to render their configuration',
  );
  await Promise.all(elements().map((el) => el.updateComplete));
  return elements();
}

async function expectShows(el: LitElement, shows: NonNullable<LoketParameters['shows']>): Promise<void> {
  for (const item of shows) {
    const [selector, text] = typeof item === 'string' ? [item, undefined] : item;
    const found = () => el.shadowRoot!.querySelector(selector);
    await waitFor(
      () => !!found() && (text === undefined || !!found()!.textContent?.includes(text)),
      `${selector} ${text ?? ''}`,
    ).catch(() => undefined);
    expect(found(), `<${el.localName}> shows ${selector}`).not.to.equal(null);
    if (text !== undefined) expect(found()!.textContent, `${selector} text`).to.contain(text);
  }
}

/** Links and buttons a user can see that overlap another or stick out of the viewport. */
function reflowProblems(el: LitElement): string[] {
  const describe = (c: Element) => `${c.localName}.${c.className || ''} "${c.textContent?.trim().slice(0, 20)}"`;
  const controls = [...el.shadowRoot!.querySelectorAll('a, button')]
    .filter((c) => !c.matches('.skip') && c.checkVisibility({ visibilityProperty: true }))
    .map((c) => ({ c, r: c.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  const problems: string[] = [];
  controls.forEach(({ c, r }, i) => {
    if (r.left < -0.5 || r.right > innerWidth + 0.5) problems.push(`${describe(c)} leaves the viewport`);
    for (const { c: d, r: q } of controls.slice(i + 1)) {
      const overlapX = Math.min(r.right, q.right) - Math.max(r.left, q.left);
      const overlapY = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
      if (overlapX > 1 && overlapY > 1 && !c.contains(d) && !d.contains(c))
        problems.push(`${describe(c)} overlaps ${describe(d)}`);
    }
  });
  // Text that no longer fits: a control narrower than its label, or a clipped box (e.g. a clamped name).
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (!node.checkVisibility({ visibilityProperty: true }) || node.matches('.skip, .visually-hidden')) continue;
    // Visually hidden on purpose (screen-reader text, e.g. the narrow header's "Hulp nodig?" label).
    if (getComputedStyle(node).clip === 'rect(0px, 0px, 0px, 0px)') continue;
    const style = getComputedStyle(node);
    // Inline boxes have no client size (0×0) to compare with.
    if (style.display === 'inline') continue;
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || node.matches('a, button');
    if (clips && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
      problems.push(
        `${describe(node)} does not fit (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})`,
      );
    }
  }
  return problems;
}

after(() => worker.stop());

it('the stories index has every element’s stories file', () => {
  expect(Object.keys(storyFiles)).to.include.members(['header', 'footer', 'capacity-switcher', 'dossiers', 'theme-builder']);
});

for (const [file, module] of Object.entries(storyFiles)) {
  const { default: meta, ...stories } = module as unknown as { default: AnyMeta } & Record<string, AnyStory>;

  describe(`${meta.title ?? file} stories`, () => {
    it('has stories', () => {
      expect(Object.keys(stories).length).to.be.greaterThan(0);
    });

    // Every story once as it is and once in the dark colour scheme (the toolbar's "Colour scheme: Dark").
    for (const [exportName, story] of Object.entries(stories).flatMap(([n, s]): [string, AnyStory][] => [
      [n, s],
      [`${n} (dark)`, { ...s, globals: { ...s.globals, scheme: 'dark' } }],
    ])) {
      it(exportName, async () => {
        const args = { ...meta.args, ...story.args };
        const parameters = { ...meta.parameters, ...story.parameters };
        const loket = (parameters.loket ?? {}) as LoketParameters;
        const globals: Record<string, unknown> = { ...story.globals };
        const context = {
          id: `${file}--${exportName}`,
          name: story.name ?? exportName,
          title: meta.title,
          component: meta.component,
          args,
          parameters,
          globals,
          viewMode: 'story',
        } as unknown as StoryContext;

        const viewport = (globals.viewport as { value?: ViewportName } | undefined)?.value;
        const size = VIEWPORTS[viewport ?? 'desktop'].styles;
        await resize(parseInt(size.width), parseInt(size.height));
        document.documentElement.lang = 'nl';
        sessionStorage.clear();

        const storyRender = story.render ?? meta.render;
        if (!storyRender) throw new Error(`${exportName} has no render function`);
        const decorators: Decorator[] = [
          ...asArray(story.decorators as Decorator | Decorator[] | undefined),
          ...asArray(meta.decorators as Decorator | Decorator[] | undefined),
          ...globalDecorators,
        ];
        const composed = decorators.reduce<() => unknown>(
          (inner, decorator) => () => decorator(inner as Parameters<Decorator>[0], context),
          () => storyRender(args, context),
        );

        const container = document.createElement('div');
        document.body.append(container);
        const consoleOutput = captureConsole();
        try {
          render(composed(), container);
          const [el] = await settle(container);
          await story.play?.({ ...context, canvasElement: container } as Parameters<NonNullable<AnyStory['play']>>[0]);
          await el!.updateComplete;
          await expectShows(el!, loket.shows ?? []);

          if (globals.scheme === 'dark' && !loket.ownPage) {
            // The dark tokens reached the element: its shadow root resolves the dark background.
            // (The theme builder's preview sets the designer's tokens itself.)
            expect(getComputedStyle(el!).getPropertyValue('--loket-color-background').trim()).to.equal('#121416');
          }
          expect(await axeViolations(container)).to.deep.equal([]);
          if (loket.reflow) expect(reflowProblems(el!)).to.deep.equal([]);

          const expected = loket.expectedConsoleError;
          if (expected)
            expect(
              consoleOutput.errors.some((e) => expected.test(e)),
              `logs ${expected}`,
            ).to.equal(true);
          expect(consoleOutput.errors.filter((e) => !expected?.test(e))).to.deep.equal([]);
        } finally {
          consoleOutput.restore();
          render(nothing, container);
          container.remove();
        }
      });
    }
  });
}
