import { css } from 'lit';
import { token } from '../theme/theme.js';

/**
 * The private `--_` properties that only read global tokens, for the widgets that show data from
 * the backend (`<loket-dossiers>`, `<loket-services>`, `<loket-association>`). Each widget's own
 * stylesheet sets the ones its public tokens can override.
 */
export const widgetTokens = css`
  :host {
    --_text: ${token('--loket-color-text')};
    --_subtle: ${token('--loket-color-text-subtle')};
    --_surface: ${token('--loket-color-surface')};
    --_brand: ${token('--loket-color-brand')};
    --_brand-contrast: ${token('--loket-color-brand-contrast')};
    --_link-color: ${token('--loket-color-link')};
    --_error-bg: ${token('--loket-color-error')};
    --_error-fg: ${token('--loket-color-error-accent')};
    --_radius: ${token('--loket-radius')};
    --_space-s: ${token('--loket-space-s')};
    --_space-m: ${token('--loket-space-m')};
    --_font-heading: ${token('--loket-font-family-heading')};
  }
`;
