import { css } from 'lit';

export const techniqueCardStyles = css`
  :host {
    --_card-accent: var(--knead-highlight-color, var(--_accent));
    --_tag: var(
      --knead-tag-background,
      var(--knead-color-tag, color-mix(in srgb, var(--_accent) 12%, var(--_surface)))
    );
    display: block;
    min-width: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: clip;
    background: var(--knead-card-background, var(--_surface));
    border: 1px solid var(--knead-card-border-color, var(--_border));
    border-radius: var(--knead-card-radius, var(--_radius));
  }
  /* A ring outside the border, so highlighting never moves the content. */
  :host([highlighted]) .card {
    border-color: var(--_card-accent);
    box-shadow: 0 0 0 2px var(--_card-accent);
  }
  ::slotted([slot='media']) {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--knead-card-padding, 1.25em);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .badge {
    margin: 0;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_card-accent);
    color: var(--_on-accent);
    font-size: 0.8125em;
    font-weight: 700;
  }
  p,
  ul {
    margin: 0;
  }
  .summary {
    color: var(--_text);
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  .facts > div {
    display: contents;
  }
  dt,
  .label {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .pressure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .meter {
    display: inline-flex;
    gap: 3px;
  }
  .pip {
    width: 0.75em;
    height: 0.75em;
    border: 2px solid var(--knead-meter-color, var(--_accent));
    border-radius: 50%;
  }
  .pip.on {
    background: var(--knead-meter-color, var(--_accent));
  }
  @media (forced-colors: active) {
    .pip {
      border-color: CanvasText;
    }
    .pip.on {
      background: CanvasText;
    }
  }
  .goals ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.25em;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_tag);
    font-size: 0.875em;
  }
  .details {
    border-top: 1px solid var(--knead-card-border-color, var(--_border));
  }
  summary {
    display: flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  summary::marker {
    content: '';
  }
  /* Safari's ::marker takes only colour and font size, so it keeps its triangle
     (https://webkit.org/b/204163); its own pseudo-element hides it (MDN, <summary>:
     https://developer.mozilla.org/en-US/docs/Web/HTML/Element/summary). */
  summary::-webkit-details-marker {
    display: none;
  }
  /* A marker for the eye only: the empty alternative text keeps it out of the name. */
  summary::before {
    content: '+' / '';
    display: inline-block;
    width: 1.25em;
    font-weight: 700;
  }
  details[open] > summary::before {
    content: '−' / '';
  }
  .details-body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-bottom: 0.5em;
  }
  .subheading {
    font-weight: 700;
  }
  .cautions {
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: auto;
  }
  /* Its box is reserved while its code loads, so the card does not grow when it arrives. */
  knead-booking-button:not(:defined) {
    display: inline-block;
    min-height: var(--_target);
  }
  .message {
    padding: var(--knead-card-padding, 1.25em);
    color: var(--_danger);
  }
`;
