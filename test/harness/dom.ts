/**
 * Reading any widget the way a visitor meets it: its text as read aloud, its parts, what
 * is shown and what has focus. Plain DOM, shared by every harness, test and story.
 */

/** A node's text as read aloud: whitespace collapsed, ends trimmed. */
export const textOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element of a shadow root with the given part. */
export const part = <T extends Element = HTMLElement>(host: Element, name: string): T | null =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Every element of a shadow root with the given part. */
export const parts = <T extends Element = HTMLElement>(host: Element, name: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

/** True when the element has a box a visitor can see (not hidden, not in a closed disclosure). */
export const isShown = (element: Element): boolean =>
  element.checkVisibility({ visibilityProperty: true });

/**
 * Whether something is there. Assertions compare this, never an element: a failing
 * assertion that prints a DOM element stalls the test runner instead of reporting.
 */
export const present = (thing: unknown): boolean => thing !== null && thing !== undefined;

/** The next animation frame: layout, slots and context have settled by then. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
