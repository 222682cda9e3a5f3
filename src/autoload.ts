/**
 * The CDN entry a page pastes: it defines only the `knead-*` elements the page uses, each
 * from its own chunk beside this file, when it is needed. A page with one booking button
 * downloads the button and what it shares with nothing else.
 *
 * - Elements already in the page, and those added later (a CMS, an app's router), are found
 *   by tag; `discover(root)` adds a shadow root an app renders widgets into.
 * - `<knead-clinic>` loads at once: its widgets wait for it. Every other widget starts
 *   loading when it comes within a screen of the viewport or when the browser is idle,
 *   whichever is first, so it is ready before the visitor reaches it and never competes
 *   with the first paint. `loading="eager"` on an element, or `loadAll()`, loads at once.
 * - An unknown `knead-*` tag (a typo) gets one console error naming the known tags.
 *
 * Chunks are imported by relative URL, so the files work from any CDN or folder.
 */
import { reserveSpace } from './shared/reserve-space.js';
import { WIDGET_MODULES, isWidgetTag, unknownTagMessage } from './widget-modules.js';

export { WIDGET_MODULES };

/** Tags whose module is loading or loaded: each is imported once. */
const requested = new Set<string>();
/** Unknown tags already reported, so a typo repeated in a list is reported once. */
const reported = new Set<string>();
/** Roots already watched. */
const watched = new WeakSet<Document | ShadowRoot>();

/** Defines `tag` now (once). */
function load(tag: string): void {
  // Defined already: by the all-in-one file or an app's npm build on the same page, whose
  // lit must not be joined by a second copy (Trusted Types refuses a second lit-html policy).
  if (requested.has(tag) || !isWidgetTag(tag) || customElements.get(tag)) return;
  requested.add(tag);
  WIDGET_MODULES[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`knead-widgets: <${tag}> could not be loaded`, error);
  });
}

/** Loads every widget the library has, for pages that want no waiting at all. */
export function loadAll(): void {
  for (const tag of Object.keys(WIDGET_MODULES)) load(tag);
}

const near: IntersectionObserver | undefined =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries, observer) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer.unobserve(entry.target);
            load(entry.target.localName);
          }
        },
        // One screen ahead, in both directions and sideways (carousels, tabs).
        { rootMargin: '100%' },
      )
    : undefined;

/** Loads a waiting tag when the browser has nothing better to do. */
const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 3000 })
    : (run) => setTimeout(run, 1500);

/**
 * True for an element whose code loads at once rather than when near the viewport: the
 * clinic (its widgets wait for its settings) and any widget marked `loading="eager"`.
 */
export const loadsAtOnce = (element: Element): boolean =>
  element.localName === 'knead-clinic' || element.getAttribute('loading') === 'eager';

/** Schedules an undefined `knead-*` element's module. */
function found(element: Element): void {
  const tag = element.localName;
  if (requested.has(tag) || customElements.get(tag)) return;
  if (!isWidgetTag(tag)) {
    if (reported.has(tag)) return;
    reported.add(tag);
    console.error(unknownTagMessage(tag), element);
    return;
  }
  if (loadsAtOnce(element) || !near) {
    load(tag);
    return;
  }
  near.observe(element);
  whenIdle(() => load(tag));
}

/** Every undefined `knead-*` element in `root` (not inside other shadow roots). */
function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(':not(:defined)'))
    if (element.localName.startsWith('knead-')) found(element);
}

/**
 * Watches `root`, a document or a shadow root an app renders widgets into: defines the
 * `knead-*` elements in it now and those added to it later.
 */
export function discover(root: Document | ShadowRoot = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  reserveSpace(root);
  scan(root);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName.startsWith('knead-') && !customElements.get(node.localName)) found(node);
        scan(node);
      }
  }).observe(root, { childList: true, subtree: true });
}

/**
 * True until DOMContentLoaded has fired. Module scripts run after the document is parsed but
 * before that event, each in turn; waiting for it lets every script the page names (the
 * all-in-one file after this one, say) define its elements before this loads any.
 */
function beforeContentLoaded(): boolean {
  if (document.readyState === 'loading') return true;
  const [navigation] = performance.getEntriesByType?.('navigation') ?? [];
  return (navigation as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart === 0;
}

if (beforeContentLoaded())
  document.addEventListener('DOMContentLoaded', () => discover(), { once: true });
else discover();
