import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { exerciseName } from '../../src/exercise-timer/exercise-names.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import {
  SymptomCheckCompleteEvent,
  SymptomCheckStartEvent,
  SymptomCheckStepEvent,
  type SymptomCheckResult,
} from '../../src/shared/events.js';
import { captureConsole } from '../helpers/console.js';
import {
  HOSTILE_STRINGS,
  PATHS,
  activate,
  answerByClick,
  answerByKeyboard,
  button,
  checkedLabels,
  chooseRadio,
  clickNext,
  clickStart,
  clickThrough,
  countIn,
  describeFocus,
  expectFocusedHeading,
  heading,
  headingText,
  itemOf,
  labelOf,
  letHostileCodeRun,
  luminance,
  options,
  outcomeOf,
  part,
  parts,
  present,
  textOf,
  tick,
  withErrors,
  type Check,
  type Choice,
} from './helpers.js';

/** A small clinic flow: a display screen, a yes/no question and a follow-up choice. */
const NECK_FLOW: Flow = {
  id: 'neck',
  title: 'Neck check',
  intro: 'Three short questions about your neck.',
  item: [
    {
      linkId: 'before',
      text: 'Before you start',
      helpText: 'Answer for how your neck feels today.',
      type: 'display',
    },
    { linkId: 'sore', text: 'Is your neck stiff or sore?', type: 'boolean' },
    {
      linkId: 'side',
      text: 'Which side is worse?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'left', display: 'The left side' } },
        { valueCoding: { code: 'right', display: 'The right side' } },
        { valueCoding: { code: 'both', display: 'Both sides the same' } },
      ],
      enableWhen: [{ question: 'sore', operator: '=', answerBoolean: true }],
    },
  ],
  outcomes: [
    {
      id: 'neck-massage',
      level: 'massage',
      when: { question: 'side', operator: '=', answerCoding: { code: 'both' } },
      title: 'Massage may ease your neck',
      advice: 'Tight muscles on both sides usually respond well to massage.',
      techniques: ['swedish'],
      exercises: ['chin-tuck'],
    },
    {
      id: 'neck-talk',
      level: 'clinician',
      title: 'Talk it through with us',
      advice: 'Call the clinic and we can tell you whether a massage is a good idea.',
    },
  ],
};

const TITLE = BACK_PAIN_FLOW.title;
const START = 'Start the check';
const RESULT_ELEMENTS = 'knead-booking-button, knead-technique-card';
const NONE = (linkId: string) => labelOf(linkId, 'none');

/** The built-in check, rendered and settled. */
const checkFixture = () => fixture<Check>(html`<knead-symptom-check></knead-symptom-check>`);

