/**
 * What the hostile picture and print tests share: the stage's figure and its movement, the
 * print marks and document stylesheets a timer may leave behind, a reduced-motion setting a
 * test can flip in any browser (a stand-in for `matchMedia` that counts its listeners), `afterprint` listeners counted, a timer whose pictures' chunk never comes or
 * fails, and timers put on the page as an app does.
 */
import { html, render } from 'lit';
import '../../src/exercise-timer/define.js';
import { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import type { Pictures } from '../../src/exercise-timer/picture-controller.js';
import { figureStrokes, type PoseName } from '../../src/exercise-timer/pictures/figure-paths.js';
import { part, type Timer } from '../harness/exercise-timer.js';
import type { FakeAdapters } from '../exercise-timer/fake-adapters.js';
import { movingStrokes } from '../exercise-timer/figure-frames.js';

export { problemsDuring, wait, pageLang } from '../hostile-languages/probes.js';
export { movingStrokes, recordFrames, strokesAt } from '../exercise-timer/figure-frames.js';

export const MARK = 'data-knead-printing';

/** True in Firefox, where emulating media needs the Chrome DevTools Protocol it lacks. */
export const isFirefox = () => navigator.userAgent.includes('Firefox');

/** The `d` of each stroke of a built-in figure in one position. */
export const drawn = (id: string, pose: PoseName): string[] =>
  figureStrokes(id, pose)!.map((stroke) => stroke.d);

/** The stage's picture: its figures' strokes, and the moving figure's strokes now. */
export function stagePicture(el: Timer) {
  const box = part(el, 'picture');
  const figures = [...(box?.querySelectorAll('svg') ?? [])];
  return {
    present: box !== null,
    figures: figures.map((svg) =>
      [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d')),
    ),
    images: [...(box?.querySelectorAll('img') ?? [])].map((img) => img.getAttribute('src')),
    moving: movingStrokes(el),
  };
}

/** Every element marked for printing, in the document and in every open shadow root. */
export function printMarks(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.hasAttribute(MARK)) found.push(element);
    if (element.shadowRoot) found.push(...printMarks(element.shadowRoot));
  }
  return found;
}

/** What paper would show of an element (under emulated print media). */
export const onPaper = (element: Element): boolean => getComputedStyle(element).display !== 'none';

// ---------------------------------------------------------------------------------------
// Reduced motion, flipped by hand (in Firefox too), with its listeners counted.

/** A `(prefers-reduced-motion: reduce)` query the test answers, counting its listeners. */
export class MotionSetting extends EventTarget {
  matches = false;
  readonly media = '(prefers-reduced-motion: reduce)';
  listeners = 0;
  onchange = null;
  private readonly original = window.matchMedia;

  constructor() {
    super();
    const stand = this as unknown as MediaQueryList;
    window.matchMedia = (query: string) =>
      query.replace(/\s/g, '') === '(prefers-reduced-motion:reduce)'
        ? stand
        : this.original.call(window, query);
  }

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[0] === 'change') this.listeners++;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[0] === 'change') this.listeners--;
    super.removeEventListener(...args);
  }

  addListener(): void {}
  removeListener(): void {}

  /** The visitor changes the setting. */
  set(reduce: boolean): void {
    this.matches = reduce;
    this.dispatchEvent(new Event('change'));
  }

  restore(): void {
    window.matchMedia = this.original;
  }
}

/** Counts the window's `afterprint` listeners from now on (added minus removed). */
export function countAfterprintListeners() {
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const counted = { now: 0, restore: () => undefined as void };
  window.addEventListener = function (
    this: Window,
    ...args: Parameters<Window['addEventListener']>
  ) {
    if (args[0] === 'afterprint') counted.now++;
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (
    this: Window,
    ...args: Parameters<Window['removeEventListener']>
  ) {
    // Counted only when one was added (removing an absent listener is harmless).
    if (args[0] === 'afterprint' && counted.now > 0) counted.now--;
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  counted.restore = () => {
    window.addEventListener = add;
    window.removeEventListener = remove;
  };
  return counted;
}

// ---------------------------------------------------------------------------------------
// Timers whose pictures' chunk is slow, or fails.

/** How the next `<hostile-chunk-timer>` loads its pictures (the real chunk unless set). */
export const chunk: { load?: (() => Promise<Pictures>) | undefined } = {};

/** A timer whose pictures come from `chunk.load`, as a page whose chunk is blocked or slow. */
class HostileChunkTimer extends KneadExerciseTimer {
  constructor() {
    super();
    const controller = (this as unknown as { pictures: { load: () => Promise<Pictures> } })
      .pictures;
    if (chunk.load) controller.load = chunk.load;
  }
}
customElements.define('hostile-chunk-timer', HostileChunkTimer);

/** A chunk that arrives when the test says (or fails when it says). */
export function heldChunk() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const real = import('../../src/exercise-timer/pictures/pictures-view.js');
  const load = () =>
    new Promise<Pictures>((resolve, reject) => {
      arrive = () => resolve(real);
      fail = reject;
    });
  return { load, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

/** A timer with its chunk loaded by `load`, on the page in `parent`; not awaited. */
export function chunkTimer(
  adapters: FakeAdapters,
  load: () => Promise<Pictures>,
  attributes: Record<string, string> = {},
  parent: ParentNode = holder(),
): Timer {
  chunk.load = load;
  try {
    const el = document.createElement('hostile-chunk-timer') as Timer;
    el.adapters = adapters;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    parent.append(el);
    return el;
  } finally {
    chunk.load = undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Timers on the page, as an app puts them there.

/** A `<div>` on the page for timers to live and move in; taken away by `clearPage`. */
export function holder(lang?: string): HTMLElement {
  const div = document.createElement('div');
  div.dataset['hostilePictures'] = '';
  if (lang) div.lang = lang;
  document.body.append(div);
  return div;
}

/** A timer with these attributes, appended to `parent`; not awaited. */
export function makeTimer(
  adapters: FakeAdapters,
  attributes: Record<string, string> = {},
  parent: ParentNode = holder(),
): Timer {
  const el = document.createElement('knead-exercise-timer');
  el.adapters = adapters;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

/** An app component whose shadow root the app renders its views into. */
export class HostilePicturesView extends HTMLElement {
  readonly view: HTMLElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    render(
      html`<p id="beside">The app’s own text.</p>
        <section></section>`,
      root,
    );
    this.view = root.querySelector('section')!;
  }
}
customElements.define('hostile-pictures-view', HostilePicturesView);

/** Takes every holder these tests made off the page, and any print left behind. */
export function clearPage(): void {
  for (const element of document.querySelectorAll('[data-hostile-pictures]')) element.remove();
  window.dispatchEvent(new Event('afterprint'));
}
