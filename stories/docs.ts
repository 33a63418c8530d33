/**
 * What each element's docs page says above its stories: the snippet a webmaster pastes and the
 * element's accessibility criteria (GOV.UK writes these per component). Attributes, properties,
 * events, CSS custom properties (tokens) and parts come below from custom-elements.json
 * (.storybook/preview.ts). stories/node/story-data.node.test.ts fails when an element has no entry here or no stories.
 */

const CDN = 'https://cdn.example/loket/1';

const head = `<link rel="stylesheet" href="${CDN}/loket.css">
<script type="module" src="${CDN}/loket.js"></script>`;

export interface ElementDocs {
  /** What the webmaster pastes. */
  snippet: string;
  /** Accessibility criteria, one line each. */
  accessibility: {
    landmarks: string;
    keyboard: string;
    focus: string;
    contrast: string;
    screenReader: string;
  };
}

const contrast =
  'Every preset passes WCAG 2.1 AA contrast in light and dark (test/tokens.node.test.ts); the theme builder reports a theme that does not. Status is never colour alone: a label, and a shape or text, carry it.';

export const ELEMENT_DOCS: Record<string, ElementDocs> = {
  'loket-header': {
    snippet: `${head}
<loket-header config="${CDN}/config/gemeente-voorbeeld.json">
  <!-- Optional: plain links, usable before and without JavaScript -->
  <a href="/" rel="home">Gemeente Voorbeeld</a>
  <a href="/wonen">Wonen en bouwen</a>
</loket-header>
<main id="main">…</main>`,
    accessibility: {
      landmarks:
        'One `banner` (`<header>`), or none inside the host page’s own `<header>`; the main navigation is a `navigation` landmark named "Hoofdmenu".',
      keyboard:
        'The skip link is the first Tab stop. Menu, language, help and account buttons open with Enter or Space and close with Escape or a click outside; one popup is open at a time.',
      focus:
        'A visible focus ring (`--loket-focus-color`) on every control; closing a popup returns focus to its button; the skip link moves focus into `<main>`, not only the scroll position.',
      contrast,
      screenReader:
        '"Naar de hoofdinhoud, link"; the home link as "Startpagina van Gemeente Voorbeeld"; buttons with their expanded state ("Menu, knop, samengevouwen"); the signed-in person and capacity ("Anna", "namens …"); session problems ("Uw sessie is verlopen. Meld opnieuw aan.") in a status message.',
    },
  },
  'loket-footer': {
    snippet: `${head}
<loket-footer config="${CDN}/config/gemeente-voorbeeld.json"></loket-footer>`,
    accessibility: {
      landmarks:
        'One `contentinfo` (`<footer>`), or none inside the host page’s own `<footer>`; each link group is a `navigation` landmark named by its title.',
      keyboard: 'Links only, in reading order; nothing that traps or needs more than Tab and Enter.',
      focus: 'A visible focus ring on every link; nothing moves focus by itself.',
      contrast,
      screenReader:
        'Group titles as headings, links that leave the site with "(externe website)", and the official line ("Dit is een officiële website van …").',
    },
  },
  'loket-capacity-switcher': {
    snippet: `${head}
<!-- In the header's account menu it comes by itself. Standalone, on a page of your own: -->
<loket-capacity-switcher config="${CDN}/config/gemeente-voorbeeld.json"></loket-capacity-switcher>`,
    accessibility: {
      landmarks:
        'None of its own: it sits in the page’s `<main>` or in the header’s account menu. Its heading is an `h2` ("Namens wie handelt u?"), left out when `embedded`.',
      keyboard:
        'Each identity is a button (Tab, Enter or Space); above five identities a search field ("Zoek op naam of nummer") narrows the list as one types. While a switch runs, the buttons are disabled.',
      focus: 'A visible focus ring on every option and on the filter field; the retry button takes focus in the error state.',
      contrast,
      screenReader:
        'The active identity is `aria-current` and says "actief"; each option names the type and number ("Vereniging · V0001002 · Voorzitter"); "Bezig met wisselen naar …" and "Niets gevonden voor …" as status messages; a failed load as an alert with "Opnieuw proberen".',
    },
  },
  'loket-association': {
    snippet: `${head}
<!-- On the Verenigingsloket page, for whoever acts for an association: -->
<loket-association config="${CDN}/config/gemeente-voorbeeld.json"></loket-association>`,
    accessibility: {
      landmarks:
        'A `region` named by its heading "Wat de overheid over uw vereniging weet"; each part (basics, locations, contact data, representatives) a `section` with its own heading. It keeps its height while loading.',
      keyboard:
        '"Wijzigen", "Toevoegen" and "Verwijderen" are buttons; one form opens at a time, with labelled fields and grouped fields in a fieldset with a legend; Enter saves, "Annuleren" closes and returns focus to the button that opened it.',
      focus:
        'A visible focus ring on every control; focus moves into an opened form, to the error summary when saving fails, and back to the button after a save or cancel.',
      contrast,
      screenReader:
        'Errors as a GOV.UK-style summary (an alert that links to each field) and each field’s message tied to it (`aria-describedby`); a save as a status ("Opgeslagen"); a field changed in the KBO says so, with a link to the KBO; a conflict with someone else’s change says what changed and keeps what was typed.',
    },
  },
  'loket-dossiers': {
    snippet: `${head}
<loket-dossiers config="${CDN}/config/gemeente-voorbeeld.json" page-size="10" overview-url="/mijn-dossiers"></loket-dossiers>`,
    accessibility: {
      landmarks:
        'A `region` named by its heading "Mijn dossiers"; search is a `search` landmark. It keeps its height in every state (`--loket-dossiers-min-height`), so nothing below it moves.',
      keyboard:
        'Filters are toggle buttons (`aria-pressed`) in a group with a legend; search submits with Enter; "Statusgeschiedenis" opens a dossier’s history (Enter or Space); "Meer laden" loads the next page.',
      focus:
        'A visible focus ring on every control; after "Meer laden" focus moves to the first dossier it added, not back to the top.',
      contrast,
      screenReader:
        'The number found as a polite status ("12 dossiers gevonden"); each dossier title as a heading link that says where it opens ("Bekijk het dossier bij …"); the status as "Status: In behandeling" (its shape is hidden); "Actie nodig" with what is expected and by when; the history toggle with its expanded state.',
    },
  },
  'loket-services': {
    snippet: `${head}
<!-- The municipality's products and services, for whoever the visitor acts as (configuration: municipality.id, auth): -->
<loket-services config="${CDN}/config/gemeente-voorbeeld.json" page-size="10"></loket-services>`,
    accessibility: {
      landmarks:
        'A `region` named by its heading "Producten en diensten"; search is a `search` landmark. It keeps its height in every state (`--loket-services-min-height`), so nothing below it moves.',
      keyboard:
        'Signed out, the audience is a radio group (arrow keys); search submits with Enter (and follows typing after a pause); theme and type are labelled selects; "Details" opens a product (Enter or Space); "Meer laden" loads the next page.',
      focus:
        'A visible focus ring on every control; after "Meer laden" focus moves to the heading of the first product it added, and Tab continues inside that product.',
      contrast,
      screenReader:
        'The number found as a polite status ("104 producten en diensten gevonden. 10 van 104"); each product a heading with its type ("Soort: Toelating"), "Van uw gemeente" and the reason it comes first as text; "Online aanvragen" and "Meer info" say that they leave the site ("(externe website)"); the details toggle with its expanded state and the product’s name.',
    },
  },
};

/** The markdown above an element's stories on its docs page. */
export function docsDescription(tag: string): string {
  const docs = ELEMENT_DOCS[tag];
  if (!docs) throw new Error(`stories/docs.ts has no docs for <${tag}>`);
  const a = docs.accessibility;
  return `### The snippet

\`\`\`html
${docs.snippet}
\`\`\`

### Accessibility (WCAG 2.1 AA)

| | |
|---|---|
| Landmarks | ${a.landmarks} |
| Keyboard | ${a.keyboard} |
| Focus | ${a.focus} |
| Contrast | ${a.contrast} |
| Screen reader | ${a.screenReader} |

Every story below is checked with axe in light and dark (stories/stories.test.ts, three browsers) and compared with a screenshot (stories/screenshots.mjs).
Tokens (CSS custom properties), parts and events are listed under the stories, from custom-elements.json.`;
}

/** `parameters.docs` of an element's stories file. */
export const docsPage = (tag: string) => ({ description: { component: docsDescription(tag) } });
