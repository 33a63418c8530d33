import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/footer/footer.js';
import type { Language, LoketConfig, PresetName } from '../packages/elements/src/config/schema.js';
import { LONG_NAME, badConfig, footerConfig, footerGroups, fullFooterConfig, legal, withPreset } from './examples.js';
import { docsPage } from './docs.js';
import { configArgTypes, narrowBox, noControls, type LoketParameters } from './story-kit.js';

/** Light-DOM link: `data-group`, `data-legal` or `data-social` says where it goes. */
interface PlainLink {
  label: string;
  href: string;
  group?: string;
  legal?: boolean;
  social?: string;
}

interface FooterArgs {
  config?: string;
  municipalityName?: string;
  /** The element's own `lang` attribute (otherwise it follows `<html lang>`). */
  lang?: Language;
  /** Inline configuration: a `<script type="application/json">` child. */
  inlineConfig?: LoketConfig | Record<string, unknown>;
  /** Plain `<a>` children. */
  links?: PlainLink[];
  /** Wrap the element in the host page's own `<footer>`. */
  inHostFooter?: boolean;
}

type Story = StoryObj<FooterArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Footer',
  component: 'loket-footer',
  tags: ['autodocs'],
  render: (args) => {
    const footer = html`<loket-footer
      config=${ifDefined(args.config)}
      municipality-name=${ifDefined(args.municipalityName)}
      lang=${ifDefined(args.lang)}
      >${(args.links ?? []).map(
        (l) =>
          html`<a href=${l.href} data-group=${ifDefined(l.group)} ?data-legal=${!!l.legal} data-social=${ifDefined(l.social)}
            >${l.label}</a
          >`,
      )}${
        args.inlineConfig
          ? html`<script type="application/json">
              ${JSON.stringify(args.inlineConfig)}
            </script>`
          : nothing
      }</loket-footer
    >`;
    // A new element whenever an arg changes: inline JSON and `lang` are read when the element starts.
    return html`${keyed(JSON.stringify(args), args.inHostFooter ? html`<footer>${footer}</footer>` : footer)}`;
  },
  args: { inlineConfig: footerConfig },
  argTypes: {
    config: { control: 'text' },
    municipalityName: { control: 'text' },
    ...configArgTypes,
    // The attribute rows document the HTML API; the controls live on the property rows.
    ...noControls(['municipality-name']),
    inHostFooter: {
      control: 'boolean',
      description: "Wrap the element in the host page's own `<footer>`.",
      table: { category: 'story' },
    },
  },
  parameters: { layout: 'fullscreen', docs: docsPage('loket-footer') },
} satisfies Meta<FooterArgs>;

export default meta;

export const Default: Story = {
  parameters: { loket: { shows: ['footer', '[part="contact"]', '[part="group"]', '[part="legal"]'] } },
};

/** Contact details, four link groups, legal links, social media and the other languages. */
export const EveryBlock: Story = {
  args: { inlineConfig: fullFooterConfig },
  parameters: {
    loket: {
      shows: [
        '[part="contact"]',
        'nav[part="group"]:nth-of-type(4)',
        '[part="legal"]',
        '[aria-labelledby="social-title"]',
        'a[hreflang="fr"]',
        ['.official', 'Gemeente Voorbeeld'],
      ],
    },
  },
};

/** The host page already has a `<footer>`: the element adds no second contentinfo landmark. */
export const InsideHostFooter: Story = {
  args: { inHostFooter: true, inlineConfig: fullFooterConfig },
  parameters: { loket: { shows: ['div.footer', '[part="contact"]'] } },
};

export const LongMunicipalityName: Story = {
  args: { inlineConfig: { ...fullFooterConfig, municipality: { name: LONG_NAME } } },
  parameters: { loket: { shows: [['#contact-title', LONG_NAME]] } },
};

export const NarrowContainer: Story = {
  args: { inlineConfig: fullFooterConfig },
  decorators: [narrowBox(360)],
  parameters: { loket: { shows: ['[part="contact"]'], reflow: true } },
};

export const Mobile: Story = {
  args: { inlineConfig: fullFooterConfig },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  parameters: { loket: { shows: ['[part="contact"]'], reflow: true } },
};

const officialLines: Record<Language, string> = {
  nl: 'Dit is een officiële website van Gemeente Voorbeeld.',
  fr: 'Ceci est un site officiel de Gemeente Voorbeeld.',
  en: 'This is an official website of Gemeente Voorbeeld.',
  de: 'Dies ist eine offizielle Website von Gemeente Voorbeeld.',
};

const languageStory = (lang: Language): Story => ({
  args: { lang, inlineConfig: fullFooterConfig },
  parameters: { loket: { shows: [['.official', officialLines[lang]]] } },
});

export const LanguageDutch = languageStory('nl');
export const LanguageFrench = languageStory('fr');
export const LanguageEnglish = languageStory('en');
export const LanguageGerman = languageStory('de');

const presetStory = (preset: PresetName): Story => ({
  args: { inlineConfig: withPreset(fullFooterConfig, preset) },
  parameters: { loket: { shows: ['[part="contact"]', '[part="legal"]'] } },
});

export const PresetDefault = presetStory('default');
export const PresetVoorbeeld = presetStory('voorbeeld');
export const PresetScheldeburg = presetStory('scheldeburg');
export const PresetHeidebeek = presetStory('heidebeek');

/** No JavaScript configuration: plain `<a data-group|data-legal|data-social>` children. */
export const LightDomOnly: Story = {
  args: {
    inlineConfig: undefined,
    municipalityName: 'Gemeente Heidebeek',
    links: [
      ...footerGroups.slice(0, 2).flatMap((g) => g.links.map((l) => ({ label: l.label, href: l.href, group: g.title }))),
      ...legal.map((l) => ({ ...l, legal: true })),
      { label: 'Facebook', href: 'https://www.facebook.com/gemeenteheidebeek', social: 'facebook' },
    ],
  },
  parameters: {
    loket: { shows: ['nav[part="group"]:nth-of-type(2)', '[part="legal"] li:nth-child(3)', ['.official', 'Gemeente Heidebeek']] },
  },
};

/** Invalid fields are dropped and logged to the console; the rest still renders. */
export const BadConfig: Story = {
  args: { inlineConfig: badConfig },
  parameters: {
    loket: { shows: ['[part="legal"]'], expectedConsoleError: /<loket-footer>: invalid configuration/ },
  },
};
