import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const capacitySwitcherStyles = css`
  :host {
    --_link-color: ${token('--loket-color-link')};
    --_text: ${token('--loket-color-text')};
    --_subtle: ${token('--loket-color-text-subtle')};
    --_link: ${token('--loket-color-link')};
    --_border: ${token('--loket-color-border')};
    --_surface: ${token('--loket-color-background')};
    --_error: ${token('--loket-color-error-accent')};
    --_radius: ${token('--loket-radius')};
    --_space-s: ${token('--loket-space-s')};
    --_space-m: ${token('--loket-space-m')};
    display: block;
    color: var(--_text);
  }
  h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.125rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 20rem;
    overflow-y: auto;
  }
  .list li + li {
    margin-top: 0.25rem;
  }
  .option {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    background: var(--_surface);
    color: var(--_link);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: start;
    cursor: pointer;
  }
  .option:hover .name {
    text-decoration: underline;
  }
  .option[aria-current='true'] {
    border-width: 2px;
    border-color: var(--_link);
    color: var(--_text);
    cursor: default;
  }
  .option:disabled {
    cursor: progress;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    color: var(--_subtle);
    font-size: 0.875em;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: var(--_space-s);
  }
  .filter input {
    min-height: 2.75rem;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
  .status:empty {
    display: none;
  }
  .error {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }
  .error p,
  .note,
  .empty {
    margin: 0 0 var(--_space-s);
  }
  a {
    color: var(--_link);
  }
  .retry {
    min-height: 2.75rem;
    padding: 0 var(--_space-m);
    background: var(--_surface);
    color: var(--_link);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font: inherit;
  }
  @media (forced-colors: active) {
    .option[aria-current='true'] {
      border-color: Highlight;
    }
  }
`;
