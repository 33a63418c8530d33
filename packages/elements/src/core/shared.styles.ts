import { css } from 'lit';

/**
 * Styles every element starts from. Hosts are isolated from hostile page CSS
 * (`* { all: unset }` does not cross the shadow boundary, but inherited properties do),
 * so inherited typography is reset explicitly from tokens.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--loket-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--loket-font-size, 1rem);
    line-height: 1.5;
    color: var(--loket-color-text, #1d1d1b);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link-color, var(--loket-color-link, #0b58a7));
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--loket-focus-color, #e8a317);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--loket-focus-halo-color, #1d1d1b);
    border-radius: 2px;
  }
  address {
    font-style: normal; /* contact details (core/contact.ts), not a quotation */
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
