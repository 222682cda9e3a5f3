/**
 * Each public element's modules, by tag, for the autoloader: `define` registers the tag (and
 * loads its code); `code` loads its classes and registers nothing, for a widget whose code
 * is fetched before it is needed (the clinic has none: it is always defined at once). Each
 * is a chunk of its own in the CDN build.
 */
export interface WidgetModules {
  readonly code?: () => Promise<unknown>;
  readonly define: () => Promise<unknown>;
}

export const WIDGET_MODULES = {
  'knead-clinic': { define: () => import('./clinic/define.js') },
  'knead-booking-button': {
    code: () => import('./booking-button/booking-button.js'),
    define: () => import('./booking-button/define.js'),
  },
  'knead-booking-frame': {
    code: () => import('./booking-frame/booking-frame.js'),
    define: () => import('./booking-frame/define.js'),
  },
  'knead-technique-card': {
    code: () => import('./technique-card/technique-card.js'),
    define: () => import('./technique-card/define.js'),
  },
  'knead-technique-list': {
    code: () => import('./technique-list/technique-list.js'),
    define: () => import('./technique-list/define.js'),
  },
  'knead-symptom-check': {
    code: () => import('./symptom-check/symptom-check.js'),
    define: () => import('./symptom-check/define.js'),
  },
  'knead-exercise-timer': {
    code: () => import('./exercise-timer/exercise-timer.js'),
    define: () => import('./exercise-timer/define.js'),
  },
  'knead-self-care-tips': {
    code: () => import('./self-care-tips/self-care-tips.js'),
    define: () => import('./self-care-tips/define.js'),
  },
} as const satisfies Record<string, WidgetModules>;

export type WidgetTag = keyof typeof WIDGET_MODULES;

export const isWidgetTag = (tag: string): tag is WidgetTag => Object.hasOwn(WIDGET_MODULES, tag);

/** The console message for a `knead-*` tag the library does not have: most often a typo. */
export const unknownTagMessage = (tag: string): string =>
  `knead-widgets: <${tag}> is not a knead-widgets element; the elements are ` +
  `${Object.keys(WIDGET_MODULES)
    .map((known) => `<${known}>`)
    .join(', ')}.`;

/**
 * True for an element defined at once rather than when near the viewport: the clinic (its
 * widgets wait for its settings) and any widget marked `loading="eager"`.
 */
export const loadsAtOnce = (element: Element): boolean =>
  element.localName === 'knead-clinic' ||
  element.getAttribute('loading')?.toLowerCase() === 'eager';
