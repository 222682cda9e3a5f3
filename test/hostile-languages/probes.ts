/**
 * What the hostile language tests share: the seven widgets as a page writes them, a way to
 * wait until every widget on a page (nested ones too) has finished updating, what language
 * a widget's screen is really in (by a word only that language's table has), the `lang`
 * marks a screen reader reads, and a watch on errors and rejections nobody handled.
 */
import { expect } from '@open-wc/testing';
import { nextFrame } from '../harness/dom.js';
import { BOOKING_MESSAGES } from '../../src/booking-button/booking-messages.js';
import { TIMER_MESSAGES } from '../../src/exercise-timer/timer-messages.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import { CARD_MESSAGES } from '../../src/technique-card/card-messages.js';
import { LIST_MESSAGES } from '../../src/technique-list/list-messages.js';
import { FRAME_MESSAGES } from '../../src/booking-frame/frame-messages.js';
import { TIPS_MESSAGES } from '../../src/self-care-tips/tips-messages.js';

export const wait = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export { nextFrame };

/** The English tables, by the name a language registers them under. */
export const ENGLISH_TABLES = {
  booking: BOOKING_MESSAGES,
  timer: TIMER_MESSAGES,
  check: CHECK_MESSAGES,
  'technique-card': CARD_MESSAGES,
  'technique-list': LIST_MESSAGES,
  frame: FRAME_MESSAGES,
  tips: TIPS_MESSAGES,
} as const;

/**
 * Each widget as a page writes it, with a phrase only its English, French or Spanish first
 * screen shows. Written out rather than imported from the chunks: importing a chunk would
 * load it before the test, and hide how the widgets load it.
 */
export const WIDGETS = {
  booking: {
    markup: '<knead-booking-button provider="calendly" account="harbour"></knead-booking-button>',
    tag: 'knead-booking-button',
    says: { en: BOOKING_MESSAGES.book, fr: 'Prendre rendez-vous', es: 'Reservar una cita' },
  },
  card: {
    markup: '<knead-technique-card technique="swedish"></knead-technique-card>',
    tag: 'knead-technique-card',
    says: { en: CARD_MESSAGES.pressure, fr: 'Pression', es: 'Presión' },
  },
  list: {
    markup: '<knead-technique-list filter></knead-technique-list>',
    tag: 'knead-technique-list',
    says: { en: LIST_MESSAGES.label, fr: 'Techniques de massage', es: 'Técnicas de masaje' },
  },
  check: {
    markup: '<knead-symptom-check></knead-symptom-check>',
    tag: 'knead-symptom-check',
    says: {
      en: CHECK_MESSAGES.start,
      fr: 'Commencer le questionnaire',
      es: 'Comenzar el cuestionario',
    },
  },
  frame: {
    markup: '<knead-booking-frame provider="calendly" account="harbour"></knead-booking-frame>',
    tag: 'knead-booking-frame',
    says: {
      en: FRAME_MESSAGES.show,
      fr: 'Afficher le calendrier de réservation',
      es: 'Mostrar el calendario de reservas',
    },
  },
  timer: {
    markup: '<knead-exercise-timer></knead-exercise-timer>',
    tag: 'knead-exercise-timer',
    says: { en: 'Back basics', fr: 'L’essentiel pour le dos', es: 'Lo básico para la espalda' },
  },
  tips: {
    markup: '<knead-self-care-tips></knead-self-care-tips>',
    tag: 'knead-self-care-tips',
    says: {
      en: TIPS_MESSAGES.general,
      fr: 'Ces conseils sont d’ordre général.',
      es: 'Estos consejos son generales.',
    },
  },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export type Spoken = 'en' | 'fr' | 'es';

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every knead element in `root`, through shadow roots (a card's booking button, a list's cards). */
export function kneadElements(root: ParentNode): Updating[] {
  const found: Updating[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('knead-')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.localName.startsWith('knead-')) found.push(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * Waits until nothing on the page is updating: observers have reported, chunks have come,
 * every knead element (nested ones too) has rendered. `ms` more for slow chunks.
 */
export async function settleAll(root: ParentNode = document.body, ms = 50): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await wait(ms / 4);
    await nextFrame();
    for (const element of kneadElements(root)) await element.updateComplete?.catch(() => {});
  }
}

/** A widget's own text and accessible names, as read: whitespace collapsed. */
export function screenText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const names = [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
  return [root.textContent, ...names].join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Which language the widget's first screen is in, by the one phrase each table has
 * (`undefined` when none of the three shows: a broken or empty widget).
 */
export function spokenOn(el: Element, widget: WidgetName): Spoken | undefined {
  const text = screenText(el).replace(/\s+/g, ' ');
  const said = WIDGETS[widget].says;
  return (['fr', 'es', 'en'] as const).find((language) =>
    text.includes(said[language].replace(/\s+/g, ' ')),
  );
}

/** The `lang` on each top element of the widget's shadow root (what a screen reader goes by). */
export const marks = (el: Element): (string | null)[] =>
  [...(el.shadowRoot?.children ?? [])]
    .filter((child) => child.localName !== 'style')
    .map((child) => child.getAttribute('lang'));

/** The seven widgets, for tests about every one of them. */
export const ALL_WIDGETS: WidgetName[] = [
  'booking',
  'frame',
  'card',
  'list',
  'check',
  'timer',
  'tips',
];

/**
 * Each of `names` in `root` speaks `language`, and its lang marks name it: exactly
 * `locale` when given, else that language in any region.
 */
export function expectSpeaks(
  root: ParentNode,
  language: Spoken,
  names: readonly WidgetName[] = ALL_WIDGETS,
  locale?: string,
): void {
  for (const name of names) {
    const el = root.querySelector(WIDGETS[name].tag)!;
    expect(spokenOn(el, name), `${name} speaks`).to.equal(language);
    for (const mark of marks(el))
      expect(locale ? mark : mark?.split('-')[0], `${name}'s lang marks`).to.equal(
        locale ?? language,
      );
  }
}

/** A page fragment with these widgets inside `<div lang>`, on the page. */
export function mount(lang: string | null, ...widgets: WidgetName[]): HTMLElement {
  const holder = document.createElement('div');
  holder.dataset['hostile'] = '';
  if (lang !== null) holder.setAttribute('lang', lang);
  holder.innerHTML = widgets.map((name) => WIDGETS[name].markup).join('');
  document.body.append(holder);
  return holder;
}

/**
 * Errors thrown out of the widgets while `run` runs: uncaught errors, promise rejections
 * nobody handled, console errors. Kept off the console (the runner would fail the file).
 */
export async function problemsDuring(run: () => unknown): Promise<string[]> {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    problems.push(`uncaught: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  };
  const consoleError = console.error;
  console.error = (...args: unknown[]) =>
    problems.push(`console.error: ${args.map(String).join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await wait(30);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  }
  return problems;
}

/**
 * The browser keeps 250 resource entries by default, and a test page's modules (every widget
 * through src/define.js) come near that before a language chunk is fetched: past it, the
 * chunks fetched later would not be counted.
 */
performance.setResourceTimingBufferSize(5000);

/** The languages chunks the page has fetched, by URL (path only), with how often each was fetched. */
export function languageChunkFetches(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (!/\/languages\//.test(path)) continue;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

/** Sets `<html lang>` (or removes it), returning the function that puts the page's back. */
export function pageLang(lang: string | null): () => void {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  return () => {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  };
}

/** Takes every `mount`ed fragment off the page. */
export function unmountAll(): void {
  for (const holder of document.querySelectorAll('[data-hostile]')) holder.remove();
}
