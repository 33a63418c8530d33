import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/association/association.js';
import type { Language } from '../packages/elements/src/config/schema.js';
import { docsPage } from './docs.js';
import { signedIn, waitFor, type LoketParameters } from './story-kit.js';

interface AssociationArgs {
  lang?: Language;
}

type Story = StoryObj<AssociationArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Association',
  component: 'loket-association',
  tags: ['autodocs'],
  render: (args) => html`<loket-association lang=${ifDefined(args.lang)}></loket-association>`,
  argTypes: { lang: { control: 'select', options: [undefined, 'nl', 'fr', 'en', 'de'] } },
  parameters: { docs: docsPage('loket-association') },
} satisfies Meta<AssociationArgs>;

export default meta;

/** Nobody is signed in: what the element would show, and "Aanmelden". */
export const SignedOut: Story = {
  parameters: {
    loket: { runtime: { persona: 'p03', session: { status: 'signed-out' } }, shows: ['[part="message"] [part="button"]'] },
  },
};

/** Els acts for herself: she represents three associations and is invited to switch to one. */
export const CitizenWithAssociations: Story = {
  parameters: { loket: { runtime: signedIn('p03', { type: 'BUR' }), shows: ['[part="message"]'] } },
};

/** Anna acts for herself and represents no association: a plain statement, no invitation. */
export const CitizenWithoutAssociations: Story = {
  parameters: { loket: { runtime: signedIn('p01', { type: 'BUR' }), shows: [['[part="message"]', 'Anna']] } },
};

/**
 * Koepel Jeugdwerk Scheldeburg vzw, registered in the KBO: its name, address and contact values are
 * changed in the KBO (the element says so and links there); roepnaam, description, target group, main
 * activities, areas and representatives are changed here.
 */
export const KboAssociation: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'VER', code: 'V0001002' }), shows: ['[part="section"]', '[part="edit-button"]'] },
  },
};

/** Toneelkring De Schelde, a feitelijke vereniging: it changes everything itself. */
export const FeitelijkeVereniging: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'VER', code: 'V0001003' }), shows: ['[part="section"]', '[part="edit-button"]'] },
  },
};

/** "Wijzigen" on the basics: one form at a time, focus in its first field. */
export const EditingBasics: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'VER', code: 'V0001003' }), shows: ['[part="form"]'] },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-association')!;
    const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="edit-button"]') ?? null;
    await waitFor(() => !!button(), 'the first "Wijzigen" button');
    button()!.click();
    await waitFor(() => !!el.shadowRoot?.querySelector('[part="form"]'), 'the open form');
  },
};

/** The register did not answer (500): a message and a retry. */
export const LoadError: Story = {
  parameters: {
    loket: {
      runtime: { ...signedIn('p03', { type: 'VER', code: 'V0001002' }), mode: 'fail' },
      shows: ['[part="message"] [part="button"]'],
    },
  },
};

/** The record is on its way (here it never arrives; after the time-out the element offers a retry). */
export const Loading: Story = {
  parameters: {
    loket: { runtime: { ...signedIn('p03', { type: 'VER', code: 'V0001002' }), mode: 'never' } },
  },
};
