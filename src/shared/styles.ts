import { css } from 'lit';
import { themeStyles } from './theme-styles.js';

/**
 * Design tokens and host defaults every widget starts from. Tokens are read through
 * `var()` fallbacks so a clinic can set `--knead-*` on any ancestor. Colours use
 * `light-dark()`, so a widget follows the page's `color-scheme` (inherited), or the
 * `theme` attribute on the widget or on its `<knead-clinic>`. Sizes are in `em` and `px`,
 * never `rem`: themes that shrink the root font size must not shrink the widgets.
 */
export const baseStyles = css`
  ${themeStyles}
  :host {
    --_accent: var(--knead-color-accent, light-dark(#0b6b61, #7fd8cb));
    --_on-accent: var(--knead-color-on-accent, light-dark(#ffffff, #06201c));
    --_text: var(--knead-color-text, light-dark(#1d2624, #e8efed));
    --_muted: var(--knead-color-muted, light-dark(#4a5654, #b5c2bf));
    --_surface: var(--knead-color-surface, light-dark(#ffffff, #17201e));
    --_border: var(--knead-color-border, light-dark(#8a9794, #6d7b78));
    --_danger: var(--knead-color-danger, light-dark(#a3261b, #ff9f94));
    --_danger-surface: var(--knead-color-danger-surface, light-dark(#fdecea, #3a1a17));
    --_focus: var(--knead-color-focus, light-dark(#1a56c9, #9ec1ff));
    --_radius: var(--knead-radius, 8px);
    --_gap: var(--knead-space, 0.75em);
    --_target: var(--knead-target-size, 44px);

    box-sizing: border-box;
    font-family: var(--knead-font-family, inherit);
    line-height: var(--knead-line-height, 1.5);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * Page rules reach the host element itself ("* { line-height: 1 }" matches it like any
   * other), and through it everything inside that inherits. The shadow root's top-level
   * elements set the text afresh, where no page rule can reach: the font family and size
   * still come from the page, the rest of the text setting from the widget and its tokens.
   * Long words (a pasted link, a compound name) break rather than overflow.
   */
  :host > * {
    font-family: var(--knead-font-family, inherit);
    line-height: var(--knead-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
    hyphens: manual;
  }
  /* Not inherited from the host, whose box-sizing the page may set. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* What a widget hides stays hidden, whatever a page's ::part() rule says about display. */
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