/** The check inside a wrapper (a clinic, a `lang` element): the wrapper and the check. */
async function wrapped<W extends Element>(
  template: ReturnType<typeof html>,
): Promise<{ wrapper: W; el: Check }> {
  const wrapper = await fixture<W>(template);
  await (wrapper as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  const el = wrapper.querySelector('knead-symptom-check')!;
  await el.updateComplete;
  return { wrapper, el };
}

/** A clinic that books with Calendly, has a phone and maps both disc-nerve techniques. */
const CLINIC_SERVICES = { swedish: 'swedish-60', 'myofascial-release': 'myofascial-60' };
const CLINIC_PHONE = '+1 (604) 555-0142';
const clinicWith = (check: unknown) => html`
  <knead-clinic
    name="Harbour Physio"
    phone=${CLINIC_PHONE}
    booking-provider="calendly"
    booking-account="harbour-physio"
    .services=${CLINIC_SERVICES}
  >
    ${check}
  </knead-clinic>
`;

/** The check and every console error it logged while getting ready. */
async function checkWithErrors(template: ReturnType<typeof html>) {
  return withErrors(async () => {
    const el = await fixture<Check>(template);
    await el.updateComplete;
    return el;
  });
}

/** A check whose flow comes from an inline JSON child with this text. */
function withJsonChild(text: string): Check {
  const el = document.createElement('knead-symptom-check');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  return el;
}

async function jsonChildFixture(text: string) {
  return withErrors(async () => {
    const holder = await fixture<HTMLDivElement>(html`<div>${withJsonChild(text)}</div>`);
    const el = holder.querySelector('knead-symptom-check')!;
    await el.updateComplete;
    return el;
  });
}

/** Every knead-symptom-check event on the document while it runs. */
function recordEvents() {
  const events: Event[] = [];
  const types = [
    SymptomCheckStartEvent.type,
    SymptomCheckStepEvent.type,
    SymptomCheckCompleteEvent.type,
  ];
  const listener = (event: Event) => events.push(event);
  for (const type of types) document.addEventListener(type, listener);
  return {
    events,
    of: <T extends Event>(type: string) => events.filter((event) => event.type === type) as T[],
    stop: () => {
      for (const type of types) document.removeEventListener(type, listener);
    },
  };
}

/** The result's "Call …" link (the danger results' big one). */
const callLink = (el: Check) => part<HTMLAnchorElement>(el, 'call');

/** The cards the result recommends. */
const cards = (el: Check) => [
  ...el.shadowRoot!.querySelectorAll<KneadTechniqueCard>('knead-technique-card'),
];

async function settleCards(el: Check): Promise<void> {
  for (const card of cards(el)) await card.updateComplete;
}

/**
 * From a freshly loaded check, walks `path` to its result with the keyboard alone,
 * checking focus and axe on every screen.
 */
async function walkByKeyboard(el: Check, path: readonly Choice[], flow: Flow = BACK_PAIN_FLOW) {
  expectFocusedHeadingNot(el);
  await activate(el, START);
  for (const step of path) {
    expectFocusedHeading(el, itemOf(step.linkId, flow).text);
    await expect(el).to.be.accessible();
    await answerByKeyboard(el, step, flow);
    await activate(el, 'Next');
  }
}

/** Focus is not inside the check. */
function expectFocusedHeadingNot(el: Check): void {
  const inside = el.contains(document.activeElement) || el.shadowRoot!.activeElement !== null;
  expect(inside, `focus is not in the check (it is on ${describeFocus()})`).to.equal(false);
}

describe('<knead-symptom-check>', () => {
  // A time zone with no region, as on a server: a test that needs one sets it.
  let restoreTimeZone: () => void;
  beforeEach(() => (restoreTimeZone = stubTimeZone('Etc/UTC')));
  afterEach(() => restoreTimeZone());

  describe('intro', () => {
    it('shows the title, intro, a not-a-diagnosis statement, the emergency number and Start', async () => {
      const el = await checkFixture();
      const intro = part(el, 'intro');
      expect(present(intro), 'the intro').to.equal(true);
      expect(headingText(el)).to.equal(TITLE);
      expect(heading(el)!.getAttribute('role')).to.equal('heading');
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(textOf(intro)).to.include(BACK_PAIN_FLOW.intro);
      expect(textOf(intro)).to.match(/this is not a diagnosis/i);
      expect(textOf(intro)).to.include('call your local emergency number now');
      const start = button(el, START);
      expect(present(start), 'a Start button').to.equal(true);
      expect(start!.type).to.equal('button');
      expect(present(part(el, 'progress')), 'progress').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('does not take focus when it loads', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div><button type="button">Before</button></div>`,
      );
      const before = holder.querySelector('button')!;
      before.focus();
      const el = document.createElement('knead-symptom-check');
      holder.append(el);
      await el.updateComplete;
      expect(document.activeElement === before, `focus stays (on ${describeFocus()})`).to.equal(
        true,
      );
      expectFocusedHeadingNot(el);
    });

    it('does not take focus on load with nothing focused either', async () => {
      const el = await checkFixture();
      expectFocusedHeadingNot(el);
    });

    it('does not take focus when a clinic sets its own flow after the first render', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Before</button>
          <knead-symptom-check></knead-symptom-check>
        </div>`,
      );
      const before = holder.querySelector('button')!;
      const el = holder.querySelector('knead-symptom-check')!;
      await el.updateComplete;
      before.focus();
      // A page that fetches its flow and hands it over once loaded.
      el.flow = NECK_FLOW;
      await el.updateComplete;
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      expect(document.activeElement === before, `focus stays (on ${describeFocus()})`).to.equal(
        true,
      );
    });

    describe('emergency number', () => {
      it('names no number with no clinic, no region and an unknown time zone, and warns once', async () => {
        const warnings = await captureConsole('warn', async () => {
          const el = await checkFixture();
          expect(present(callLink(el)), 'a call link').to.equal(false);
          expect(textOf(part(el, 'intro'))).to.include('call your local emergency number now');
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('emergency-number=""');
        expect(warnings[0]).to.include('set emergency-number on <knead-clinic>');
      });

      it("follows the page's region from lang", async () => {
        const { el } = await wrapped(
          html`<div lang="en-GB"><knead-symptom-check></knead-symptom-check></div>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:999');
        expect(textOf(callLink(el))).to.equal('999');
      });

      it("uses the clinic's emergency number", async () => {
        const { el } = await wrapped(
          html`<knead-clinic emergency-number="000"
            ><knead-symptom-check></knead-symptom-check
          ></knead-clinic>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:000');
        expect(textOf(callLink(el))).to.equal('000');
      });

      it("prefers its own emergency-number attribute to the clinic's", async () => {
        const { el } = await wrapped(
          html`<knead-clinic emergency-number="000"
            ><knead-symptom-check emergency-number="112"></knead-symptom-check
          ></knead-clinic>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:112');
        expect(textOf(callLink(el))).to.equal('112');
      });

      it('ignores a number that cannot be called, with one console error naming it', async () => {
        const { el, errors } = await checkWithErrors(
          html`<knead-symptom-check
            emergency-number="ask reception"
            lang="en-NZ"
          ></knead-symptom-check>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:111');
        expect(textOf(part(el, 'intro'))).to.not.include('ask reception');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('emergency-number="ask reception"');
      });
    });
  });

  describe('heading-level', () => {
    it('sets the level of every screen heading', async () => {
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check heading-level="4"></knead-symptom-check>`,
      );
      expect(errors).to.deep.equal([]);
      expect(heading(el)!.getAttribute('aria-level')).to.equal('4');
    });

    it('falls back to 2 for a level that is not 1 to 6, naming it once', async () => {
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check heading-level="nine"></knead-symptom-check>`,
      );
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="nine"');
    });
  });

  describe('keyboard-only walk-through', () => {
    for (const [id, path] of Object.entries(PATHS)) {
      it(`reaches the ${id} result with Tab, Space, arrows and Enter alone`, async function () {
        this.timeout(60000);
        const el = await clinicCheck();
        await walkByKeyboard(el, path);
        const outcome = outcomeOf(id);
        expectFocusedHeading(el, outcome.title);
        expect(present(part(el, 'result')), 'a result').to.equal(true);
        await settleCards(el);
        await expect(el).to.be.accessible();
      });
    }

    it('starts with the space bar too', async () => {
      const el = await checkFixture();
      await activate(el, START, ' ');
      expectFocusedHeading(el, itemOf('emergency').text);
    });
  });

  describe('targets', () => {
    it('makes every answer row and button at least 44px tall', async () => {
      const el = await checkFixture();
      await clickStart(el);
      const rows = [...parts(el, 'option'), ...el.shadowRoot!.querySelectorAll('button')];
      const short = rows
        .filter((row) => row.getBoundingClientRect().height < 44)
        .map((row) => `${textOf(row)}: ${row.getBoundingClientRect().height}px`);
      expect(rows.length).to.be.greaterThan(3);
      expect(short).to.deep.equal([]);
    });
  });

  describe('progress', () => {
    it('is shown only where it is truthful: from the first pattern question to the last', async () => {
      const el = await clinicCheck();
      await clickStart(el);
      const shown: string[] = [];
      for (const step of PATHS['muscular']!) {
        const progress = part(el, 'progress');
        shown.push(progress ? textOf(progress) : '(none)');
        await answerByClick(el, step);
        await clickNext(el);
      }
      const total = BACK_PAIN_FLOW.item.length;
      expect(shown[0], 'emergency screen').to.equal('(none)');
      expect(shown[1], 'urgent screen').to.equal('(none)');
      expect(shown[2]).to.equal('Question 3 of 9');
      expect(shown[8]).to.equal('Question 9 of 9');
      expect(shown.slice(2)).to.deep.equal(
        [3, 4, 5, 6, 7, 8, 9].map((n) => `Question ${n} of ${total}`),
      );
    });
  });

  describe('multi-choice', () => {
    it('"None of these" clears the signs ticked, and a sign clears it (keyboard)', async () => {
      const el = await checkFixture();
      await activate(el, START);
      const sign = (code: string) => labelOf('emergency', code);
      await tick(el, sign('bladder-bowel'));
      await tick(el, sign('both-legs'));
      expect(checkedLabels(el)).to.deep.equal([sign('bladder-bowel'), sign('both-legs')]);
      await tick(el, NONE('emergency'));
      expect(checkedLabels(el)).to.deep.equal([NONE('emergency')]);
      await tick(el, sign('chest-pain'));
      expect(checkedLabels(el)).to.deep.equal([sign('chest-pain')]);
      // And only the sign counts.
      await activate(el, 'Next');
      expectFocusedHeading(el, outcomeOf('emergency').title);
    });

    it('unticking a sign leaves the others', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['muscular']!.slice(0, 6));
      expect(headingText(el)).to.equal(itemOf('worse-with').text);
      const label = (code: string) => labelOf('worse-with', code);
      await answerByClick(el, { linkId: 'worse-with', codes: ['sitting', 'bending', 'moving'] });
      await answerByClick(el, { linkId: 'worse-with', codes: ['bending'] });
      expect(checkedLabels(el)).to.deep.equal([label('moving'), label('sitting')]);
      await answerByClick(el, { linkId: 'worse-with', codes: ['none'] });
      expect(checkedLabels(el)).to.deep.equal([label('none')]);
      await answerByClick(el, { linkId: 'worse-with', codes: ['coughing'] });
      expect(checkedLabels(el)).to.deep.equal([label('coughing')]);
    });
  });

  describe('an unanswered question', () => {
    async function expectMissing(el: Check, text: string) {
      const error = part(el, 'error');
      expect(present(error), 'the error').to.equal(true);
      expect(error!.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.equal(text);
      const fieldset = part(el, 'question')!;
      const describedBy = fieldset.getAttribute('aria-describedby') ?? '';
      expect(describedBy, 'the fieldset is described').to.not.equal('');
      expect(el.shadowRoot!.getElementById(describedBy) === error, 'by the error').to.equal(true);
      await expect(el).to.be.accessible();
    }

    function expectNoMissing(el: Check) {
      expect(present(part(el, 'error')), 'the error').to.equal(false);
      expect(part(el, 'question')!.hasAttribute('aria-describedby')).to.equal(false);
    }

    it('asks for an answer on Next and stays, until one is chosen (multi-choice)', async () => {
      const el = await checkFixture();
      await activate(el, START);
      const recorder = recordEvents();
      try {
        await activate(el, 'Next');
        expect(headingText(el)).to.equal(itemOf('emergency').text);
        await expectMissing(el, 'Choose at least one answer to go on.');
        expect(recorder.events.length, 'no event').to.equal(0);
        await tick(el, NONE('emergency'));
        expectNoMissing(el);
        await activate(el, 'Next');
        expectFocusedHeading(el, itemOf('urgent').text);
      } finally {
        recorder.stop();
      }
    });

    it('asks for an answer on Next and stays, until one is chosen (one choice, yes/no)', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['muscular']!.slice(0, 2));
      await activate(el, 'Next');
      expect(headingText(el)).to.equal(itemOf('area').text);
      await expectMissing(el, 'Choose an answer to go on.');
      await chooseRadio(el, labelOf('area', 'lower-back'));
      expectNoMissing(el);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);
      await chooseRadio(el, labelOf('character', 'ache'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('below-knee').text);
      await activate(el, 'Next');
      await expectMissing(el, 'Choose an answer to go on.');
      await chooseRadio(el, 'No');
      expectNoMissing(el);
    });
  });

  describe('Back', () => {
    it('restores the answer given on each earlier screen, then returns to the intro', async function () {
      this.timeout(20000);
      const el = await checkFixture();
      await activate(el, START);
      await tick(el, NONE('emergency'));
      await activate(el, 'Next');
      await tick(el, NONE('urgent'));
      await activate(el, 'Next');
      const area = labelOf('area', 'mid-upper-back');
      await chooseRadio(el, area);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);

      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('area').text);
      expect(checkedLabels(el)).to.deep.equal([area]);
      expect(textOf(part(el, 'progress'))).to.equal('Question 3 of 9');
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('urgent').text);
      expect(checkedLabels(el)).to.deep.equal([NONE('urgent')]);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([NONE('emergency')]);
      await activate(el, 'Back');
      expectFocusedHeading(el, TITLE);
      expect(present(part(el, 'intro')), 'the intro').to.equal(true);
      expect(present(button(el, START)), 'Start').to.equal(true);
    });

    it('keeps an answer chosen on the screen it leaves, for when the visitor comes back', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['muscular']!.slice(0, 3));
      const sharp = labelOf('character', 'sharp');
      await chooseRadio(el, sharp);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('area').text);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);
      expect(checkedLabels(el)).to.deep.equal([sharp]);
    });

    it('lets the visitor change an earlier answer and go on to the result it leads to', async function () {
      this.timeout(20000);
      const el = await checkFixture();
      const path = PATHS['muscular']!;
      await clickThrough(el, path.slice(0, 4));
      expect(headingText(el)).to.equal(itemOf('below-knee').text);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('character').text);
      expect(checkedLabels(el)).to.deep.equal([labelOf('character', 'ache')]);
      await chooseRadio(el, labelOf('character', 'sharp'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('below-knee').text);
      expect(checkedLabels(el), 'nothing chosen yet here').to.deep.equal([]);
      const recorder = recordEvents();
      try {
        for (const step of path.slice(4)) {
          expect(headingText(el)).to.equal(itemOf(step.linkId).text);
          await answerByKeyboard(el, step);
          await activate(el, 'Next');
        }
        // Sharp pain points to a disc or nerve, whatever else was answered for muscles.
        expectFocusedHeading(el, outcomeOf('disc-nerve').title);
        const complete = recorder.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
        expect(complete.map((event) => event.detail.outcome)).to.deep.equal(['disc-nerve']);
      } finally {
        recorder.stop();
      }
    });

    it('after Back to the screening, a sign ends the check at the emergency result', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['muscular']!.slice(0, 3));
      for (let i = 0; i < 3; i++) await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      await tick(el, labelOf('emergency', 'saddle-numbness'));
      expect(checkedLabels(el)).to.deep.equal([labelOf('emergency', 'saddle-numbness')]);
      await activate(el, 'Next');
      expectFocusedHeading(el, outcomeOf('emergency').title);
    });
  });

  describe('Back from a result', () => {
    it('returns to the last question with its answer, so a mistaken tick can be undone', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['emergency']!);
      expectFocusedHeading(el, outcomeOf('emergency').title);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([labelOf('emergency', 'bladder-bowel')]);
      await tick(el, labelOf('emergency', 'none'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('urgent').text);
    });
  });

  describe('Start again', () => {
    it('from a question returns to the intro and forgets every answer', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['muscular']!.slice(0, 3));
      await chooseRadio(el, labelOf('character', 'ache'));
      // Back and forth, so the check has answers to offer again on both screens.
      await activate(el, 'Back');
      await activate(el, 'Next');
      expect(checkedLabels(el)).to.deep.equal([labelOf('character', 'ache')]);
      await activate(el, 'Start again');
      expectFocusedHeading(el, TITLE);
      expect(present(part(el, 'intro')), 'the intro').to.equal(true);
      await activate(el, START);
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el), 'emergency screen').to.deep.equal([]);
      const again: Choice[] = [
        ...PATHS['muscular']!.slice(0, 2),
        { linkId: 'area', codes: ['neck-shoulders'] },
      ];
      for (const step of again) {
        expect(headingText(el)).to.equal(itemOf(step.linkId).text);
        expect(checkedLabels(el), step.linkId).to.deep.equal([]);
        await answerByClick(el, step);
        await clickNext(el);
      }
      expect(headingText(el)).to.equal(itemOf('character').text);
      expect(checkedLabels(el), 'character').to.deep.equal([]);
      // Back from here offers what was answered this time, not before.
      await activate(el, 'Back');
      expect(checkedLabels(el)).to.deep.equal([labelOf('area', 'neck-shoulders')]);
    });

    it('from a result returns to the intro and forgets every answer', async () => {
      const el = await clinicCheck();
      await clickThrough(el, PATHS['muscular']!);
      expect(headingText(el)).to.equal(outcomeOf('muscular').title);
      await activate(el, 'Start again');
      expectFocusedHeading(el, TITLE);
      expect(countIn(el, RESULT_ELEMENTS), 'result elements left').to.equal(0);
      await activate(el, START);
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([]);
      await answerByClick(el, PATHS['muscular']![0]!);
      await clickNext(el);
      expect(headingText(el)).to.equal(itemOf('urgent').text);
      expect(checkedLabels(el)).to.deep.equal([]);
    });

    it('restart() does the same from script', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['urgent']!);
      el.restart();
      await el.updateComplete;
      expect(headingText(el)).to.equal(TITLE);
      await clickStart(el);
      expect(checkedLabels(el)).to.deep.equal([]);
    });
  });

  describe('results', () => {
    for (const id of ['emergency', 'urgent']) {
      it(`${id}: medical care, and nothing to book or try`, async () => {
        const { el } = await wrapped<KneadClinic>(
          clinicWith(html`<knead-symptom-check emergency-number="000"></knead-symptom-check>`),
        );
        await clickThrough(el, PATHS[id]!);
        const outcome = outcomeOf(id);
        expect(headingText(el)).to.equal(outcome.title);
        const result = part(el, 'result')!;
        expect(textOf(result)).to.include(outcome.advice);
        const calls = parts<HTMLAnchorElement>(el, 'call');
        expect(calls.map((call) => call.getAttribute('href'))).to.deep.equal(['tel:000']);
        expect(textOf(calls[0])).to.equal(id === 'emergency' ? 'Call 000' : '000');
        expect(countIn(el, RESULT_ELEMENTS), 'booking buttons and cards').to.equal(0);
        expect(present(part(el, 'techniques')), 'techniques').to.equal(false);
        expect(present(part(el, 'exercises')), 'exercises').to.equal(false);
        expect(present(button(el, 'Start again')), 'Start again').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('emergency with no number known: "Call your local emergency number now", no digits', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['emergency']!);
      expect(textOf(callLink(el))).to.equal('Call your local emergency number now.');
      expect(callLink(el)!.localName).to.equal('strong');
      expect(textOf(part(el, 'result'))).to.not.match(/\d{3}/);
      expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
    });

    it("emergency in an en-GB page: the region's number", async () => {
      const expected = '999';
      const { el } = await wrapped(
        html`<div lang="en-GB"><knead-symptom-check></knead-symptom-check></div>`,
      );
      await clickThrough(el, PATHS['emergency']!);
      expect(textOf(callLink(el))).to.equal(`Call ${expected}`);
      expect(callLink(el)!.getAttribute('href')).to.equal(`tel:${expected}`);
    });

    it('disc-nerve: gentle technique cards with no booking, even for mapped services', async () => {
      const { el } = await wrapped<KneadClinic>(
        clinicWith(html`<knead-symptom-check></knead-symptom-check>`),
      );
      await clickThrough(el, PATHS['disc-nerve']!);
      const outcome = outcomeOf('disc-nerve');
      expect(headingText(el)).to.equal(outcome.title);
      expect(textOf(part(el, 'result'))).to.include(outcome.advice);
      await settleCards(el);
      const shown = cards(el);
      expect(shown.map((card) => card.technique)).to.deep.equal([...outcome.techniques!]);
      expect(shown.map((card) => card.hasAttribute('no-booking'))).to.deep.equal(
        shown.map(() => true),
      );
      expect(shown.map((card) => present(card.bookingButton))).to.deep.equal(
        shown.map(() => false),
      );
      expect(countIn(el, 'knead-booking-button'), 'booking buttons').to.equal(0);
      // The clinic's phone, to talk it through.
      const call = callLink(el)!;
      expect(call.getAttribute('href')).to.equal('tel:+16045550142');
      expect(textOf(call)).to.equal(CLINIC_PHONE);
      expect(textOf(call.parentElement)).to.include('Harbour Physio');
      await expect(el).to.be.accessible();
    });

    it('unclear: no cards, no booking, the clinic phone', async () => {
      const { el } = await wrapped<KneadClinic>(
        clinicWith(html`<knead-symptom-check></knead-symptom-check>`),
      );
      await clickThrough(el, PATHS['unclear']!);
      const outcome = outcomeOf('unclear');
      expect(headingText(el)).to.equal(outcome.title);
      expect(textOf(part(el, 'result'))).to.include(outcome.advice);
      expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+16045550142');
      await expect(el).to.be.accessible();
    });

    it('a clinician result with no clinic phone shows no call link', async () => {
      const el = await checkFixture();
      await clickThrough(el, PATHS['unclear']!);
      expect(headingText(el)).to.equal(outcomeOf('unclear').title);
      expect(present(callLink(el)), 'a call link').to.equal(false);
    });

    it("muscular: the clinic's booking button, technique cards, exercises and their page", async () => {
      const { el, errors } = await withErrors(async () => {
        const { el } = await wrapped<KneadClinic>(
          clinicWith(html`<knead-symptom-check exercises-href="/exercises"></knead-symptom-check>`),
        );
        await clickThrough(el, PATHS['muscular']!);
        await settleCards(el);
        return el;
      });
      expect(errors).to.deep.equal([]);
      const outcome = outcomeOf('muscular');
      expect(headingText(el)).to.equal(outcome.title);
      expect(textOf(part(el, 'result'))).to.include(outcome.advice);
      const booking = el.shadowRoot!.querySelectorAll<KneadBookingButton>('knead-booking-button');
      expect(booking.length, 'one booking button').to.equal(1);
      await booking[0]!.updateComplete;
      expect(booking[0]!.bookingUrl).to.equal('https://calendly.com/harbour-physio');
      expect(cards(el).map((card) => card.technique)).to.deep.equal([...outcome.techniques!]);
      expect(cards(el).some((card) => card.noBooking)).to.equal(false);
      const exercises = part(el, 'exercises')!;
      for (const id of outcome.exercises!) expect(textOf(exercises)).to.include(exerciseName(id));
      const link = exercises.querySelector('a');
      expect(present(link), 'a link to the exercises').to.equal(true);
      expect(link!.href).to.equal(new URL('/exercises', document.baseURI).href);
      expect(present(callLink(el)), 'a call link').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('muscular with no exercises-href: the exercises named, no link', async () => {
      const { el } = await wrapped<KneadClinic>(
        clinicWith(html`<knead-symptom-check></knead-symptom-check>`),
      );
      await clickThrough(el, PATHS['muscular']!);
      expect(present(part(el, 'exercises')), 'exercises').to.equal(true);
      expect(part(el, 'exercises')!.querySelectorAll('a').length).to.equal(0);
    });

    it('refuses a javascript: exercises-href, with one console error naming it', async () => {
      const { el, errors } = await withErrors(async () => {
        const { el } = await wrapped<KneadClinic>(
          clinicWith(
            html`<knead-symptom-check exercises-href="javascript:alert(1)"></knead-symptom-check>`,
          ),
        );
        await clickThrough(el, PATHS['muscular']!);
        await settleCards(el);
        return el;
      });
      expect(headingText(el)).to.equal(outcomeOf('muscular').title);
      expect(present(part(el, 'exercises')), 'the exercises').to.equal(true);
      expect(countIn(el, '[part~="exercises"] a'), 'exercise links').to.equal(0);
      expect(countIn(el, 'a[href^="javascript"]'), 'javascript links').to.equal(0);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('exercises-href').and.include('javascript');
    });
  });

  describe('events', () => {
    it('start once, a step per new question, complete with the outcome only', async function () {
      this.timeout(20000);
      const el = await clinicCheck();
      const recorder = recordEvents();
      const path = PATHS['muscular']!;
      try {
        await walkByKeyboard(el, path);
      } finally {
        recorder.stop();
      }
      for (const event of recorder.events) {
        expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
        expect(event.composed, `${event.type} is composed`).to.equal(true);
      }
      const starts = recorder.of<SymptomCheckStartEvent>(SymptomCheckStartEvent.type);
      expect(starts.map((event) => event.detail)).to.deep.equal([{ flow: 'back-pain' }]);
      const steps = recorder.of<SymptomCheckStepEvent>(SymptomCheckStepEvent.type);
      expect(steps.map((event) => Object.keys(event.detail))).to.deep.equal(
        path.map(() => ['step']),
      );
      expect(steps.map((event) => event.detail)).to.deep.equal(path.map((_, step) => ({ step })));
      const completes = recorder.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
      expect(completes).to.have.length(1);
      const detail: SymptomCheckResult = completes[0]!.detail;
      const outcome = outcomeOf('muscular');
      expect(Object.keys(detail).sort()).to.deep.equal(
        ['exercises', 'level', 'outcome', 'techniques'].sort(),
      );
      expect(JSON.parse(JSON.stringify(detail))).to.deep.equal({
        outcome: outcome.id,
        level: outcome.level,
        techniques: [...outcome.techniques!],
        exercises: [...outcome.exercises!],
      });
      const json = JSON.stringify(detail);
      for (const code of ['lower-back', 'ache', 'moving', 'posture', 'days'])
        expect(json, `the answer ${code}`).to.not.include(code);
      // The events fire in order: start, then the steps, then complete.
      expect(recorder.events.map((event) => event.type)).to.deep.equal([
        SymptomCheckStartEvent.type,
        ...path.map(() => SymptomCheckStepEvent.type),
        SymptomCheckCompleteEvent.type,
      ]);
    });

    for (const id of ['emergency', 'urgent', 'disc-nerve', 'unclear']) {
      it(`complete for ${id} names that outcome, its level and recommendations`, async () => {
        const el = await checkFixture();
        const recorder = recordEvents();
        try {
          await captureConsole('error', () => clickThrough(el, PATHS[id]!));
        } finally {
          recorder.stop();
        }
        const outcome = outcomeOf(id);
        const completes = recorder.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
        expect(completes.map((event) => JSON.parse(JSON.stringify(event.detail)))).to.deep.equal([
          {
            outcome: outcome.id,
            level: outcome.level,
            techniques: [...(outcome.techniques ?? [])],
            exercises: [...(outcome.exercises ?? [])],
          },
        ]);
        const chosen = PATHS[id]!.flatMap((step) => step.codes).filter(
          (code) => !['yes', 'no', 'none'].includes(code),
        );
        const json = JSON.stringify(completes[0]!.detail);
        for (const code of chosen) expect(json, `the answer ${code}`).to.not.include(code);
      });
    }
  });

  describe('privacy', () => {
    it('sends, stores and sets nothing during a whole check', async () => {
      const calls: string[] = [];
      const originalFetch = window.fetch;
      const originalOpen = XMLHttpRequest.prototype.open;
      const originalSend = XMLHttpRequest.prototype.send;
      const originalBeacon = navigator.sendBeacon;
      const storage = () =>
        JSON.stringify({
          local: Object.entries(localStorage),
          session: Object.entries(sessionStorage),
          cookie: document.cookie,
        });
      const before = storage();
      window.fetch = ((...args: Parameters<typeof fetch>) => {
        calls.push(`fetch ${String(args[0])}`);
        return originalFetch.apply(window, args);
      }) as typeof fetch;
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        calls.push(`xhr.open ${String(args[1])}`);
        return (originalOpen as (...a: unknown[]) => void).apply(this, args);
      } as typeof XMLHttpRequest.prototype.open;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
        calls.push('xhr.send');
        return originalSend.call(this, body);
      };
      navigator.sendBeacon = (url: string | URL) => {
        calls.push(`sendBeacon ${String(url)}`);
        return true;
      };
      try {
        const { el } = await wrapped<KneadClinic>(
          clinicWith(html`<knead-symptom-check exercises-href="/exercises"></knead-symptom-check>`),
        );
        await clickThrough(el, PATHS['muscular']!);
        await settleCards(el);
        await activate(el, 'Start again');
        await clickThrough(el, PATHS['disc-nerve']!.slice(0, 4));
        await activate(el, 'Back');
        await activate(el, 'Start again');
        await clickThrough(el, PATHS['emergency']!);
      } finally {
        window.fetch = originalFetch;
        XMLHttpRequest.prototype.open = originalOpen;
        XMLHttpRequest.prototype.send = originalSend;
        navigator.sendBeacon = originalBeacon;
      }
      expect(calls).to.deep.equal([]);
      expect(storage()).to.equal(before);
    });
  });

  describe('a clinic flow', () => {
    const neckPath: Choice[] = [
      { linkId: 'before', codes: [] },
      { linkId: 'sore', codes: ['yes'] },
      { linkId: 'side', codes: ['both'] },
    ];

    it('runs from a JSON child to its outcome, by keyboard', async function () {
      this.timeout(20000);
      const { el, errors } = await withErrors(async () => {
        const clinic = await fixture<KneadClinic>(
          clinicWith(withJsonChild(JSON.stringify(NECK_FLOW))),
        );
        const el = clinic.querySelector('knead-symptom-check')!;
        await el.updateComplete;
        return el;
      });
      expect(errors).to.deep.equal([]);
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      expect(textOf(part(el, 'intro'))).to.include(NECK_FLOW.intro);
      const recorder = recordEvents();
      try {
        await walkByKeyboard(el, neckPath, NECK_FLOW);
      } finally {
        recorder.stop();
      }
      const outcome = outcomeOf('neck-massage', NECK_FLOW);
      expectFocusedHeading(el, outcome.title);
      expect(cards(el).map((card) => card.technique)).to.deep.equal(['swedish']);
      // An exercise the library does not know is named from its id.
      expect(textOf(part(el, 'exercises'))).to.include('Chin tuck');
      expect(countIn(el, 'knead-booking-button')).to.equal(1);
      expect(
        recorder.of<SymptomCheckStartEvent>(SymptomCheckStartEvent.type).map((e) => e.detail),
      ).to.deep.equal([{ flow: 'neck' }]);
      await settleCards(el);
      await expect(el).to.be.accessible();
    });

    it('runs from the flow property to its outcome', async () => {
      const el = await fixture<Check>(
        html`<knead-symptom-check .flow=${NECK_FLOW}></knead-symptom-check>`,
      );
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      await clickStart(el);
      expect(headingText(el)).to.equal(itemOf('before', NECK_FLOW).text);
      expect(present(part(el, 'question')), 'a fieldset on a display screen').to.equal(false);
      await expect(el).to.be.accessible();
      await clickNext(el);
      await answerByClick(el, { linkId: 'sore', codes: ['no'] }, NECK_FLOW);
      await clickNext(el);
      expect(headingText(el)).to.equal(outcomeOf('neck-talk', NECK_FLOW).title);
      expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
    });

    it('refuses a JSON child whose enableWhen names an unknown question', async () => {
      const broken = structuredClone(NECK_FLOW) as unknown as {
        item: { enableWhen?: { question: string }[] }[];
      };
      broken.item[1]!.enableWhen = [{ question: 'nope', operator: 'exists' } as never];
      const { el, errors } = await jsonChildFixture(JSON.stringify(broken));
      await expectRefused(el);
      expect(
        errors.some((error) => error.includes('item[1].enableWhen[0].question')),
        errors.join('\n'),
      ).to.equal(true);
      expect(errors.every((error) => error.includes('knead-symptom-check'))).to.equal(true);
    });

    it('refuses a JSON child that is not valid JSON', async () => {
      const { el, errors } = await jsonChildFixture('{"id": "neck", "title": ');
      expect(errors.length, 'console errors').to.be.greaterThan(0);
      expect(errors[0]).to.include('script[type="application/json"]').and.include('JSON');
      // Not the built-in flow in its place: the clinic meant its own questions.
      expect(headingText(el), 'a wizard shown in its place').to.not.equal(TITLE);
      await expectRefused(el);
    });

    it('refuses a flow property that breaks the rules, naming the JSON path', async () => {
      const broken = {
        ...NECK_FLOW,
        outcomes: [
          { ...NECK_FLOW.outcomes[0]!, level: 'emergency' as const },
          NECK_FLOW.outcomes[1]!,
        ],
      };
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check .flow=${broken}></knead-symptom-check>`,
      );
      await expectRefused(el);
      expect(errors.some((error) => error.includes('outcomes[0]'))).to.equal(true);
    });

    it('refuses an unknown built-in flow name, with one console error naming flow', async () => {
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check flow="nope"></knead-symptom-check>`,
      );
      await expectRefused(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('flow').and.include('nope').and.include('back-pain');
    });

    it('shows hostile text from a clinic flow as text, on every screen', async () => {
      const [IMG, SCRIPT] = HOSTILE_STRINGS;
      const hostile: Flow = {
        id: 'hostile',
        title: IMG,
        intro: SCRIPT,
        item: [
          {
            linkId: 'q',
            text: IMG,
            helpText: SCRIPT,
            type: 'choice',
            answerOption: [
              { valueCoding: { code: 'a', display: IMG } },
              { valueCoding: { code: 'b', display: SCRIPT } },
            ],
          },
        ],
        outcomes: [
          {
            id: 'bad',
            level: 'clinician',
            when: { question: 'q', operator: '=', answerCoding: { code: 'a' } },
            title: SCRIPT,
            advice: IMG,
            exercises: ['stretch'],
          },
          { id: 'other', level: 'clinician', title: IMG, advice: SCRIPT },
        ],
      };
      const expectInert = async (el: Check, where: string) => {
        await letHostileCodeRun();
        expect(countIn(el, 'img, script'), `markup made on ${where}`).to.equal(0);
        expect(window.__pwned, `code run on ${where}`).to.equal(undefined);
      };
      for (const source of ['property', 'JSON child'] as const) {
        const { el, errors } = await withErrors(async () => {
          if (source === 'property')
            return fixture<Check>(
              html`<knead-symptom-check .flow=${hostile}></knead-symptom-check>`,
            );
          const holder = await fixture<HTMLDivElement>(
            html`<div>${withJsonChild(JSON.stringify(hostile))}</div>`,
          );
          const el = holder.querySelector('knead-symptom-check')!;
          await el.updateComplete;
          return el;
        });
        expect(errors, source).to.deep.equal([]);
        expect(headingText(el), source).to.equal(IMG);
        expect(textOf(part(el, 'intro')), source).to.include(SCRIPT);
        await expectInert(el, `${source} intro`);
        await clickStart(el);
        expect(headingText(el)).to.equal(IMG);
        expect(textOf(part(el, 'question'))).to.include(SCRIPT);
        expect(options(el).map((option) => option.label)).to.deep.equal([IMG, SCRIPT]);
        await expectInert(el, `${source} question`);
        await answerByClick(el, { linkId: 'q', codes: ['a'] }, hostile);
        await clickNext(el);
        expect(headingText(el)).to.equal(SCRIPT);
        expect(textOf(part(el, 'result'))).to.include(IMG);
        await expectInert(el, `${source} result`);
      }
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`${theme}: a question and the emergency result are accessible`, async () => {
        const el = await fixture<Check>(
          html`<knead-symptom-check theme=${theme}></knead-symptom-check>`,
        );
        await clickStart(el);
        const text = luminance(getComputedStyle(heading(el)!).color);
        expect(text > 0.5, `${theme} text is ${text > 0.5 ? 'light' : 'dark'}`).to.equal(
          theme === 'dark',
        );
        await expect(el).to.be.accessible();
        await clickNext(el);
        expect(present(part(el, 'error')), 'the error').to.equal(true);
        await expect(el).to.be.accessible();
        await answerByClick(el, PATHS['emergency']![0]!);
        await clickNext(el);
        expect(headingText(el)).to.equal(outcomeOf('emergency').title);
        await expect(el).to.be.accessible();
      });
    }
  });
});

/** A check inside the booking clinic, for walks whose results may show booking. */
async function clinicCheck(): Promise<Check> {
  const { el } = await wrapped<KneadClinic>(
    clinicWith(html`<knead-symptom-check></knead-symptom-check>`),
  );
  return el;
}

/** The accessible "could not be loaded" note, and nothing to start. */
async function expectRefused(el: Check): Promise<void> {
  const message = part(el, 'message');
  expect(present(message), 'the error message').to.equal(true);
  expect(message!.getAttribute('role')).to.equal('alert');
  expect(present(button(el, START)), 'a Start button').to.equal(false);
  expect(countIn(el, 'button, input, form'), 'controls').to.equal(0);
  await expect(el).to.be.accessible();
}
