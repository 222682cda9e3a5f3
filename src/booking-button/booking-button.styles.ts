import { css } from 'lit';

export const bookingButtonStyles = css`
  :host {
    /* Reserve the button's box before and after upgrade, so nothing shifts. */
    display: inline-block;
    vertical-align: middle;
    min-height: var(--_target);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1.25em;
    border: 2px solid var(--knead-button-border-color, var(--_accent));
    border-radius: var(--knead-button-radius, var(--_radius));
    background: var(--knead-button-background, var(--_accent));
    color: var(--knead-button-color, var(--_on-accent));
    /* Not the font shorthand: the line height and family come from the shared text setting
       of the shadow root's top level, which a page rule on the host cannot reach. */
    font-size: inherit;
    font-style: inherit;
    text-align: center;
    font-weight: var(--knead-button-font-weight, 600);
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  :host([variant='secondary']) .button {
    background: var(--knead-button-background, transparent);
    color: var(--knead-button-color, var(--_accent));
  }
  :host([variant='link']) .button {
    min-width: 0;
    padding-inline: 0.25em;
    border-color: transparent;
    background: transparent;
    color: var(--knead-button-color, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .button:disabled {
    cursor: not-allowed;
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    filter: none;
  }
  .message {
    display: block;
    margin: 0.4em 0 0;
    font-size: 0.875em;
    color: var(--_danger);
  }
  .call {
    display: block;
    color: var(--_text);
  }
  .call a {
    color: var(--_accent);
  }
`;
