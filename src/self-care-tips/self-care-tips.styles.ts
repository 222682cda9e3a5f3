import { css } from 'lit';

/**
 * The tips in one framed panel on the widget's own surface (so a `theme` unlike the page's
 * stays readable), divided by rules; each tip's moments are small tinted tags with text, like
 * a technique card's, and no border, so they do not look like buttons.
 */
export const selfCareTipsStyles = css`
  :host {
    display: block;
  }
  .panel {
    padding: var(--knead-tips-padding, 1.25em);
    background: var(--knead-tips-background, var(--_surface));
    border: 1px solid var(--knead-tips-border-color, var(--_border));
    border-radius: var(--_radius);
    color: var(--_text);
  }
  p,
  ul {
    margin: 0;
  }
  .tips,
  .moments {
    padding: 0;
    list-style: none;
  }
  .tip + .tip {
    margin-top: 1em;
    padding-top: 1em;
    border-top: 1px solid var(--knead-tips-border-color, var(--_border));
  }
  .title {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }
  .text {
    margin-top: 0.25em;
  }
  .moments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.5em;
  }
  .moment {
    min-width: 0;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(
      --knead-tag-background,
      var(--knead-color-tag, color-mix(in srgb, var(--_accent) 12%, var(--_surface)))
    );
    font-size: 0.875em;
  }
  .general {
    margin-top: 1.25em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .message {
    color: var(--_danger);
  }
`;
