import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { registerLanguage } from '../../src/index.js';
import { ROUTES, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { captureConsole } from '../helpers/console.js';
import {
  WIDGETS,
  kneadElements,
  marks,
  mount,
  pageLang,
  settleAll,
  spokenOn,
  unmountAll,
  ALL_WIDGETS,
} from './probes.js';

/**
 * What a screen reader goes by: every top element of a widget's shadow root carries the
 * `lang` of the language the widget really speaks, wherever that differs from the page
 * (LanguageController.hostUpdated). Text at the top of a shadow root, outside any element,
 * could carry none, so there must be none.
 */

/** Top-level text of a shadow root that is not whitespace: it would be read in the page's language. */
const looseText = (el: Element) =>
  [...(el.shadowRoot?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
    .map((node) => node.textContent!.trim());

describe('lang marks for screen readers', () => {
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => {
    unmountAll();
    restore();
  });

  for (const [lang, language, mark] of [
    ['fr-CA', 'fr', 'fr-CA'],
    ['es', 'es', 'es'],
    ['de-AT', 'en', 'en'],
    ['en', 'en', 'en'],
  ] as const)
    it(`in a lang="${lang}" section every widget speaks ${language} and marks ${mark}`, async () => {
      const holder = mount(lang, ...ALL_WIDGETS);
      await settleAll(document.body, 200);
      for (const name of ALL_WIDGETS) {
        const el = holder.querySelector(WIDGETS[name].tag)!;
        expect(spokenOn(el, name), name).to.equal(language);
        expect(marks(el).length, `${name} has top elements`).to.be.above(0);
        expect(
          marks(el).every((each) => each === mark),
          `${name}: ${marks(el).join()}`,
        ).to.equal(true);
        expect(looseText(el), `${name}: text outside any marked element`).to.deep.equal([]);
      }
    });

  it('every nested widget (the list’s cards, the check’s cards and button) is marked too', async () => {
    const holder = mount('es-MX', 'list');
    holder.insertAdjacentHTML(
      'beforeend',
      '<knead-clinic booking-provider="calendly" booking-account="harbour" emergency-number="911"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    await settleAll(document.body, 200);
    await captureConsole('warn', async () => {
      await answerByCode(holder.querySelector<Check>('knead-symptom-check')!, ROUTES.muscular);
      await settleAll(document.body, 200);
    });
    const nested = kneadElements(holder).filter((el) => el.shadowRoot);
    expect(nested.length, 'widgets, nested ones included').to.be.above(10);
    for (const el of nested) {
      if (el.localName === 'knead-clinic') continue;
      const wrong = marks(el).filter((mark) => mark !== 'es-MX');
      expect(wrong, `${el.localName}: ${marks(el).join()}`).to.deep.equal([]);
    }
  });

  it('marks follow a switch back to English', async () => {
    const holder = mount('fr', ...ALL_WIDGETS);
    await settleAll(document.body, 200);
    holder.setAttribute('lang', 'en');
    await settleAll();
    for (const name of ALL_WIDGETS) {
      const el = holder.querySelector(WIDGETS[name].tag)!;
      expect(spokenOn(el, name), name).to.equal('en');
      expect(
        marks(el).every((each) => each === 'en'),
        `${name}: ${marks(el).join()}`,
      ).to.equal(true);
    }
  });

  // On English pages the region stays in the marks (908e2ff marked them plain en, which
  // would override an en-GB page's voice; fixed in 816d10b).
  it('English pages keep their region in the marks: en-GB, then en-CA after a switch', async () => {
    const holder = mount('en-GB', ...ALL_WIDGETS);
    await settleAll(document.body, 200);
    const marked = (mark: string) => {
      for (const name of ALL_WIDGETS) {
        const el = holder.querySelector(WIDGETS[name].tag)!;
        expect(
          marks(el).every((each) => each === mark),
          `${name}: ${marks(el).join()}`,
        ).to.equal(true);
      }
    };
    marked('en-GB');
    holder.setAttribute('lang', 'fr');
    await settleAll(document.body, 200);
    holder.setAttribute('lang', 'en-CA');
    await settleAll();
    marked('en-CA');
  });

  // A language registered for some widgets only (README's own example registers booking
  // words for `pt`): the others show English, marked en. (Marked "pt" until 908e2ff.)
  it('a registered language a widget has no words for: its English is marked en', async () => {
    registerLanguage('pt', { booking: { book: 'Marcar consulta' } });
    const holder = mount('pt-BR', ...ALL_WIDGETS);
    await captureConsole('warn', () => settleAll(document.body, 200));
    for (const name of ['card', 'list', 'check', 'timer'] as const) {
      const el = holder.querySelector(WIDGETS[name].tag)!;
      expect(spokenOn(el, name), name).to.equal('en');
      expect(
        marks(el).every((each) => each === 'en'),
        `${name}: ${marks(el).join()}`,
      ).to.equal(true);
    }
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): a registered table none of whose keys can be used (null, an array, texts where
  // functions belong: `registerLanguage('cs', { timer: [] })`) gives all-English words,
  // with the warning that lists every key, but marked lang="cs": LanguageController.
  // messages() (src/shared/language-controller.ts) marks English only when messagesFor()
  // returns the English table itself, and a merged table of nothing but English fallbacks
  // is a new object. The timer's voice has the same test (timer-words.ts: `text ===
  // TIMER_MESSAGES`), so it reads those English cues with a Czech voice. Expected: "en".
  it('a registered table with no usable key: its English is marked en', async () => {
    registerLanguage('cs', {
      booking: null,
      timer: [],
      check: 'Začít',
      'technique-card': 42,
      'technique-list': { label: () => 'not a text' },
    } as unknown as Record<string, object>);
    const holder = mount('cs', ...ALL_WIDGETS);
    await captureConsole('warn', () => settleAll(document.body, 200));
    for (const name of ALL_WIDGETS) {
      const el = holder.querySelector(WIDGETS[name].tag)!;
      expect(spokenOn(el, name), name).to.equal('en');
      expect(
        marks(el).every((each) => each === 'en'),
        `${name}: ${marks(el).join()}`,
      ).to.equal(true);
    }
  });
});
