import { css } from 'lit';
import { reportUnknownChoice } from './log.js';

/**
 * The `theme` attribute: a colour scheme the widget and everything inside it follow. Without
 * one, a widget follows its clinic's `theme` (the `theme-*` custom states ClinicConsumer
 * sets), which CSS inheritance cannot carry to widgets outside a page clinic. Each state
 * rule stands alone, so a browser without `:state()` drops only that rule.
 */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host(:not([theme]):state(theme-light)) {
    color-scheme: light;
  }
  :host(:not([theme]):state(theme-dark)) {
    color-scheme: dark;
  }
  :host(:not([theme]):state(theme-auto)) {
    color-scheme: light dark;
  }
`;

/**
 * Warns once about a `theme` that is none of `light`, `dark`, `auto` (the page's colours
 * stay). KneadElement checks it on every update of every widget and of `<knead-clinic>`.
 */
export const checkTheme = (element: Element & { theme?: string | undefined }): void =>
  reportUnknownChoice(element, 'theme', element.theme, ['light', 'dark', 'auto']);
