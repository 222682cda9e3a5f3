import { css } from 'lit';

export const bookingDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(100vw - 16px, var(--knead-popup-width, 760px));
    height: min(100dvh - 16px, var(--knead-popup-height, 820px));
    max-width: none;
    max-height: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: hidden;
    container-type: inline-size;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--knead-backdrop, rgb(0 0 0 / 0.55));
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: var(--_gap);
    padding: 0.5em 0.5em 0.5em 1em;
    border-bottom: 1px solid var(--_border);
  }
  /* Two lines at most, whatever the clinic's name: the rest ends in an ellipsis on screen
     and is still read out whole (and shown whole in the title tooltip). */
  h2 {
    min-width: 0;
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  header a {
    color: var(--_accent);
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    overflow-wrap: normal;
  }
  /* On a phone the title keeps the row with the close button; the link goes below it. */
  @container (max-width: 30em) {
    header {
      grid-template-columns: 1fr auto;
    }
    header a {
      grid-row: 2;
      grid-column: 1 / -1;
      justify-self: start;
    }
  }
  .close {
    min-width: var(--_target);
    min-height: var(--_target);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .frame {
    position: relative;
    flex: 1;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_muted);
  }
  iframe {
    position: relative;
    width: 100%;
    height: 100%;
    border: 0;
  }
  .frame[aria-busy='true'] iframe {
    opacity: 0;
  }
`;
