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
  .ring {
    position: relative;
    width: var(--knead-timer-ring-size, 11em);
    aspect-ratio: 1;
  }
  .ring svg {
    display: block;
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  circle {
    fill: none;
    stroke-width: 7;
  }
  .track {
    stroke: color-mix(in srgb, var(--_border) 45%, var(--_surface));
  }
  .fill {
    stroke: var(--_accent);
    stroke-dasharray: 100;
    stroke-linecap: round;
    /*
     * The ring steps once a second, like a clock's hand, and never animates in between:
     * a glide made the page repaint every frame and cost a phone five times the CPU
     * (npm run bench:timer), and it also suits visitors who ask for less motion.
     */
  }
  .rest .fill,
  .switch .fill,
  .prepare .fill {
    stroke: var(--_muted);
  }
  .face {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
  }
  .phase {
    /* Each new phase's name eases in: a cue for the eye, once per phase, not per second. */
    animation: knead-phase-in 0.4s ease-out;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    font-size: 0.875em;
  }
  @keyframes knead-phase-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .phase {
      animation: none;
    }
  }
  .countdown {
    font-size: 3.25em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .paused {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
    justify-self: stretch;
  }
  .exercise {
    font-size: 1.25em;
    font-weight: 700;
  }
  .rep {
    font-size: 1.125em;
    font-weight: 600;
    color: var(--_accent);
  }
  .breathing {
    padding: 0.5em 0.875em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .done {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .done-title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.primary {
    /* Pause and Resume differ in length: a steady width keeps the row from jumping. */
    min-width: 7em;
  }
  .cues {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .cues label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  .cues input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='message'] {
    padding: 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
`;
