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
  /*
   * One box on the widget's own surface in every state: the placeholder, the frame with its
   * status and the new tab, the failure. Its text is never drawn straight on a page whose
   * colours differ from the widget's theme.
   */
  .box {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: 1.25em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Try again (and the skip button, when focused) keep their own width. */
  .box > button {
    align-self: flex-start;
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
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  iframe {
    display: block;
    width: 100%;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    height: var(--knead-frame-height, 760px);
    min-height: var(--knead-frame-min-height, 420px);
    max-height: var(--knead-frame-max-height, none);
    box-sizing: border-box;
  }
  /* Out of sight and of the accessibility tree, but still a window its page can post from
     (Firefox gives a display: none frame's messages a source nothing can match). */
  .failed iframe {
    visibility: hidden;
    /* Not height, which the booking page's own height (an inline style) would outrank. */
    min-height: 0;
    max-height: 0;
  }
  .status:empty {
    display: none;
  }
  .failed .status {
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
`;
