/**
 * The CDN entry a page pastes: it defines only the `knead-*` elements the page uses, each
 * from its own chunk beside this file, when it is needed. A page with one booking button
 * downloads the button and what it shares with nothing else.
 *
 * - Elements already in the page, and those added later (a CMS, an app's router), are found
 *   by tag; `discover(root)` adds a shadow root an app renders widgets into.
 * - `<knead-clinic>` loads at once: its widgets wait for it. Every other tag is defined
 *   when its first element comes within a screen of the viewport (then every element of
 *   that tag upgrades, near or not); its code is fetched before that, as soon as the
 *   browser is idle. A hidden element (display:none, a closed tab) is never near.
 *   `loading="eager"` on an element (also when set later), or `loadAll()`, defines at once.
 * - An unknown `knead-*` tag (a typo) gets one console error naming the known tags, a
 *   second later (the site may be defining a `knead-*` element of its own).
 * - A widget whose files fail to arrive is tried again twice, after 3 and 6 seconds.
 * - One loader per page: a second copy (the file from another URL) hands its calls to the
 *   first, so no chunk, and no second lit, is loaded twice.
 *
 * Chunks are imported by relative URL, so the files work from any CDN or folder.
 */
import { reserveSpace } from './shared/reserve-space.js';
import {
  WIDGET_MODULES,
  isWidgetTag,
  loadsAtOnce,
  unknownTagMessage,
  type WidgetModules,
} from './widget-modules.js';

/** Tags whose define module is loading or loaded, and tags whose code is: each once. */
const defining = new Set<string>();
const fetching = new Set<string>();
/** Unknown tags already reported, so a typo repeated in a list is reported once. */
const reported = new Set<string>();
/** Roots already watched, and the same roots to search again after a failed load. */
const watched = new WeakSet<Document | ShadowRoot>();
const roots: WeakRef<Document | ShadowRoot>[] = [];
/** Failed define loads per tag: retried twice (Chromium refetches; Firefox keeps the failure). */
const failures = new Map<string, number>();
const KNOWN = Object.keys(WIDGET_MODULES).join(',');

/** Imports `tag`'s `define` (or `code`) module once; a failed define is retried twice. */
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
    // The code is only fetched ahead; its define reports (and retries) if it fails too.
    if (part === 'code') return;
    const tries = (failures.get(tag) ?? 0) + 1;
    failures.set(tag, tries);
    console.error(
      `knead-widgets: <${tag}> could not be loaded from ${new URL(/* @vite-ignore */ 'chunks/', import.meta.url)}` +
        (tries <= 2 ? '; trying again shortly' : '; reload the page to try again'),
      error,
    );
    if (tries <= 2) setTimeout(() => rescan(tag), 3000 * tries);
  });
}

/** Finds `tag`'s undefined elements in every watched root again (after a failed load). */
function rescan(tag: string): void {
  for (const root of roots)
    root
      .deref()
      ?.querySelectorAll(`${tag}:not(:defined)`)
      .forEach((element) => {
        near?.unobserve(element);
        found(element);
      });
}

/** Defines every widget the library has, for pages that want no waiting at all. */
function ownLoadAll(): void {
  for (const tag of Object.keys(WIDGET_MODULES)) load(tag);
}

const near: IntersectionObserver | undefined =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries, observer) => {
          for (const entry of entries) {
            const tag = entry.target.localName;
            // Upgraded meanwhile (another element of its tag came near): stop watching it.
            if (customElements.get(tag)) observer.unobserve(entry.target);
            if (!entry.isIntersecting) continue;
            observer.unobserve(entry.target);
            load(tag);
          }
        },
        // One screen ahead of the viewport in every direction. The margin does not reach
        // into a scrolling box (a carousel) nor a cross-origin iframe: there, near means in
        // view. scrollMargin would, but in Chromium 156 it also made every widget on a long
        // page near at once (bench:page: all 19 files loaded, blocking time back to +220 ms).
        { rootMargin: '100%' },
      )
    : undefined;

