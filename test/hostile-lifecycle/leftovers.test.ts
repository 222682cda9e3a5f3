import { expect } from '@open-wc/testing';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import { fakeAdapters } from '../exercise-timer/fake-adapters.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import { openPopup, popup } from '../harness/booking-button.js';
import { showCalendar } from '../harness/booking-frame.js';
import { start as startCheck } from '../harness/symptom-check.js';
import { timerScreen } from '../harness/exercise-timer.js';
import {
  appView,
  census,
  clearPage,
  holder,
  kneadElements,
  pageMarks,
  problemsDuring,
  settleAll,
  wait,
} from './support.js';

/**
 * A single-page app mounts every widget, each busy (a popup open, a calendar shown, a check
 * started, a timer running), then moves each of them a hundred times in one task and again
 * over many tasks, into its components' shadow roots and back, and finally removes them.
 * Nothing may pile up on the page (listeners on the window, document, `<html>`, `<body>`,
 * media queries; mutation observers; intervals; animation frames), and once they are gone
 * nothing of theirs may be left: no listener, no observer, no scroll lock, no mark on
 * `<html>` or `<body>`, no document stylesheet, no open dialog.
 */

const TAGS = [
  'knead-booking-button',
  'knead-booking-frame',
  'knead-technique-card',
  'knead-technique-list',
  'knead-symptom-check',
  'knead-exercise-timer',
  'knead-self-care-tips',
] as const;

/** Every widget in a clinic, a page clinic serving the page beside it, each put to work. */
async function busyPage() {
  const page = holder();
  page.innerHTML = `
    <knead-clinic page data-layer name="Central" booking-provider="calendly" booking-account="central"></knead-clinic>
    <knead-clinic data-layer name="Harbour" booking-provider="calendly" booking-account="harbour"
      phone="+1 555 0100" emergency-number="911" lang="en-US">
      <section id="home">
        <knead-booking-button mode="popup"></knead-booking-button>
        <knead-booking-frame></knead-booking-frame>
        <knead-technique-card technique="swedish" bookable></knead-technique-card>
        <knead-technique-list filter techniques="swedish deep-tissue"></knead-technique-list>
        <knead-symptom-check></knead-symptom-check>
        <knead-exercise-timer exercises="bird-dog"></knead-exercise-timer>
        <knead-self-care-tips></knead-self-care-tips>
      </section>
      <section id="elsewhere"></section>
    </knead-clinic>`;
  const clinic = page.querySelectorAll('knead-clinic')[1]!;
  const home = page.querySelector<HTMLElement>('#home')!;
  const fake = fakeAdapters();
  const timer = home.querySelector<KneadExerciseTimer>('knead-exercise-timer')!;
  timer.adapters = fake;
  await settleAll(page);

  const button = home.querySelector<KneadBookingButton>('knead-booking-button')!;
  await openPopup(button);
  await showCalendar(home.querySelector<KneadBookingFrame>('knead-booking-frame')!);
  await startCheck(home.querySelector<KneadSymptomCheck>('knead-symptom-check')!);
  timer.start();
  await timer.updateComplete;
  await fake.clock.advance(6 * SECOND, () => timer.updateComplete);
  expect(timerScreen(timer).phase, 'mid-rep').to.equal('Move');
  const widgets = TAGS.map((tag) => home.querySelector(tag)!);
  const places = [
    home,
    clinic.querySelector<HTMLElement>('#elsewhere')!,
    appView(clinic).view,
    appView(appView(clinic).view).view,
  ];
  return { page, home, widgets, places, fake, timer, button };
}

describe('hostile SPA: what widgets leave on the page', () => {
  afterEach(clearPage);

  it('moved 100 times in one task and 20 times over 20 tasks, each widget holds what it held before; removed, nothing is left', async function () {
    this.timeout(20000);
    const before = pageMarks();
    const held = census();
    try {
      const problems = await problemsDuring(async () => {
        const empty = held.held();
        const { page, home, widgets, places, fake, timer, button } = await busyPage();
        expect(popup(button).open, 'the popup is open').to.equal(true);
        expect(document.documentElement.style.overflow, 'page scroll locked').to.equal('hidden');

        // The popup closes at the first move (a modal cannot stay open off the page).
        for (const widget of widgets) home.append(widget);
        await settleAll(page);
        await fake.clock.advance(SECOND, () => timer.updateComplete);
        const settled = held.held();
        expect(document.documentElement.style.overflow, 'scroll lock let go').to.equal('');

        for (let move = 0; move < 100; move++)
          for (const widget of widgets) places[move % places.length]!.append(widget);
        for (const widget of widgets) home.append(widget);
        await settleAll(page);
        await fake.clock.advance(SECOND, () => timer.updateComplete);
        expect(held.held(), 'after 100 moves in one task').to.deep.equal(settled);

        for (let move = 0; move < 20; move++) {
          for (const widget of widgets) places[move % places.length]!.append(widget);
          await wait(0);
        }
        for (const widget of widgets) home.append(widget);
        await settleAll(page);
        await fake.clock.advance(SECOND, () => timer.updateComplete);
        expect(held.held(), 'after 20 moves over 20 tasks').to.deep.equal(settled);
        expect(fake.clock.pending(), 'one tick planned').to.equal(1);

        const all = kneadElements(page);
        page.remove();
        await settleAll(document.body);
        for (const element of all) await element.updateComplete;
        expect(held.held(), 'once removed').to.deep.equal(empty);
        expect(fake.clock.pending(), 'no tick').to.equal(0);
        expect(fake.wakeLock.held, 'no wake lock').to.equal(false);
      });
      expect(problems).to.deep.equal([]);
    } finally {
      held.stop();
    }
    expect(pageMarks()).to.deep.equal(before);
  });
});
