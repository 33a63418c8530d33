import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/capacity-switcher/capacity-switcher.js';
import type { Language } from '../packages/elements/src/config/schema.js';
import { docsPage } from './docs.js';
import { signedIn, waitFor, type LoketParameters } from './story-kit.js';

interface SwitcherArgs {
  embedded?: boolean;
  lang?: Language;
}

type Story = StoryObj<SwitcherArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Capacity switcher',
  component: 'loket-capacity-switcher',
  tags: ['autodocs'],
  render: (args) =>
    html`<loket-capacity-switcher ?embedded=${!!args.embedded} lang=${ifDefined(args.lang)}></loket-capacity-switcher>`,
  args: { embedded: false },
  argTypes: {
    embedded: { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'nl', 'fr', 'en', 'de'] },
  },
  parameters: { docs: docsPage('loket-capacity-switcher') },
} satisfies Meta<SwitcherArgs>;

export default meta;

/** Anna represents no association or company: she can only act for herself, and learns where to register one. */
export const OneIdentity: Story = {
  parameters: {
    loket: { runtime: signedIn('p01'), shows: ['[part="option"][aria-current="true"]', '.empty a'] },
  },
};

/** Els acts for herself or one of three associations; she is acting for Koepel Jeugdwerk now. */
export const Several: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p03', { type: 'VER', code: 'V0001002' }),
      shows: [['[part="option"][aria-current="true"]', 'Koepel Jeugdwerk Scheldeburg vzw'], 'li:nth-child(4) [part="option"]'],
    },
  },
};

/** Thirty identities: above five a filter field appears. */
export const Thirty: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p12', { type: 'BUR' }, { mode: 'many' }),
      shows: ['[part="filter"]', 'li:nth-child(30) [part="option"]'],
    },
  },
};

/** Thirty identities, filtered: "Zoek op naam of nummer" narrows the list as the user types. */
export const ThirtyFiltered: Story = {
  parameters: { loket: { runtime: Thirty.parameters!.loket!.runtime, shows: ['[part="filter"]', ['[part="option"]', 'club']] } },
  play: async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('loket-capacity-switcher')!;
    const input = () => switcher.shadowRoot?.querySelector<HTMLInputElement>('[part="filter"]');
    await waitFor(() => !!input(), 'the filter field');
    input()!.value = 'club';
    input()!.dispatchEvent(new Event('input'));
    await waitFor(() => switcher.shadowRoot!.querySelectorAll('[part="option"]').length < 30, 'the list to narrow');
  },
};

/** The backend has not answered yet (here it never does; after 8 s the switcher gives up and offers a retry). */
export const Loading: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'BUR' }, { mode: 'never' }), shows: [['.note[role="status"]', 'geladen']] },
  },
};

/** The backend answered 500: the switcher says so and offers a retry. */
export const LoadError: Story = {
  parameters: {
    loket: { runtime: signedIn('p03', { type: 'BUR' }, { mode: 'fail' }), shows: ['.error[role="alert"] .retry'] },
  },
};

/** Nobody is signed in: nothing to choose. */
export const SignedOut: Story = {
  parameters: { loket: { runtime: { persona: 'p03', session: { status: 'signed-out' } }, shows: ['.note'] } },
};

/** Inside another element's menu (the header's account menu): no heading of its own. */
export const Embedded: Story = {
  args: { embedded: true },
  parameters: { loket: { runtime: signedIn('p04', { type: 'EA', code: '0765123429' }), shows: ['[part="list"]'] } },
};
