import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const footerStyles = css`
  :host {
    --_bg: var(--loket-footer-background-color, ${token('--loket-color-surface')});
    --_fg: var(--loket-footer-text-color, ${token('--loket-color-text')});
    --_link-color: var(--loket-footer-link-color, ${token('--loket-color-link')});
    --_accent: var(--loket-footer-accent-color, ${token('--loket-color-brand')});
    --_subtle: ${token('--loket-color-text-subtle')};
    --_space-s: ${token('--loket-space-s')};
    --_space-m: ${token('--loket-space-m')};
    --_space-l: ${token('--loket-space-l')};
    --_max: ${token('--loket-content-max-width')};
    --_font-heading: ${token('--loket-font-family-heading')};
    display: block;
    container: loket-footer / inline-size;
  }
  .footer {
    display: block;
    background: var(--_bg);
    color: var(--_fg);
    border-top: 6px solid var(--_accent);
  }
  .inner {
    max-width: var(--_max);
    margin-inline: auto;
    padding: var(--_space-l) var(--_space-m);
  }
  .more {
    min-height: 2.75rem;
    margin-block-end: var(--_space-m);
    padding: 0 var(--_space-s);
    background: none;
    border: 1px solid currentColor;
    border-radius: 4px;
    color: var(--_link-color);
    font: inherit;
    cursor: pointer;
  }
  .columns[hidden] {
    display: none;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-l);
  }
  h2 {
    margin: 0 0 var(--_space-s);
    font-family: var(--_font-heading);
    font-size: 1.125rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    margin-top: 0.25rem;
  }
  li a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_space-s);
  }
  .bottom {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    align-items: center;
    justify-content: space-between;
    margin-top: var(--_space-l);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_subtle);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .inline li + li {
    margin-top: 0;
  }
  .official {
    margin: 0;
    color: var(--_subtle);
  }
  .ext {
    margin-inline-start: 0.25em;
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    .footer {
      border-top-color: CanvasText;
    }
  }
`;
