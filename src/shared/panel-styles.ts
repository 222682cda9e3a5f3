import { css } from 'lit';

/**
 * The framed panel that the screen-by-screen widgets (symptom check, exercise timer) draw
 * each screen in, and that screen's heading.
 */
export const panelStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
`;
