// What a server gives the elements: lit's DOM shim for the classes they extend and the
// registry they are defined in, and none of the browser's globals. Shared by the Node tests
// that construct and render the npm build.
import {
  CSSStyleSheet,
  CustomElementRegistry,
  Document,
  Element,
  EventTarget,
  HTMLElement,
  ShadowRoot,
  customElements,
} from '@lit-labs/ssr-dom-shim';

/** Globals only a browser has: no element may need one before it is connected. */
export const BROWSER_ONLY = [
  'window',
  'document',
  'navigator',
  'location',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'requestAnimationFrame',
  'requestIdleCallback',
  'speechSynthesis',
  'AudioContext',
];

/** Timers: a server has them, but an element must not start one while it is constructed. */
const TIMERS = ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask'];

/**
 * Installs the shim's classes and registry on `globalThis`, as `@lit-labs/ssr` does
 * (`installWindowOnGlobal`), but leaves out its `document` (the `Document` class stays: lit reads its prototype), no-op observers and
 * `requestAnimationFrame`, so that an element touching them fails here as it would on a
 * server without them. Call before importing lit or any element.
 */
export function installServerDom() {
  Object.assign(globalThis, {
    EventTarget,
    Document,
    Element,
    HTMLElement,
    ShadowRoot,
    CSSStyleSheet,
    CustomElementRegistry,
    customElements,
  });
  const present = BROWSER_ONLY.filter((name) => globalThis[name] !== undefined);
  if (present.length)
    throw new Error(`a server has no ${present.join(', ')}; this Node defines them`);
}

/**
 * Runs `work` with the timers removed from `globalThis`, then puts them back (once its
 * promise settles, when it returns one).
 */
export function withoutTimers(work) {
  const saved = TIMERS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  const restore = () => {
    for (const [name, descriptor] of saved)
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
  };
  for (const [name] of saved) delete globalThis[name];
  let result;
  try {
    result = work();
  } catch (error) {
    restore();
    throw error;
  }
  if (typeof result?.then !== 'function') {
    restore();
    return result;
  }
  return Promise.resolve(result).finally(restore);
}

/** The npm build's element modules, each with its tag and class. */
export const ELEMENTS = [
  ['knead-clinic', 'clinic/clinic.js', 'KneadClinic'],
  ['knead-booking-button', 'booking-button/booking-button.js', 'KneadBookingButton'],
  ['knead-booking-dialog', 'booking-button/booking-dialog.js', 'KneadBookingDialog'],
  ['knead-technique-card', 'technique-card/technique-card.js', 'KneadTechniqueCard'],
  ['knead-technique-list', 'technique-list/technique-list.js', 'KneadTechniqueList'],
  ['knead-symptom-check', 'symptom-check/symptom-check.js', 'KneadSymptomCheck'],
  ['knead-exercise-timer', 'exercise-timer/exercise-timer.js', 'KneadExerciseTimer'],
  ['knead-booking-frame', 'booking-frame/booking-frame.js', 'KneadBookingFrame'],
  ['knead-self-care-tips', 'self-care-tips/self-care-tips.js', 'KneadSelfCareTips'],
];

/** Imports an element's class from dist/ and defines its tag, unless the module did. */
export async function loadElement(tag, file, className) {
  const module = await import(new URL(`../../dist/${file}`, import.meta.url).href);
  const Klass = module[className];
  if (typeof Klass !== 'function') throw new Error(`dist/${file} exports no ${className}`);
  if (!customElements.get(tag)) customElements.define(tag, Klass);
  return Klass;
}
