/**
 * What the hostile lifecycle tests share: holders on the page for widgets to live and move
 * in, an app component whose shadow root the app renders into, the timer's real Web Audio
 * and speech adapters over a fake `AudioContext` and `speechSynthesis` (so a test hears what
 * a visitor would, a closed audio context included), and a census of what the page holds:
 * listeners on the window, the document, `<html>`, `<body>` and media queries, live
 * mutation observers, intervals and animation frames.
 */
import { html, render } from 'lit';
import '../../src/define.js';
import { webAudioSound } from '../../src/exercise-timer/sound.js';
import { speechVoice } from '../../src/exercise-timer/voice.js';
import type { Clock } from '../../src/exercise-timer/clock.js';
import { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import type { Pictures } from '../../src/exercise-timer/picture-controller.js';

export {
  problemsDuring,
  settleAll,
  wait,
  kneadElements,
  pageLang,
  screenText,
} from '../hostile-languages/probes.js';

// ---------------------------------------------------------------------------------------
// Places on the page.

/** A `<div>` on the page (in `parent`), for widgets to live and move in; see `clearPage`. */
export function holder(lang?: string, parent: ParentNode = document.body): HTMLElement {
  const div = document.createElement('div');
  div.dataset['hostileLifecycle'] = '';
  if (lang) div.lang = lang;
  parent.append(div);
  return div;
}

/** An app component whose shadow root the app renders its views into. */
export class LifecycleAppView extends HTMLElement {
  readonly view: HTMLElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    render(
      html`<p>The app’s own text.</p>
        <section></section>`,
      root,
    );
    this.view = root.querySelector('section')!;
  }
}
customElements.define('lifecycle-app-view', LifecycleAppView);

/** An app view on the page (in `parent`): its shadow root's section is `view`. */
export function appView(parent: ParentNode = holder()): LifecycleAppView {
  const app = document.createElement('lifecycle-app-view') as LifecycleAppView;
  parent.append(app);
  return app;
}

/** Takes every holder these tests made off the page. */
export function clearPage(): void {
  for (const element of document.querySelectorAll('[data-hostile-lifecycle]')) element.remove();
}

// ---------------------------------------------------------------------------------------
// A timer whose pictures arrive when the test says.

let nextLoad: (() => Promise<Pictures>) | undefined;

/** A timer whose pictures' chunk comes from the load given to `slowPicturesTimer`. */
class SlowPicturesTimer extends KneadExerciseTimer {
  constructor() {
    super();
    const pictures = (this as unknown as { pictures: { load: () => Promise<Pictures> } }).pictures;
    if (nextLoad) pictures.load = nextLoad;
  }
}
customElements.define('lifecycle-slow-pictures-timer', SlowPicturesTimer);

/**
 * A timer (not yet on the page) whose pictures' chunk arrives when the test awaits
 * `arrive`, as on a slow connection.
 */
export function slowPicturesTimer() {
  let deliver!: (module: Pictures) => void;
  nextLoad = () => new Promise<Pictures>((resolve) => (deliver = resolve));
  /** Hands the timer its pictures, once they are loaded here. */
  const arrive = async () =>
    deliver(await import('../../src/exercise-timer/pictures/pictures-view.js'));
  try {
    const el = document.createElement('lifecycle-slow-pictures-timer') as KneadExerciseTimer;
    return { el, arrive };
  } finally {
    nextLoad = undefined;
  }
}

// ---------------------------------------------------------------------------------------
// The timer's real sound and voice, over fakes of the browser's.

/**
 * The timer's own Web Audio beeps (`webAudioSound`) over a fake `AudioContext`: `heard` is
 * every note a visitor would hear, as "<ms on the clock> <Hz>". A closed context plays
 * nothing, as a real one.
 */
export function realSound(clock: Clock) {
  const heard: string[] = [];
  let made = 0;
  let closed = 0;
  class FakeContext {
    state: AudioContextState = 'suspended';
    readonly currentTime = 0;
    readonly destination = {};
    constructor() {
      made++;
    }
    resume() {
      if (this.state !== 'closed') this.state = 'running';
      return Promise.resolve();
    }
    close() {
      this.state = 'closed';
      closed++;
      return Promise.resolve();
    }
    createOscillator() {
      const oscillator = {
        frequency: { value: 0 },
        connect: <T>(node: T) => node,
        start: () => {
          if (this.state === 'running') heard.push(`${clock.now()} ${oscillator.frequency.value}`);
        },
        stop() {},
      };
      return oscillator;
    }
    createGain() {
      const gain = { setValueAtTime: () => gain, exponentialRampToValueAtTime: () => gain };
      return { gain, connect: <T>(node: T) => node };
    }
  }
  return {
    sound: webAudioSound(FakeContext as unknown as typeof AudioContext),
    heard,
    made: () => made,
    closed: () => closed,
  };
}

/**
 * The timer's own voice (`speechVoice`) over a fake `speechSynthesis`: `calls` is what it
 * was told, in order ("speak:<text>", "cancel").
 */
export function realVoice() {
  const calls: string[] = [];
  const synthesis = {
    speak: (utterance: SpeechSynthesisUtterance) => calls.push(`speak:${utterance.text}`),
    cancel: () => calls.push('cancel'),
  };
  return { voice: speechVoice(synthesis as unknown as SpeechSynthesis), calls };
}

