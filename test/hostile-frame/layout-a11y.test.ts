import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import {
  CALENDLY,
  frameState,
  iframeOf,
  keepFrameHere,
  showButton,
} from '../harness/booking-frame.js';
import { deepActiveElement, present } from '../harness/dom.js';
import { LONG_WORD, overflows } from '../helpers/layout.js';
import { captureReports } from '../helpers/console.js';
import {
  clearPage,
  holder,
  makeFrame,
  pageLang,
  post,
  settleAll,
  showHeld,
  statusOf,
  wait,
  windowOf,
} from './support.js';

/**
 * The frame as a phone, a keyboard, a screen reader and axe meet it: 320 px wide with an
 * 80-character clinic name and booking link, 44 px targets, dark, keyboard only, and axe in
 * every state (placeholder, loading, ready, failed, refused) in English, French and Spanish.
 */

type State = 'asking' | 'loading' | 'ready' | 'failed';

/** Brings a frame (in the placeholder) to `state`. */
async function bring(el: KneadBookingFrame, state: State): Promise<void> {
  await settleAll(el.parentNode!, 20);
  if (state === 'asking') return;
  KneadBookingFrame.readyTimeout = state === 'failed' ? 30 : 10_000;
  await showHeld(el);
  if (state === 'failed') {
    await wait(80);
    await el.updateComplete;
    expect(frameState(el).retry).to.equal(true);
  }
  if (state === 'ready') {
    post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
    post(CALENDLY.origin, CALENDLY.height(900), windowOf(el));
    await el.updateComplete;
    expect(statusOf(el)).to.equal('');
  }
}

/** The controls a visitor sees in the widget (the skip button only when it has focus). */
const controls = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')].filter(
    (control) =>
      control.checkVisibility({ visibilityProperty: true }) &&
      !(control.classList.contains('skip') && el.shadowRoot!.activeElement !== control),
  );

/** Presses a key and lets the widget render. */
async function press(el: KneadBookingFrame, key: string): Promise<void> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key });
  await el.updateComplete;
}

const describeFocus = () => {
  const active = deepActiveElement();
  return active
    ? `<${active.localName} ${active.getAttribute('part') ?? active.className}> ${active.textContent?.trim().slice(0, 40)}`
    : 'nothing';
};

const STATES: State[] = ['asking', 'loading', 'ready', 'failed'];

