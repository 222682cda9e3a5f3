/**
 * Test helpers the widgets' tests share (for now here, where they began): hostile input,
 * console capture, focus through shadow roots, painted colours. Reading a card or list goes
 * through the harnesses in test/harness/.
 */
import { captureConsole } from '../helpers/console.js';
import { nextFrame } from '../harness/technique-card.js';

export { builtIn, isShown, part, parts, settle, textOf } from '../harness/technique-card.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Markup a clinic's CMS might let through; it must only ever show as text. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
] as const;

/**
 * Whether something is there. Assertions compare this, never an element: a failing
 * assertion that prints a DOM element stalls the test runner instead of reporting.
 */
export const present = (thing: unknown): boolean => thing !== null && thing !== undefined;

/** Runs `run`, returning what it made and every console error logged meanwhile. */
export async function withErrors<T>(run: () => Promise<T>): Promise<{ el: T; errors: string[] }> {
  let el!: T;
  const errors = await captureConsole('error', async () => {
    el = await run();
  });
  return { el, errors };
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Relative luminance (0 black to 1 white) of a computed `rgb()`/`rgba()` colour. */
export function luminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The space bar, as both Chromium and Firefox accept it: Firefox's driver does not take the
 * key name 'Space' (key names are underspecified: https://github.com/w3c/webdriver-bidi/issues/757).
 */
export const SPACE = ' ';

/** Gives an injected `onerror` or script every chance to run before we check it did not. */
export async function letHostileCodeRun(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await nextFrame();
}
