/**
 * Each public element's define module, by tag: what the autoloader imports for a tag it
 * finds. Every one is a chunk of its own in the CDN build.
 */
export const WIDGET_MODULES = {
  'knead-clinic': () => import('./clinic/define.js'),
  'knead-booking-button': () => import('./booking-button/define.js'),
  'knead-technique-card': () => import('./technique-card/define.js'),
  'knead-technique-list': () => import('./technique-list/define.js'),
  'knead-symptom-check': () => import('./symptom-check/define.js'),
  'knead-exercise-timer': () => import('./exercise-timer/define.js'),
} as const satisfies Record<string, () => Promise<unknown>>;

export type WidgetTag = keyof typeof WIDGET_MODULES;

export const isWidgetTag = (tag: string): tag is WidgetTag => Object.hasOwn(WIDGET_MODULES, tag);

/** The console message for a `knead-*` tag the library does not have: most often a typo. */
export const unknownTagMessage = (tag: string): string =>
  `knead-widgets: <${tag}> is not a knead-widgets element; the elements are ` +
  `${Object.keys(WIDGET_MODULES)
    .map((known) => `<${known}>`)
    .join(', ')}.`;
