/**
 * The CDN entry a page pastes: it defines only the `knead-*` elements the page uses, each
 * from its own chunk beside this file, when it is needed. A page with one booking button
 * downloads the button and what it shares with nothing else.
 *
 * - Elements already in the page, and those added later (a CMS, an app's router), are found
 *   by tag; `discover(root)` adds a shadow root an app renders widgets into.
 * - `<knead-clinic>` loads at once: its widgets wait for it. Every other widget is defined
 *   when it comes within a screen of the viewport; its code is fetched before that, as soon
 *   as the browser is idle. So it is ready before the visitor reaches it, and neither its
 *   download nor its first render (the costly part) competes with the first paint or with
 *   a visitor's taps on what is in view. `loading="eager"` on an element, or `loadAll()`,
 *   defines at once.
 * - An unknown `knead-*` tag (a typo) gets one console error naming the known tags.
 *
 * Chunks are imported by relative URL, so the files work from any CDN or folder.
 */
import { reserveSpace } from './shared/reserve-space.js';
import {
  WIDGET_MODULES,
  isWidgetTag,
  unknownTagMessage,
  type WidgetModules,
} from './widget-modules.js';

export { WIDGET_MODULES };

/** Tags whose define module is loading or loaded, and tags whose code is: each once. */
const defining = new Set<string>();
const fetching = new Set<string>();
/** Unknown tags already reported, so a typo repeated in a list is reported once. */
const reported = new Set<string>();
/** Roots already watched. */
const watched = new WeakSet<Document | ShadowRoot>();

/** Imports `tag`'s `define` (or `code`) module once; a failed import may be tried again. */
function load(tag: string, part: 'define' | 'code' = 'define'): void {
  const started = part === 'define' ? defining : fetching;
  // Defined already: by the all-in-one file or an app's npm build on the same page, whose
  // lit must not be joined by a second copy (Trusted Types refuses a second lit-html policy).
  if (started.has(tag) || !isWidgetTag(tag) || customElements.get(tag)) return;
  const importModule = (WIDGET_MODULES[tag] as WidgetModules)[part];
  if (!importModule) return;
  started.add(tag);
  importModule().catch((error: unknown) => {
    started.delete(tag);
    console.error(`knead-widgets: <${tag}> could not be loaded`, error);
  });
}

/** Defines every widget the library has, for pages that want no waiting at all. */
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

/** Runs `run` when the browser has nothing better to do. */
const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 3000 })
    : (run) => setTimeout(run, 1500);

/**
 * True for an element defined at once rather than when near the viewport: the clinic (its
 * widgets wait for its settings) and any widget marked `loading="eager"`.
 */
export const loadsAtOnce = (element: Element): boolean =>
  element.localName === 'knead-clinic' || element.getAttribute('loading') === 'eager';

/** Schedules an undefined `knead-*` element's modules. */
function found(element: Element): void {
  const tag = element.localName;
  if (defining.has(tag) || customElements.get(tag)) return;
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
  whenIdle(() => load(tag, 'code'));
}

/** The undefined `knead-*` elements in `root` and below it (not inside shadow roots). */
const undefinedWidgets = (root: ParentNode): Element[] =>
  [...root.querySelectorAll(':not(:defined)')].filter((element) =>
    element.localName.startsWith('knead-'),
  );

/** `node` and its descendants, when it is an element: what a mutation added or removed. */
const withDescendants = (node: Node): Element[] =>
  node instanceof Element ? [node, ...undefinedWidgets(node)] : [];

/**
 * Watches `root`, a document or a shadow root an app renders widgets into: defines the
 * `knead-*` elements in it now and those added to it later.
 */
export function discover(root: Document | ShadowRoot = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  reserveSpace(root);
  undefinedWidgets(root).forEach(found);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes)
        for (const element of withDescendants(node))
          if (element.localName.startsWith('knead-') && !element.matches(':defined'))
            found(element);
      // An app's router removed it before it came near: stop watching it.
      for (const node of record.removedNodes)
        withDescendants(node).forEach((e) => near?.unobserve(e));
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
