import { css } from 'lit';

/**
 * The pictures' and the printed routine's styles: loaded with the figures (their own chunk)
 * and added to the timer's shadow root then, so a timer's first paint does not wait for them.
 * The handout is laid out here and shown on paper only (a stylesheet of the page may show
 * it on screen too, through `::part(handout)`, as the Storybook story does).
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
  /* Paper is white, whatever the screen's theme: dark ink, and the clinic's tokens left out. */
  .handout {
    display: none;
    --_text: #000;
    --_muted: #333;
    --_surface: #fff;
    --_accent: #333;
    color: var(--_text);
    background: var(--_surface);
  }
  @media print {
    :host {
      max-width: none;
      min-height: 0;
    }
    .timer {
      display: none;
    }
    .handout {
      display: block;
    }
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
    min-width: 0;
  }
  .handout .name::before {
    content: counter(exercise) '. ';
  }
  .handout .name {
    font-weight: 700;
  }
`;
