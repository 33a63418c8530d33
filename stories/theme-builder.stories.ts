import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PresetName } from '../packages/elements/src/config/schema.js';
import type { LoketParameters } from './story-kit.js';
import './theme-builder.js';

interface BuilderArgs {
  preset: PresetName;
  overrides?: Record<string, string>;
}

type Story = StoryObj<BuilderArgs> & { parameters?: { loket?: LoketParameters } };

/**
 * For designers: make loket look like your municipality. Pick colours, font, radius and logo, see
 * header, footer, capacity switcher and dossier widget restyle at desktop and mobile width, fix every
 * pair that fails WCAG 2.1 AA contrast with one click, and export the theme as CSS, DTCG tokens or
 * the `theme` part of the widget configuration. Import an existing token file to start from it.
 */
const meta = {
  title: 'Theming/Theme builder',
  render: (args) =>
    html`<main id="main">
      <h1 style="font-family: system-ui, sans-serif; margin: 1rem">Theme builder</h1>
      <loket-theme-builder .preset=${args.preset} .overrides=${args.overrides ?? {}}></loket-theme-builder>
    </main>`,
  args: { preset: 'default' },
  argTypes: { preset: { control: 'select', options: ['default', 'voorbeeld', 'scheldeburg', 'heidebeek'] } },
  parameters: { layout: 'fullscreen', loket: { ownPage: true } satisfies LoketParameters },
} satisfies Meta<BuilderArgs>;

export default meta;

export const Builder: Story = {};

export const FromPresetHeidebeek: Story = { args: { preset: 'heidebeek' } };
