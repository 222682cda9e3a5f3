import { css } from 'lit';

export const bookingFrameStyles = css`
  :host {
    display: block;
    /*
     * The box the loader reserves before upgrade (RESERVED, src/shared/reserve-space.ts), kept
     * after it, so nothing below moves up. The placeholder is shorter where its lines are long
     * (222px at 16px in en/fr/es from 768px wide), taller on a narrow phone (366px in French
     * at 320px).
     */
    min-height: 320px;
  }
  .box {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  /* Try again (and the skip button, when focused) keep their own width. */
  .box > button {
    align-self: flex-start;
  }
  /*
   * The placeholder's box; and when the page did not load, the message, Try again and the
   * new tab in one box like it, where the calendar was.
   */
  .placeholder,
  .box:has(> .status.failed) {
    padding: 1.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .placeholder a,
  .way-out a {
    color: var(--_accent);
  }
  iframe {
    display: block;
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    height: var(--knead-frame-height, 760px);
    min-height: var(--knead-frame-min-height, 420px);
    max-height: var(--knead-frame-max-height, none);
    box-sizing: border-box;
  }
  /* Out of sight and of the accessibility tree, but still a window its page can post from
     (Firefox gives a display: none frame's messages a source nothing can match). */
  iframe.late {
    visibility: hidden;
    height: 0;
    min-height: 0;
    border: 0;
  }
  .status:empty {
    display: none;
  }
  /* Above the frame, where the visitor looks, not below a frame taller than the screen. */
  .status {
    order: -1;
  }
  .status.failed {
    color: var(--_danger);
  }
  /* Out of sight until a keyboard reaches it. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .way-out a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
`;