describe('hostile layout and access: <knead-booking-frame>', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  afterEach(() => {
    clearPage();
    KneadBookingFrame.readyTimeout = timeout;
  });

  describe('at 320 px, an 80-character clinic name and booking link', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['en', 'fr'])
      it(`nothing sticks out sideways in any state, in ${lang}`, async () => {
        for (const state of STATES) {
          const page = holder(lang);
          page.innerHTML = `<knead-clinic name="${LONG_WORD}"
            ><knead-booking-frame href="https://calendly.com/${LONG_WORD.toLowerCase()}"></knead-booking-frame
          ></knead-clinic>`;
          const el = page.querySelector('knead-booking-frame')!;
          await bring(el, state);
          expect(iframeOf(el)?.title ?? LONG_WORD, 'the clinic’s name is the frame’s').to.include(
            LONG_WORD,
          );
          // The skip button is clipped to 1 px until focused: out of sight, not sticking out.
          const problems = overflows(el).filter(
            (problem) => !problem.includes('<button class="skip">'),
          );
          expect(problems, `${state} in ${lang}`).to.deep.equal([]);
          el.shadowRoot!.querySelector<HTMLElement>('.skip')?.focus();
          expect(overflows(el), `${state} in ${lang}, skip focused`).to.deep.equal([]);
          page.remove();
        }
      });

    it('a refused provider and a plain long link fit too, in French', async () => {
      const page = holder('fr');
      await captureReports(async () => {
        page.innerHTML = `<knead-clinic name="${LONG_WORD}" phone="+1 418 555 0142">
          <knead-booking-frame provider="jane" account="${LONG_WORD.slice(0, 60).toLowerCase()}"></knead-booking-frame>
          <knead-booking-frame href="https://book.example.com/${LONG_WORD}"></knead-booking-frame>
          <knead-booking-frame provider="calendly" account="bad account!"></knead-booking-frame>
        </knead-clinic>`;
        await settleAll(page, 200);
      });
      for (const el of page.querySelectorAll('knead-booking-frame')) {
        expect(present(frameState(el).button), 'a booking button instead').to.equal(true);
        expect(overflows(el)).to.deep.equal([]);
      }
    });
  });

  describe('targets', () => {
    it('every button and link meets 44 × 44 px, in the placeholder too', async () => {
      for (const state of STATES) {
        const el = makeFrame({ provider: 'calendly', account: 'harbour' }, holder());
        await bring(el, state);
        for (const control of controls(el)) {
          const { width, height } = control.getBoundingClientRect();
          const name = `${state}: "${control.textContent!.trim()}"`;
          expect(height, `${name} height`).to.be.at.least(44);
          expect(width, `${name} width`).to.be.at.least(44);
        }
      }
    });

    it('every button and link outside the placeholder’s text meets 44 × 44 px, the skip button when focused too', async () => {
      for (const state of STATES) {
        const el = makeFrame({ provider: 'calendly', account: 'harbour' }, holder());
        await bring(el, state);
        const skip = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip');
        skip?.focus();
        const checked = controls(el).filter((control) => !control.closest('.placeholder p'));
        expect(checked.length, `${state}: controls`).to.be.at.least(2);
        for (const control of checked) {
          const { width, height } = control.getBoundingClientRect();
          const name = `${state}: "${control.textContent!.trim()}"`;
          expect(height, `${name} height`).to.be.at.least(44);
          expect(width, `${name} width`).to.be.at.least(44);
        }
      }
    });
  });

  describe('keyboard only', () => {
    it('Tab: privacy link → Show → new tab; Enter on Show puts focus on the frame', async () => {
      const page = holder();
      const before = document.createElement('button');
      before.textContent = 'Before';
      page.append(before);
      const el = makeFrame({ provider: 'calendly', account: 'harbour' }, page);
      await settleAll(page, 20);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await press(el, 'Tab');
        const active = deepActiveElement()!;
        order.push(
          active.getAttribute('part') ??
            (active.closest('[part="placeholder"]') ? 'privacy' : describeFocus()),
        );
      }
      expect(order).to.deep.equal(['privacy', 'show', 'new-tab']);
      await press(el, 'Shift+Tab');
      expect(deepActiveElement() === showButton(el), describeFocus()).to.equal(true);
      await press(el, 'Enter');
      await el.updateComplete;
      keepFrameHere(iframeOf(el)!);
      expect(deepActiveElement() === iframeOf(el), describeFocus()).to.equal(true);
    });

    it('after Show, the first Tab stop is the skip button, visible when focused; Enter moves focus to the new-tab link', async () => {
      const page = holder();
      const before = document.createElement('button');
      before.textContent = 'Before';
      page.append(before);
      const el = makeFrame({ provider: 'calendly', account: 'harbour' }, page);
      await settleAll(page, 20);
      await showHeld(el);
      before.focus();
      await press(el, 'Tab');
      const skip = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip')!;
      expect(deepActiveElement() === skip, describeFocus()).to.equal(true);
      const box = skip.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(skip.checkVisibility({ visibilityProperty: true })).to.equal(true);
      // Fully inside the viewport, not clipped.
      expect(getComputedStyle(skip).clipPath).to.equal('none');
      await press(el, 'Enter');
      expect(
        deepActiveElement() === el.shadowRoot!.querySelector('[part="new-tab"]'),
        describeFocus(),
      ).to.equal(true);
    });

    it('Try again by keyboard keeps focus in the widget (on the frame)', async () => {
      const el = makeFrame({ provider: 'calendly', account: 'harbour' }, holder());
      await bring(el, 'failed');
      KneadBookingFrame.readyTimeout = 10_000;
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find(
        (button) => !button.classList.contains('skip') && !button.hasAttribute('part'),
      )!;
      retry.focus();
      await press(el, 'Enter');
      await el.updateComplete;
      expect(statusOf(el)).to.include('Loading');
      expect(deepActiveElement() === iframeOf(el), `focus on ${describeFocus()}`).to.equal(true);
    });
  });

  it('the frame that had focus fails over: focus stays in the widget', async () => {
    KneadBookingFrame.readyTimeout = 60;
    const el = makeFrame({ provider: 'calendly', account: 'harbour' }, holder());
    await settleAll(el.parentNode!, 20);
    const iframe = await showHeld(el);
    expect(deepActiveElement() === iframe, describeFocus()).to.equal(true);
    await wait(150);
    await el.updateComplete;
    expect(frameState(el).retry).to.equal(true);
    const active = deepActiveElement();
    const inside = !!active && (el.shadowRoot!.contains(active) || el === active);
    expect(inside && active !== iframe, `focus on ${describeFocus()}`).to.equal(true);
  });

  describe('axe', function () {
    this.timeout(20_000);
    let restore: () => void;
    afterEach(() => restore?.());

    for (const lang of ['en', 'fr', 'es'])
      it(`clean in every state, and refused, in ${lang}`, async () => {
        restore = pageLang(lang);
        for (const state of STATES) {
          const el = makeFrame({ provider: 'calendly', account: 'harbour' }, holder());
          await bring(el, state);
          await expect(el, `${state} in ${lang}`).to.be.accessible();
        }
        await captureReports(async () => {
          const refused = makeFrame({ provider: 'jane', account: 'harbour' }, holder());
          await settleAll(document.body, 100);
          await expect(refused, `refused in ${lang}`).to.be.accessible();
        });
      });

    it('theme="dark" on a dark page: clean in every state', async () => {
      for (const state of STATES) {
        const page = holder();
        page.style.cssText =
          'background: #101816; color: #e8efed; color-scheme: dark; padding: 1em';
        const el = makeFrame({ provider: 'cal', account: 'harbour', theme: 'dark' }, page);
        await bring(el, state === 'ready' ? 'loading' : state);
        await expect(el, state).to.be.accessible();
      }
    });

    it('theme="dark" on a light page: clean in every state', async () => {
      for (const state of STATES) {
        const el = makeFrame({ provider: 'cal', account: 'harbour', theme: 'dark' }, holder());
        await bring(el, state === 'ready' ? 'loading' : state);
        await expect(el, state).to.be.accessible();
      }
    });
  });
});