// ---------------------------------------------------------------------------------------
// What the page holds.

type Listener = EventListenerOrEventListenerObject;

/** The page-wide targets whose listeners outlive a widget: a label for each, or undefined. */
function pageTarget(target: EventTarget): string | undefined {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target === document.documentElement) return 'html';
  if (target === document.body) return 'body';
  if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList) return 'media';
  return undefined;
}

const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

/**
 * From now until `stop`, counts what code adds to the page and has not taken away since:
 * listeners on the window, document, `<html>`, `<body>` and media queries (by target and
 * type; `once` listeners are left out, they go by themselves), mutation observers
 * observing something, intervals, animation frames not yet run.
 */
export function census() {
  const listeners = new Map<string, Set<Listener>>();
  const observers = new Map<MutationObserver, number>();
  const intervals = new Set<unknown>();
  const frames = new Set<number>();
  const restore: (() => void)[] = [];
  const patch = <T extends object>(owner: T, name: keyof T, make: (original: never) => unknown) => {
    const original = owner[name];
    Object.defineProperty(owner, name, {
      value: make(original as never),
      configurable: true,
      writable: true,
    });
    restore.push(() =>
      Object.defineProperty(owner, name, { value: original, configurable: true, writable: true }),
    );
  };

  const key = (target: EventTarget, type: string, options: unknown) => {
    const label = pageTarget(target);
    return label && `${label} ${type}${capture(options as boolean) ? ' (capture)' : ''}`;
  };
  patch(
    EventTarget.prototype,
    'addEventListener',
    (add: EventTarget['addEventListener']) =>
      function (this: EventTarget, type: string, listener: Listener | null, options?: unknown) {
        const name = key(this, type, options);
        const once = typeof options === 'object' && (options as AddEventListenerOptions)?.once;
        if (name && listener && !once) {
          const set = listeners.get(name) ?? new Set();
          set.add(listener);
          listeners.set(name, set);
        }
        return add.call(this, type, listener, options as AddEventListenerOptions);
      },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    (remove: EventTarget['removeEventListener']) =>
      function (this: EventTarget, type: string, listener: Listener | null, options?: unknown) {
        const name = key(this, type, options);
        if (name && listener) listeners.get(name)?.delete(listener);
        return remove.call(this, type, listener, options as EventListenerOptions);
      },
  );
  patch(
    MutationObserver.prototype,
    'observe',
    (observe: MutationObserver['observe']) =>
      function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
        observers.set(this, (observers.get(this) ?? 0) + 1);
        return observe.apply(this, args);
      },
  );
  patch(
    MutationObserver.prototype,
    'disconnect',
    (disconnect: MutationObserver['disconnect']) =>
      function (this: MutationObserver) {
        observers.delete(this);
        return disconnect.call(this);
      },
  );
  patch(
    window,
    'setInterval',
    (set: typeof setInterval) =>
      (...args: Parameters<typeof setInterval>) => {
        const id = set(...args);
        intervals.add(id);
        return id;
      },
  );
  patch(window, 'clearInterval', (clear: typeof clearInterval) => (id?: number) => {
    intervals.delete(id);
    return clear(id);
  });
  patch(
    window,
    'requestAnimationFrame',
    (request: typeof requestAnimationFrame) => (callback: FrameRequestCallback) => {
      const id: number = request((time) => {
        frames.delete(id);
        callback(time);
      });
      frames.add(id);
      return id;
    },
  );
  patch(window, 'cancelAnimationFrame', (cancel: typeof cancelAnimationFrame) => (id: number) => {
    frames.delete(id);
    return cancel(id);
  });

  return {
    /** What is held now: each kind with a count above zero, by name. */
    held(): Record<string, number> {
      const held: Record<string, number> = {};
      for (const [name, set] of listeners) if (set.size) held[name] = set.size;
      if (observers.size) held['MutationObserver'] = observers.size;
      if (intervals.size) held['interval'] = intervals.size;
      if (frames.size) held['animation frame'] = frames.size;
      return held;
    },
    stop(): void {
      for (const undo of restore.reverse()) undo();
    },
  };
}

/**
 * What a widget may leave on the page outside itself: marks on `<html>` and `<body>`,
 * their inline styles (a scroll lock), the document's adopted stylesheets, open dialogs.
 */
export function pageMarks() {
  const attributes = (element: HTMLElement) => [
    ...[...element.attributes]
      .filter((attribute) => attribute.name.startsWith('data-'))
      .map((attribute) => `${element.localName} ${attribute.name}="${attribute.value}"`),
    // An emptied style attribute is no mark; a style left in it is.
    ...(element.style.cssText ? [`${element.localName} style: ${element.style.cssText}`] : []),
  ];
  return {
    attributes: [...attributes(document.documentElement), ...attributes(document.body)],
    documentSheets: document.adoptedStyleSheets.length,
    openDialogs: openDialogs(document).length,
  };
}

/** Every open `<dialog>` in `root` and in the open shadow roots inside it. */
export function openDialogs(root: Document | ShadowRoot): HTMLDialogElement[] {
  const found: HTMLDialogElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLDialogElement && element.open) found.push(element);
    if (element.shadowRoot) found.push(...openDialogs(element.shadowRoot));
  }
  return found;
}
