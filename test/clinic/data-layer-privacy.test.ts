import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import { answerRoute, restart, ROUTES, type Check } from '../harness/symptom-check.js';
import { pressButton } from '../harness/exercise-timer.js';
import { activate } from '../harness/booking-button.js';
import { settle } from '../harness/clinic.js';
import { fakeAdapters } from '../exercise-timer/fake-adapters.js';

/*
 * Nothing a visitor answers in the symptom check, and nothing of their exercise routine,
 * reaches a tag manager, even inside a clinic with data-layer: only booking events do, and
 * only as their name and provider.
 */

const page = window as { dataLayer?: unknown };

const SERVICES = { swedish: 'swedish-60', 'deep-tissue': 'deep-tissue-60' };

/** Every id a visitor's answers, result and routine are made of. */
const HEALTH_IDS = [
  BACK_PAIN_FLOW.id,
  ...BACK_PAIN_FLOW.item.flatMap((item) => [
    item.linkId,
    ...(item.answerOption ?? []).map((option) => option.valueCoding.code),
  ]),
  'yes',
  ...BACK_PAIN_FLOW.outcomes.flatMap((outcome) => [
    outcome.id,
    outcome.level,
    ...(outcome.techniques ?? []),
    ...(outcome.exercises ?? []),
  ]),
  BACK_BASICS.id,
  ...BACK_BASICS.exercises.map((exercise) => exercise.id),
  ...Object.values(SERVICES),
];

/** The knead events the widgets fired on the document meanwhile, by type. */
function recordKneadEvents(types: readonly string[]) {
  const fired: string[] = [];
  const listener = (event: Event) => fired.push(event.type);
  for (const type of types) document.addEventListener(type, listener);
  return {
    fired,
    stop: () => types.forEach((type) => document.removeEventListener(type, listener)),
  };
}

const CHECK_EVENTS = ['start', 'step', 'complete'].map((name) => `knead-symptom-check-${name}`);
const TIMER_EVENTS = ['start', 'change', 'pause', 'complete'].map(
  (name) => `knead-exercise-${name}`,
);

describe('<knead-clinic data-layer> and health information', () => {
  beforeEach(() => (page.dataLayer = []));
  afterEach(() => delete page.dataLayer);

  it('pushes nothing from the symptom check or the timer; booking from a result, as its provider only', async function () {
    this.timeout(30000);
    const clinic = await fixture<HTMLElement>(html`
      <knead-clinic
        data-layer
        name="Harbour Physio"
        booking-provider="calendly"
        booking-account="harbour-physio"
        emergency-number="911"
        .services=${SERVICES}
      >
        <knead-symptom-check></knead-symptom-check>
        <knead-exercise-timer .adapters=${fakeAdapters()}></knead-exercise-timer>
      </knead-clinic>
    `);
    await settle();
    const check = clinic.querySelector<Check>('knead-symptom-check')!;
    const timer = clinic.querySelector<KneadExerciseTimer>('knead-exercise-timer')!;
    const recorded = recordKneadEvents([...CHECK_EVENTS, ...TIMER_EVENTS]);

    // Every outcome of the check, emergency and clinician ones included.
    for (const route of ['emergency', 'urgent', 'disc-nerve', 'unclear', 'muscular'] as const) {
      if (route !== 'emergency') await restart(check);
      await answerRoute(check, ROUTES[route]);
    }
    // The routine started, paused, resumed, skipped through and finished.
    await pressButton(timer, 'Start');
    await pressButton(timer, 'Pause');
    await pressButton(timer, 'Resume');
    for (let exercise = 0; exercise < BACK_BASICS.exercises.length; exercise++)
      await pressButton(timer, 'Skip');
    recorded.stop();

    expect(new Set(recorded.fired), 'what the widgets told the page').to.deep.equal(
      new Set([...CHECK_EVENTS, ...TIMER_EVENTS]),
    );
    expect(timer.status).to.equal('done');
    expect(page.dataLayer, 'nothing from the check or the timer').to.deep.equal([]);

    // Booking from the muscular result: its own button, and a recommended technique's.
    const result = check.shadowRoot!.querySelector<KneadBookingButton>('knead-booking-button')!;
    const card = check.shadowRoot!.querySelector<KneadTechniqueCard>(
      'knead-technique-card[technique="deep-tissue"]',
    )!;
    await activate(result);
    await activate(card.bookingButton!);
    const pushed = page.dataLayer as Record<string, unknown>[];
    expect(pushed).to.deep.equal([
      { event: 'knead_booking_click', provider: 'calendly' },
      { event: 'knead_booking_click', provider: 'calendly' },
    ]);
    for (const entry of pushed) {
      const values = Object.values(entry).map(String);
      for (const id of HEALTH_IDS)
        for (const value of values) expect(value, `the id ${id}`).to.not.include(id);
    }
  });
});
