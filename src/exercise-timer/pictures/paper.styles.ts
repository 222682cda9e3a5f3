import { css } from 'lit';

/**
 * The pictures' and the printed routine's styles: loaded with the figures (their own chunk)
 * and added to the timer's shadow root then, so a timer's first paint does not wait for them.
 */
export const paperStyles = css`
  .picture.pair,
  .picture:has(img) {
    aspect-ratio: auto;
    max-width: calc(var(--knead-timer-picture-width, 20em) * 1.5);
  }
  .figure {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .figure path {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .figure .far {
    opacity: 0.45;
  }
  /* The head hides the far arm behind it; the near arm, drawn after, crosses in front. */
  .figure .head {
    fill: var(--_surface);
  }
  .figure .floor {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .pair {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .pair figure {
    flex: 1;
    margin: 0;
    text-align: center;
  }
  .pair figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .photo {
    display: block;
    max-width: 100%;
    max-height: 16em;
    border-radius: var(--_radius);
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
  /* The handout: on paper only, instead of the screen. */
  .handout {
    display: none;
  }
  @media print {
    :host {
      max-width: none;
      min-height: 0;
    }
    .timer {
      display: none;
    }
    /* Paper is white, whatever the screen's theme: dark ink, and the clinic's tokens left out. */
    .handout {
      display: block;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_accent: #333;
      color: var(--_text);
      background: var(--_surface);
    }
    .handout-title {
      font-size: 1.5em;
      font-weight: 700;
    }
    .handout-clinic {
      font-weight: 600;
    }
    .handout-advice {
      margin-block: 0.5em;
      padding: 0.5em 0.875em;
      border: 1px solid #555;
      border-radius: var(--_radius);
    }
    /* Each exercise: its picture beside its text, numbered, never split across pages. */
    .handout-list {
      padding: 0;
      list-style: none;
      counter-reset: exercise;
    }
    .handout-list > li {
      display: grid;
      grid-template-columns: minmax(0, 2fr) 3fr;
      gap: 1em;
      align-items: start;
      break-inside: avoid;
      padding-block: 0.75em;
      border-top: 1px solid #999;
      counter-increment: exercise;
    }
    .handout-list > li > div {
      display: grid;
      gap: 0.25em;
    }
    .handout .name::before {
      content: counter(exercise) '. ';
    }
    .handout .name {
      font-weight: 700;
    }
  }
`;
