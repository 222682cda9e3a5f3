import { css } from 'lit';

/**
 * The widgets' own buttons (Start, Next, Pause, ...): outlined in the accent colour, the
 * main one filled, every one at least the target size.
 */
export const buttonStyles = css`
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
