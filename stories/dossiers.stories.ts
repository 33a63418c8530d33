import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/dossiers/dossiers.js';
import type { DossierFilter } from '../packages/elements/src/components/dossiers/dossiers.component.js';
import type { Language } from '../packages/elements/src/config/schema.js';
import { docsPage } from './docs.js';
import { signedIn, waitFor, type LoketParameters } from './story-kit.js';

interface DossiersArgs {
  pageSize?: number;
  filter?: DossierFilter;
  compact?: boolean;
  overviewUrl?: string;
  lang?: Language;
}

type Story = StoryObj<DossiersArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Dossiers',
  component: 'loket-dossiers',
  tags: ['autodocs'],
  render: (args) =>
    html`<loket-dossiers
      page-size=${ifDefined(args.pageSize)}
      filter=${ifDefined(args.filter)}
      ?compact=${!!args.compact}
      overview-url=${ifDefined(args.overviewUrl)}
      lang=${ifDefined(args.lang)}
      style="--loket-dossiers-min-height: 24rem"
    ></loket-dossiers>`,
  // On a page the widget keeps one viewport of height in every state; in a story (and several on a
  // docs page) 24rem shows the same without screens of empty space.
  // Five to a page keeps a story (and its screenshot) one screen high; a site usually shows ten.
  args: { pageSize: 5, filter: 'all', compact: false, overviewUrl: '/mijn-dossiers' },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    filter: { control: 'inline-radio', options: ['all', 'open', 'closed', 'action'] },
    compact: { control: 'boolean' },
    overviewUrl: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'nl', 'fr', 'en', 'de'] },
  },
  parameters: { docs: docsPage('loket-dossiers') },
} satisfies Meta<DossiersArgs>;

export default meta;

/** Speelpleinwerking Hoeve vzw (100 dossiers), as its chair Jan sees them. */
const hoeve = signedIn('p02', { type: 'VER', code: 'V0001234' });

/** Nobody is signed in: the widget says what it would show and offers "Aanmelden". */
export const SignedOut: Story = {
  parameters: {
    loket: { runtime: { persona: 'p02', session: { status: 'signed-out' } }, shows: ['[part="message"] [part="button"]'] },
  },
};

/** The first page is on its way (here it never arrives; after 8 s the widget gives up and offers a retry). */
export const Loading: Story = {
  parameters: {
    loket: { runtime: { ...hoeve, mode: 'never' }, shows: ['[part="placeholder"]', '[part="filters"]'] },
  },
};

/** Signed in, and no government has a dossier for this identity. */
export const Empty: Story = {
  parameters: { loket: { runtime: signedIn('p01', { type: 'BUR' }, { mode: 'empty' }), shows: [['[part="message"]', 'geen']] } },
};

/** The backend answered 500: the widget says so and offers a retry. */
export const LoadError: Story = {
  parameters: {
    loket: { runtime: { ...hoeve, mode: 'fail' }, shows: ['[part="message"].error [part="button"]'] },
  },
};

/** A page of mixed statuses; one asks for action ("Actie nodig": what, and by when). */
export const MixedStatuses: Story = {
  parameters: {
    loket: {
      runtime: hoeve,
      shows: [
        '[part="action"]',
        '[part="status"][data-tone="success"]',
        '[part="status"][data-tone="info"]',
        '[part="more-button"]',
      ],
    },
  },
};

/** The first dossier's status history, opened as a user does. */
export const HistoryOpen: Story = {
  parameters: { loket: { runtime: hoeve, shows: ['[part="toggle"][aria-expanded="true"]', '[part="history"] .timeline li'] } },
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('loket-dossiers')!;
    const toggle = () => widget.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]');
    await waitFor(() => !!toggle(), 'the first dossier');
    toggle()!.click();
    await waitFor(() => !!widget.shadowRoot!.querySelector('[part="history"] .timeline'), 'its history');
  },
};

/** For a sidebar: fewer details, no search or sort. */
export const Compact: Story = {
  args: { compact: true, pageSize: 3 },
  decorators: [(story) => html`<div style="max-width: 22rem">${story()}</div>`],
  parameters: { loket: { runtime: hoeve, shows: ['[part="list"]', '[part="filters"]'] } },
};

/** Koepel Jeugdwerk Scheldeburg has 100,000 dossiers: filtered, sorted and paged by the backend, so it costs what five do. */
export const HundredThousand: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'VER', code: 'V0001002' }), shows: [['.count', '100.000'], '[part="list"]'] },
  },
};

const filterStory = (filter: DossierFilter, shows: NonNullable<LoketParameters['shows']>): Story => ({
  args: { filter },
  parameters: { loket: { runtime: hoeve, shows: [`[part="filter"][aria-pressed="true"]`, '[part="list"]', ...shows] } },
});

export const FilterAll = filterStory('all', [['.count', '100']]);
export const FilterOpen = filterStory('open', [['.count', '42']]);
export const FilterClosed = filterStory('closed', [['.count', '58']]);
/** Only what waits for the user: every dossier has an "Actie nodig" box. */
export const FilterAction = filterStory('action', [['.count', '7'], '[part="action"]']);