/** Runs `run` when the browser has nothing better to do. */
const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 3000 })
    : (run) => setTimeout(run, 1500);

/** Schedules an undefined `knead-*` element's modules. */
function found(element: Element): void {
  const tag = element.localName;
  if (customElements.get(tag)) return;
  if (!isWidgetTag(tag)) {
    if (reported.has(tag)) return;
    reported.add(tag);
    // The site's own knead-* element, defined by its script a moment later, is no typo.
    setTimeout(
      () => customElements.get(tag) || console.error(unknownTagMessage(tag), element),
      1000,
    );
    return;
  }
  if (loadsAtOnce(element) || !near) {
    load(tag);
    return;
  }
  if (defining.has(tag)) return;
  near.observe(element);
  // Not for an element the app removed meanwhile.
  whenIdle(() => element.isConnected && load(tag, 'code'));
}

/** True for a `knead-*` element whose tag is not defined yet: one the loader may load. */
const isWaiting = (element: Element): boolean =>
  element.localName.startsWith('knead-') && !element.matches(':defined');

/** The waiting `knead-*` elements in `root` and below it (not inside shadow roots). */
const undefinedWidgets = (root: ParentNode): Element[] =>
  [...root.querySelectorAll(':not(:defined)')].filter(isWaiting);

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

function ownDiscover(root: Document | ShadowRoot = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  roots.push(new WeakRef(root));
  reserveSpace(root);
  undefinedWidgets(root).forEach(found);
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      // loading="eager" set after the element was found.
      if (record.type === 'attributes') {
        if (isWaiting(target) && loadsAtOnce(target)) {
          near?.unobserve(target);
          found(target);
        }
        continue;
      }
      for (const node of record.addedNodes)
        if (isElement(node)) [node, ...undefinedWidgets(node)].filter(isWaiting).forEach(found);
      // An app's router removed it before it came near: stop watching it (defined or not).
      for (const node of record.removedNodes)
        if (isElement(node))
          [node, ...node.querySelectorAll(KNOWN)].forEach((e) => near?.unobserve(e));
    }
  }).observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['loading'],
  });
}

/**
 * True until DOMContentLoaded has fired. Module scripts run after the document is parsed but
 * before that event, each in turn; waiting for it lets the all-in-one file after this one
 * define its elements before this loads any (a second lit would follow otherwise).
 */
function beforeContentLoaded(): boolean {
  if (document.readyState === 'loading') return true;
  const [navigation] = performance.getEntriesByType?.('navigation') ?? [];
  return (navigation as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart === 0;
}

/** The page's one loader: the first copy that ran, from whichever URL. */
const KEY = Symbol.for('knead-widgets.autoload@1');
interface Loader {
  readonly discover: (root?: Document | ShadowRoot) => void;
  readonly loadAll: () => void;
}
const page = globalThis as { [KEY]?: Loader };
const first = page[KEY];

/**
 * Watches `root`, a document or a shadow root an app renders widgets into: finds the
 * `knead-*` elements in it now and those added to it later, and loads them like the rest.
 */
export const discover: Loader['discover'] = first?.discover ?? ownDiscover;
/** Defines every widget the library has, for pages that want no waiting at all. */
export const loadAll: Loader['loadAll'] = first?.loadAll ?? ownLoadAll;
/**
 * Adds a language (or texts of one) for every widget on the page, as the npm build's
 * `registerLanguage`: one registry per page, whichever copy of the library adds to it.
 */
export { registerLanguage } from './shared/language-registry.js';

if (!first) {
  page[KEY] = { discover: ownDiscover, loadAll: ownLoadAll };
  // Waiting for every deferred script (a slow chat widget, say) would hold every widget back,
  // so only a page that also names the all-in-one file waits for it to define its own.
  if (beforeContentLoaded() && document.querySelector('script[src*="knead-widgets-all"]'))
    document.addEventListener('DOMContentLoaded', () => ownDiscover(), { once: true });
  else ownDiscover();
}
