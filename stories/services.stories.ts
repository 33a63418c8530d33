import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/services/services.js';
import type { ServiceAudience } from '../packages/elements/src/components/services/services.component.js';
import type { Language } from '../packages/elements/src/config/schema.js';
import { docsPage } from './docs.js';
import { signedIn, storyAuth, waitFor, type LoketParameters, type StoryRuntime } from './story-kit.js';

interface ServicesArgs {
  pageSize?: number;
  audience?: ServiceAudience;
  theme?: string;
  compact?: boolean;
  lang?: Language;
}

type Story = StoryObj<ServicesArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Services',
  component: 'loket-services',
  tags: ['autodocs'],
  render: (args) =>
    html`<loket-services
      page-size=${ifDefined(args.pageSize)}
      audience=${ifDefined(args.audience)}
      theme=${ifDefined(args.theme)}
      ?compact=${!!args.compact}
      lang=${ifDefined(args.lang)}
      style="--loket-services-min-height: 24rem"
    ></loket-services>`,
  // On a page the catalogue keeps one viewport of height in every state; in a story 24rem shows the same.
  // Three to a page keeps a story (and its screenshot) about one screen high; a site usually shows ten.
  args: { pageSize: 3, compact: false },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    audience: { control: 'inline-radio', options: ['Burger', 'Vereniging', 'Onderneming'] },
    theme: {
      control: 'select',
      options: [
        undefined,
        'BurgerOverheid',
        'CultuurSportVrijeTijd',
        'EconomieWerk',
        'MilieuEnergie',
        'MobiliteitOpenbareWerken',
        'OnderwijsWetenschap',
        'WelzijnGezondheid',
        'BouwenWonen',
      ],
    },
    compact: { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'nl', 'fr', 'en', 'de'] },
  },
  parameters: { docs: docsPage('loket-services') },
} satisfies Meta<ServicesArgs>;

export default meta;

/** A municipality's site: its configuration's `municipality.id` marks its own products. */
const on = (municipality: string, runtime: StoryRuntime): StoryRuntime => ({
  ...runtime,
  config: { ...runtime.config, auth: storyAuth, municipality: { id: municipality } },
});

/** Wielertoeristen Scheldeburg vzw (main activity Sport), as its chair Tom sees the catalogue of Stad Scheldeburg. */
const wielertoeristen = on('stad-scheldeburg', signedIn('p08', { type: 'VER', code: 'V0001004' }));

/** Nobody is signed in: the public catalogue of Gemeente Voorbeeld, for the audience the visitor picks (Burger first). */
export const SignedOut: Story = {
  parameters: {
    loket: {
      runtime: on('gemeente-voorbeeld', { persona: 'p01', session: { status: 'signed-out' } }),
      shows: ['[part="audience"] input:checked', [`[part="own"]`, 'Van uw gemeente'], '[part="more-button"]'],
    },
  },
};

/** Signed out, on a page for associations: `audience="Vereniging"` chosen in advance. */
export const SignedOutForAssociations: Story = {
  args: { audience: 'Vereniging' },
  parameters: {
    loket: {
      runtime: on('stad-scheldeburg', { persona: 'p08', session: { status: 'signed-out' } }),
      shows: ['[part="audience"] input[value="Vereniging"]:checked', '[part="list"]'],
    },
  },
};

/** Anna, a citizen of Gemeente Voorbeeld: the citizen's products, the municipality's own first and marked. */
export const Citizen: Story = {
  parameters: {
    loket: {
      runtime: on('gemeente-voorbeeld', signedIn('p01', { type: 'BUR' })),
      shows: [['.for', 'Anna'], '[part="own"]', '[part="apply-link"]', '[part="info-link"]'],
    },
  },
};

/** An association: the products that fit its main activities first, each saying why ("Omdat uw vereniging actief is in Sport"). */
export const Association: Story = {
  parameters: {
    loket: { runtime: wielertoeristen, shows: [['[part="reason"]', 'Omdat uw vereniging actief is in Sport'], '[part="own"]'] },
  },
};

