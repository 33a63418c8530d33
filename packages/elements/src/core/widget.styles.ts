import { css } from 'lit';
import { token } from '../theme/theme.js';

/**
 * What the widgets that show data from the backend (`<loket-dossiers>`, `<loket-services>`,
 * `<loket-association>`) share: the private `--_` properties that only read global tokens, the
 * heading and the buttons. Each widget's own stylesheet sets the `--_` properties its public tokens
 * can override (`--_bg`, `--_border`, …).
 */
export const widgetStyles = css`
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
  h2 {
    font-family: var(--_font-heading);
    font-size: 1.375rem;
    margin: 0 0 var(--_space-s);
  }
  .button {
    font: inherit;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_brand-contrast);
    padding: 0.35rem 0.9rem;
    min-height: 2.75rem;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_link-color);
    border-color: currentColor;
  }
`;
