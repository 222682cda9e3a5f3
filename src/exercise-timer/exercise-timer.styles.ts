import { css } from 'lit';

export const exerciseTimerStyles = css`
  :host {
    display: block;
    max-width: var(--knead-timer-max-width, 44em);
    container-type: inline-size;
    /* Room for the start screen before and while it renders. */
    min-height: 20em;
  }
  .timer {
    gap: 0.875em;
  }
  .timer:focus {
    outline: none;
  }
  ol {
    margin: 0;
  }
  .summary,
  .advice,
  .progress p,
  .next {
    color: var(--_muted);
  }
  /* The overview and the steps: numbered lists, one item a line. */
  .overview,
  .steps {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding-inline-start: 1.5em;
  }
  .overview {
    gap: 0.375em;
  }
  .overview .name {
    font-weight: 600;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .progress p {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.9375em;
  }
  .left {
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--_accent);
  }
  .stage {
    display: grid;
    gap: 1.25em;
    justify-items: center;
  }
  @container (min-width: 34em) {
    .stage {
      grid-template-columns: auto 1fr;
      align-items: start;
      justify-items: stretch;
    }
    /* The ring on the left; the picture above the steps on the right. */
    .ring {
      grid-row: span 2;
    }
  }
  /* Drawn 140 by 56: the box keeps that shape before the figures load, so nothing moves. */
  .picture {
    width: 100%;
    max-width: var(--knead-timer-picture-width, 20em);
    aspect-ratio: 140 / 56;
    color: var(--knead-timer-figure-color, var(--_text));
  }
  [part='message'] {
    padding: 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
`;
