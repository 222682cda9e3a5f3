import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { Technique } from '../../src/technique-card/technique-types.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { fakeAdapters } from '../exercise-timer/fake-adapters.js';
import { part } from '../harness/dom.js';
import { settle } from '../harness/technique-card.js';
import { withErrors } from '../helpers/console.js';
import { LONG_WORD, overflows } from '../helpers/layout.js';

/**
 * A visitor on a small phone (320 and 360 px wide) sees every widget whole when a clinic's
 * text has a word longer than the screen: a long name, a pasted link, a compound word.
 */

const WORD = LONG_WORD;
const TWO_WORDS = `${WORD} ${WORD}`;
/** The longest price a card takes (40 characters), without a break. */
const PRICE = `$${'9'.repeat(39)}`;

/** A clinic's own technique with every text field one long word. */
const LONG_TECHNIQUE: Technique = {
  id: 'long-words',
  name: WORD,
  summary: TWO_WORDS,
  description: TWO_WORDS,
  pressure: 3,
  pressureLabel: 'Mediumfirmdeeptissueworkwithoutbreaks40',
  goals: ['knots', 'sports-recovery', 'chronic-tension'],
  feelsLike: TWO_WORDS,
  cautions: [WORD],
  duration: { min: 45, max: 90 },
  price: PRICE,
};

const LONG_FLOW: Flow = {
  id: 'long-words',
  title: WORD,
  intro: TWO_WORDS,
  item: [
    {
      linkId: 'which',
      text: WORD,
      helpText: TWO_WORDS,
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'long', display: WORD } },
        { valueCoding: { code: 'short', display: 'Short' } },
      ],
    },
  ],
  outcomes: [
    {
      id: 'result',
      level: 'massage',
      title: WORD,
      advice: TWO_WORDS,
      techniques: ['swedish'],
      exercises: ['chin-tuck'],
    },
  ],
};

const LONG_ROUTINE: Routine = {
  id: 'long-words',
  name: WORD,
  prepareSeconds: 5,
  restSeconds: 10,
  switchSeconds: 5,
  exercises: [
    {
      id: 'long-one',
      name: WORD,
      steps: [WORD, TWO_WORDS],
      breathing: TWO_WORDS,
      reps: 2,
      repSeconds: 3,
      holdSeconds: 2,
      sides: 'both',
    },
  ],
};

/** A widget that reads its data from an inline JSON child, as a clinic pastes it. */
function withJson<T extends Element>(
  tag: string,
  data: unknown,
  attributes: Record<string, string> = {},
): T {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  element.append(script);
  return element as unknown as T;
}

/** The shadow root's button with this text. */
function button(host: Element, text: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(text),
  );
  if (!found) throw new Error(`no "${text}" button`);
  return found;
}

for (const width of [320, 360]) {
  describe(`an 80-character word at ${width} px`, () => {
    before(() => setViewport({ width, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits the technique card, its heading and Book button, from attributes', async () => {
      const clinic = await fixture(
        html`<knead-clinic booking-url="https://example.com/book">
          <knead-technique-card
            technique="deep-tissue"
            name=${WORD}
            summary=${TWO_WORDS}
            price=${PRICE}
            goals="knots sports-recovery"
            bookable
            highlighted
          ></knead-technique-card>
        </knead-clinic>`,
      );
      const card = clinic.querySelector<KneadTechniqueCard>('knead-technique-card')!;
      await settle(card);
      await settle(card.bookingButton);
      expect(part(card, 'name')?.textContent).to.include(WORD);
      expect(card.bookingButton?.shadowRoot?.textContent).to.include(WORD);
      part<HTMLDetailsElement>(card, 'details')!.open = true;
      expect(overflows(card)).to.deep.equal([]);
    });

    it("fits a clinic's own technique, details open, with booking unavailable", async () => {
      const card = await fixture<KneadTechniqueCard>(
        html`<knead-technique-card .data=${LONG_TECHNIQUE} bookable></knead-technique-card>`,
      );
      await settle(card);
      await settle(card.bookingButton);
      part<HTMLDetailsElement>(card, 'details')!.open = true;
      expect(part(card, 'summary')?.textContent).to.include(WORD);
      expect(overflows(card)).to.deep.equal([]);
    });

    it("fits the technique list with filters and a clinic's own technique", async () => {
      const list = await fixture<KneadTechniqueList>(
        withJson('knead-technique-list', [LONG_TECHNIQUE, 'swedish'], { filter: '' }),
      );
      await settle(list, ...list.cards);
      expect(list.cards.length).to.equal(2);
      for (const card of list.cards) part<HTMLDetailsElement>(card, 'details')!.open = true;
      expect(overflows(list)).to.deep.equal([]);
    });

    it("fits every screen of the symptom check with a clinic's own flow", async () => {
      const check = await fixture<KneadSymptomCheck>(
        html`<knead-clinic
          booking-url="https://example.com/book"
          phone="+1 604 555 0142"
          emergency-number="911"
          >${withJson('knead-symptom-check', LONG_FLOW)}</knead-clinic
        >`,
      ).then((clinic) => clinic.querySelector<KneadSymptomCheck>('knead-symptom-check')!);
      await settle(check);
      expect(overflows(check), 'intro').to.deep.equal([]);
      button(check, 'Start').click();
      await settle(check);
      button(check, 'Next').click(); // without an answer: the note asking for one
      await settle(check);
      expect(check.shadowRoot!.textContent).to.include(WORD);
      expect(overflows(check), 'question').to.deep.equal([]);
      [...check.shadowRoot!.querySelectorAll('[part~="option"]')]
        .find((option) => option.textContent?.includes(WORD))!
        .querySelector('input')!
        .click();
      button(check, 'Next').click();
      await settle(check);
      const cards = [...check.shadowRoot!.querySelectorAll('knead-technique-card')];
      await settle(...cards);
      expect(check.shadowRoot!.querySelector('[part~="result"]')?.textContent).to.include(WORD);
      expect(overflows(check), 'result').to.deep.equal([]);
    });

    it("fits the exercise timer with a clinic's own routine, before and during a run", async () => {
      const adapters = fakeAdapters();
      const timer = withJson<KneadExerciseTimer>('knead-exercise-timer', LONG_ROUTINE);
      timer.adapters = adapters;
      await fixture(timer);
      await settle(timer);
      expect(timer.shadowRoot!.textContent).to.include(WORD);
      expect(overflows(timer), 'overview').to.deep.equal([]);
      button(timer, 'Start').click();
      await adapters.clock.advance(6000, () => timer.updateComplete);
      await settle(timer);
      expect(overflows(timer), 'running').to.deep.equal([]);
    });

    it('fits the booking button and its message', async () => {
      // The message shows when booking is not set up; the label is the clinic's own text.
      const { el: unavailable } = await withErrors(() =>
        fixture<KneadBookingButton>(
          html`<knead-booking-button label=${WORD}></knead-booking-button>`,
        ),
      );
      await settle(unavailable);
      expect(part(unavailable, 'message')).to.not.equal(null);
      expect(overflows(unavailable), 'unavailable').to.deep.equal([]);
      const link = await fixture<KneadBookingButton>(
        html`<knead-booking-button
          href="https://example.com/book"
          label=${WORD}
        ></knead-booking-button>`,
      );
      await settle(link);
      expect(overflows(link), 'link').to.deep.equal([]);
    });
  });
}
