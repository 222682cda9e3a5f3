/** Markup a hostile page or CMS might slip into a widget's text, and the wait to prove it stays text. */
import { nextFrame } from '../harness/dom.js';

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

/** Gives an injected `onerror` or script every chance to run before we check it did not. */
export async function letHostileCodeRun(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await nextFrame();
}
