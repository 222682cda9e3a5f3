/**
 * What the symptom-check element tests set up: the check alone, in a clinic or a `lang`
 * element, with a clinic's own flow as a JSON child or property; the events it fires; and
 * the refused state. Reading and driving the check is the harness's (test/harness).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import {
  SymptomCheckCompleteEvent,
  SymptomCheckStartEvent,
  SymptomCheckStepEvent,
} from '../../src/symptom-check/symptom-check-events.js';
import { withErrors } from '../helpers/console.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import { button, part, type Check, type Choice } from '../harness/symptom-check.js';

export const START = 'Start the check';

/**
 * Runs every test of the enclosing `describe` with the visitor in `zone`; by default one
 * with no region, as on a server, so that no test depends on the machine's time zone.
 */
export function inTimeZone(zone = 'Etc/UTC'): void {
  let restore: () => void;
  beforeEach(() => (restore = stubTimeZone(zone)));
  afterEach(() => restore());
}
/** What only a result that offers booking or techniques holds. */
export const RESULT_ELEMENTS = 'knead-booking-button, knead-technique-card';

/** The built-in check, rendered and settled. */
export const checkFixture = () => fixture<Check>(html`<knead-symptom-check></knead-symptom-check>`);

/** The check inside a wrapper (a clinic, a `lang` element): the wrapper and the check. */
export async function wrapped<W extends Element>(
  template: ReturnType<typeof html>,
): Promise<{ wrapper: W; el: Check }> {
  const wrapper = await fixture<W>(template);
  await (wrapper as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  const el = wrapper.querySelector('knead-symptom-check')!;
  await el.updateComplete;
  return { wrapper, el };
}

/** The check in `template`, inside an element with `lang`, settled: the element and the check. */
export async function checkInLang(
  lang: string,
  template = html`<knead-symptom-check></knead-symptom-check>`,
): Promise<{ holder: HTMLElement; el: Check }> {
  const holder = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const el = holder.querySelector<Check>('knead-symptom-check')!;
  await el.updateComplete;
  return { holder, el };
}

/** A message as textOf reads it: any run of spaces (a French narrow no-break one) as one. */
export const asRead = (message: string): string => message.replace(/\s+/g, ' ');

/** A clinic that books with Calendly, has a phone and maps both disc-nerve techniques. */
export const CLINIC_PHONE = '+1 (604) 555-0142';
const CLINIC_SERVICES = { swedish: 'swedish-60', 'myofascial-release': 'myofascial-60' };
export const clinicWith = (check: unknown) => html`
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

/** A check inside the booking clinic, for walks whose results may show booking. */
export async function clinicCheck(
  check = html`<knead-symptom-check></knead-symptom-check>`,
): Promise<Check> {
  return (await wrapped(clinicWith(check))).el;
}

/** The check and every console error it logged while getting ready. */
export const checkWithErrors = (template: ReturnType<typeof html>) =>
  withErrors(async () => {
    const el = await fixture<Check>(template);
    await el.updateComplete;
    return el;
  });

/** A check (not yet on the page) whose flow comes from an inline JSON child with this text. */
export function withJsonChild(text: string): Check {
  const el = document.createElement('knead-symptom-check');
  const script = { type: 'application/json', textContent: text };
  el.append(Object.assign(document.createElement('script'), script));
  return el;
}

/** A check with a JSON child on the page, and every console error it logged. */
export const jsonChildFixture = (text: string) =>
  withErrors(async () => {
    const holder = await fixture<HTMLDivElement>(html`<div>${withJsonChild(text)}</div>`);
    const el = holder.querySelector('knead-symptom-check')!;
    await el.updateComplete;
    return el;
  });

/** The cards the result recommends, settled. */
export async function cardsOf(el: Check): Promise<KneadTechniqueCard[]> {
  const cards = [...el.shadowRoot!.querySelectorAll<KneadTechniqueCard>('knead-technique-card')];
  for (const card of cards) await card.updateComplete;
  return cards;
}

/** Every element of these kinds anywhere in the check's shadow root. */
export const countIn = (el: Check, selector: string): number =>
  el.shadowRoot!.querySelectorAll(selector).length;

const EVENT_TYPES = [
  SymptomCheckStartEvent.type,
  SymptomCheckStepEvent.type,
  SymptomCheckCompleteEvent.type,
];

/** Every knead-symptom-check event on the document while `run` runs. */
export async function recordEvents(run: () => Promise<unknown>) {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const type of EVENT_TYPES) document.addEventListener(type, listener);
  try {
    await run();
  } finally {
    for (const type of EVENT_TYPES) document.removeEventListener(type, listener);
  }
  return {
    events,
    of: <T extends Event>(type: string) => events.filter((event) => event.type === type) as T[],
  };
}

/** The accessible "could not be loaded" note, and nothing to start. */
export async function expectRefused(el: Check): Promise<void> {
  const message = part(el, 'message');
  expect(message?.getAttribute('role'), 'the error message').to.equal('alert');
  expect(() => button(el, START), 'a Start button').to.throw();
  expect(countIn(el, 'button, input, form'), 'controls').to.equal(0);
  await expect(el).to.be.accessible();
}

/** A small clinic flow: a display screen, a yes/no question and a follow-up choice. */
export const NECK_FLOW: Flow = {
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

/** The neck flow's route to its massage outcome. */
export const NECK_ROUTE: readonly Choice[] = [
  { linkId: 'before', codes: [] },
  { linkId: 'sore', codes: ['yes'] },
  { linkId: 'side', codes: ['both'] },
];