/** Bakkerij De Smet BV: the products for companies. */
export const Company: Story = {
  parameters: {
    loket: {
      runtime: on('gemeente-voorbeeld', signedIn('p04', { type: 'EA', code: '0765123429' })),
      shows: [['.for', 'Bakkerij De Smet BV'], '[part="list"]'],
    },
  },
};

/** The first product's details, opened as a user does: conditions, procedure, costs, contact point. */
export const DetailsOpen: Story = {
  parameters: {
    loket: { runtime: wielertoeristen, shows: ['[part="toggle"][aria-expanded="true"]', '[part="details"] address'] },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-services')!;
    const toggle = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]');
    await waitFor(() => !!toggle(), 'the first product');
    toggle()!.click();
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="details"] address'), 'its details');
  },
};

/** A search for "paspoort" finds "Reispas aanvragen" by its "ook bekend als" keyword. */
export const Search: Story = {
  parameters: {
    loket: {
      runtime: on('gemeente-voorbeeld', { persona: 'p01', session: { status: 'signed-out' } }),
      shows: [['.product h3', 'Reispas aanvragen']],
    },
  },
  play: async ({ canvasElement }) => search(canvasElement, 'paspoort'),
};

/** A search without results says so, with the words searched for. */
export const NothingFound: Story = {
  parameters: {
    loket: {
      runtime: on('gemeente-voorbeeld', { persona: 'p01', session: { status: 'signed-out' } }),
      shows: [['[part="message"]', 'zzzgeenmatch']],
    },
  },
  play: async ({ canvasElement }) => search(canvasElement, 'zzzgeenmatch'),
};

/** `theme="CultuurSportVrijeTijd"`: the theme filter chosen in advance. */
export const ThemeFiltered: Story = {
  args: { theme: 'CultuurSportVrijeTijd' },
  parameters: { loket: { runtime: wielertoeristen, shows: ['#theme', '[part="list"]'] } },
};

/** For a sidebar: no search or filters, fewer details. */
export const Compact: Story = {
  args: { compact: true, pageSize: 2 },
  decorators: [(story) => html`<div style="max-width: 22rem">${story()}</div>`],
  parameters: { loket: { runtime: wielertoeristen, shows: ['[part="list"]', '[part="reason"]'] } },
};

/** 320 px wide (WCAG 1.4.10 reflow), details open: nothing overlaps or leaves the screen, no scrolling sideways. */
export const Reflow320: Story = {
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  parameters: {
    loket: { runtime: wielertoeristen, shows: ['[part="details"] address', '[part="apply-link"]'], reflow: true },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-services')!;
    const toggle = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]');
    await waitFor(() => !!toggle(), 'the first product');
    toggle()!.click();
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="details"] address'), 'its details');
  },
};

/** The first page is on its way (here it never arrives; after 8 s the element gives up and offers a retry). */
export const Loading: Story = {
  parameters: {
    loket: { runtime: { ...wielertoeristen, mode: 'never' }, shows: ['[part="placeholder"]', '[part="search"]'] },
  },
};

/** The backend answered 500: the element says so and offers a retry. */
export const LoadError: Story = {
  parameters: {
    loket: { runtime: { ...wielertoeristen, mode: 'fail' }, shows: ['[part="message"].error [part="button"]'] },
  },
};

async function search(canvas: HTMLElement, words: string): Promise<void> {
  const el = canvas.querySelector('loket-services')!;
  const form = () => el.shadowRoot?.querySelector<HTMLFormElement>('[part="search"]');
  await waitFor(() => !!form() && !!el.shadowRoot!.querySelector('[part="list"]'), 'the search form and the first page');
  (form()!.elements.namedItem('q') as HTMLInputElement).value = words;
  form()!.requestSubmit();
  await waitFor(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the results');
}
