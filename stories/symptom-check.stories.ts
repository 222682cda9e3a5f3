import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn } from 'storybook/test';
import type { KneadBookingButton } from '../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../src/technique-card/technique-card.js';
import type { Flow } from '../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../src/symptom-check/back-pain-flow.js';
import { darkPage } from './technique-templates.js';
import { stubTimeZone } from '../test/helpers/time-zone.js';
import {
  ROUTES,
  answerRoute,
  callLink,
  choose,
  headingText,
  itemOf,
  next,
  options,
  outcomeOf,
  part,
  progressText,
  resultLevel,
  routeTo,
  start,
  textOf,
  errorText,
  type RouteName,
} from '../test/harness/symptom-check.js';
import {
  clinic,
  jsonChild,
  renderedCheck,
  symptomCheck,
  symptomCheckArgTypes,
  type SymptomCheckArgs,
} from './symptom-check-templates.js';

// Every screen and every outcome of <knead-symptom-check>. The docs page's description,
// table and controls come from custom-elements.json (`npm run analyze`). The play functions
// answer as a visitor does, through the harness the element tests use (its named routes
// through BACK_PAIN_FLOW, chosen by the answers' labels).
const meta = {
  title: 'Widgets/Symptom check',
  component: 'knead-symptom-check',
  render: (args) => symptomCheck(args),
  argTypes: symptomCheckArgTypes,
  args: {
    onKneadSymptomCheckStart: fn(),
    onKneadSymptomCheckStep: fn(),
    onKneadSymptomCheckComplete: fn(),
  },
  // A Canadian page (the clinics this is built for): the numbers shown do not depend on the
  // time zone of whoever opens Storybook. Stories about other places set their own.
  decorators: [(storyFn) => html`<div style="max-width: 720px" lang="en-CA">${storyFn()}</div>`],
} satisfies Meta<SymptomCheckArgs>;

export default meta;
type Story = StoryObj<SymptomCheckArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });

export const Intro: Story = {
  parameters: story(
    'The start screen: what the check is for, a plain "this is not a diagnosis", and the emergency number for anyone who should not be filling in a form.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await renderedCheck(canvasElement);
    await expect(headingText(element)).toBe(BACK_PAIN_FLOW.title);
    await expect(textOf(part(element, 'intro'))).toContain(BACK_PAIN_FLOW.intro);
    await expect(textOf(part(element, 'intro'))).toContain('This is not a diagnosis.');
    await expect(callLink(element)?.getAttribute('href')).toBe('tel:911');
    await expect(args.onKneadSymptomCheckStart).not.toHaveBeenCalled();
  },
};

// One story per screen of the built-in flow

/**
 * A question of the built-in flow, reached by answering the ones before it. `progress` is
 * the "Question n of m" the screen should show, or null where the count is not certain.
 */
function questionStory(linkId: string, progress: string | null, about: string): Story {
  const item = itemOf(linkId);
  return {
    parameters: story(`${about} The visitor has answered the questions before it.`),
    play: async ({ canvasElement, args }) => {
      const { element, shadow } = await renderedCheck(canvasElement);
      const before = routeTo(linkId);
      await answerRoute(element, before);
      await expect(headingText(element)).toBe(item.text);
      // Focus follows the new question, for screen reader and keyboard users.
      await expect(shadow.activeElement).toBe(part(element, 'heading'));
      await expect(progressText(element) ?? null).toBe(progress);
      await expect(options(element).map((option) => option.label)).toEqual(
        item.type === 'boolean'
          ? ['Yes', 'No']
          : (item.answerOption ?? []).map((option) => option.valueCoding.display),
      );
      await expect(args.onKneadSymptomCheckStart).toHaveBeenCalledTimes(1);
      await expect(args.onKneadSymptomCheckStep).toHaveBeenLastCalledWith(
        expect.objectContaining({ detail: { step: before.length } }),
      );
    },
  };
}

export const EmergencyScreening: Story = questionStory(
  'emergency',
  null,
  'The first screen: signs that need emergency help, with "None of these". No progress count: any sign ends the check here.',
);
export const UrgentScreening: Story = questionStory(
  'urgent',
  null,
  'Signs that need a doctor soon, before any massage.',
);
export const Area: Story = questionStory(
  'area',
  'Question 3 of 9',
  'The first pattern question. From here every question is certain to be asked, so the count shows.',
);
export const Character: Story = questionStory(
  'character',
  'Question 4 of 9',
  'Dull ache or stiffness (a muscle pattern) versus sharp, shooting or burning (a nerve pattern).',
);
export const BelowKnee: Story = questionStory(
  'below-knee',
  'Question 5 of 9',
  'A yes/no question: pain past the knee points to a nerve.',
);
export const LegSymptoms: Story = questionStory(
  'leg-symptoms',
  'Question 6 of 9',
  'A yes/no question about numbness, tingling or weakness in one leg.',
);
export const WorseWith: Story = questionStory(
  'worse-with',
  'Question 7 of 9',
  'Several answers allowed; "Nothing in particular" rules the others out.',
);
export const Onset: Story = questionStory('onset', 'Question 8 of 9', 'How the pain started.');
export const Duration: Story = questionStory(
  'duration',
  'Question 9 of 9',
  'The last question: the pattern outcomes wait for it, so every answer counts.',
);

export const MissingAnswer: Story = {
  parameters: story(
    'Next with nothing chosen: the screen stays, and a note (announced, and tied to the question) asks for an answer. Choosing one clears it.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await renderedCheck(canvasElement);
    await start(element);
    await next(element);
    await expect(headingText(element)).toBe(itemOf('emergency').text);
    await expect(errorText(element)).toBe('Choose at least one answer to go on.');
    const error = part(element, 'error');
    await expect(error?.getAttribute('role')).toBe('alert');
    await expect(part(element, 'question')?.getAttribute('aria-describedby')).toBe(error?.id);
    await expect(args.onKneadSymptomCheckStep).toHaveBeenCalledTimes(1);
  },
};

// One story per outcome

/**
 * An outcome of the built-in flow, reached by a visitor's answers: its heading, its advice,
 * and the complete event, which carries the outcome and recommendations but never the answers.
 */
async function reachOutcome(canvasElement: HTMLElement, args: SymptomCheckArgs, id: RouteName) {
  const outcome = outcomeOf(id);
  const { element, shadow } = await renderedCheck(canvasElement);
  await answerRoute(element, ROUTES[id]);
  await expect(headingText(element)).toBe(outcome.title);
  await expect(shadow.activeElement).toBe(part(element, 'heading'));
  await expect(textOf(part(element, 'result'))).toContain(outcome.advice);
  await expect(args.onKneadSymptomCheckComplete).toHaveBeenCalledTimes(1);
  await expect(args.onKneadSymptomCheckComplete).toHaveBeenCalledWith(
    expect.objectContaining({
      detail: {
        outcome: outcome.id,
        level: outcome.level,
        techniques: [...(outcome.techniques ?? [])],
        exercises: [...(outcome.exercises ?? [])],
      },
    }),
  );
  const cards = [...shadow.querySelectorAll<KneadTechniqueCard>('knead-technique-card')];
  return {
    element,
    shadow,
    cards,
    button: shadow.querySelector<KneadBookingButton>('knead-booking-button'),
  };
}

export const Emergency: Story = {
  parameters: story(
    'Any emergency sign ends the check at once: get help now, with the emergency number as a link to call. No techniques, no exercises, no booking.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(resultLevel(element)).toBe('Emergency');
    const call = callLink(element);
    await expect(textOf(call)).toBe('Call 911');
    await expect(call?.getAttribute('href')).toBe('tel:911');
    await expect(cards).toHaveLength(0);
    await expect(button).toBeNull();
  },
};

export const Urgent: Story = {
  parameters: story(
    "A sign that needs a doctor soon, but not an emergency: the main action is the region's health advice line (811 on a Canadian page), with the doctor or urgent care as the other route. The emergency number is named only for when it gets worse; no booking.",
  ),
  play: async ({ canvasElement, args }) => {
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'urgent');
    await expect(resultLevel(element)).toBe('See a doctor soon');
    await expect(textOf(part(element, 'advice-line'))).toBe('Call 811');
    await expect(callLink(element)?.getAttribute('href')).toBe('tel:911');
    await expect(callLink(element)?.classList.contains('call')).toBe(false);
    await expect(cards).toHaveLength(0);
    await expect(button).toBeNull();
  },
};

export const UrgentInUS: Story = {
  name: 'Urgent, on a US page',
  render: (args) => html`<div lang="en-US">${symptomCheck(args)}</div>`,
  parameters: story(
    'Where the region has no nationwide advice line (`lang="en-US"`), the main action is to contact a doctor or an urgent care service today; 911 only if it gets worse.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await reachOutcome(canvasElement, args, 'urgent');
    await expect(part(element, 'advice-line')).toBeNull();
    await expect(textOf(shadow.querySelector('.call-text'))).toBe(
      'Contact your doctor or an urgent care service today.',
    );
    await expect(textOf(callLink(element))).toBe('911');
  },
};

export const EmergencyNumberUnknown: Story = {
  name: 'Emergency, number unknown',
  render: (args) => html`<div lang="fr">${symptomCheck(args)}</div>`,
  // As for a visitor whose time zone names no region we know: nothing else says where they are.
  beforeEach: () => stubTimeZone('Etc/UTC'),
  parameters: story(
    'A page with a bare `lang="fr"`, no clinic number and a visitor whose time zone says nothing: no number is guessed. The visitor is told to call their local emergency number, and the console asks the clinic to set `emergency-number`.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(textOf(callLink(element))).toBe('Call your local emergency number now.');
    await expect(callLink(element)?.getAttribute('href')).toBeNull();
  },
};

export const DiscNerve: Story = {
  name: 'Disc or nerve (in a clinic)',
  render: (args) => clinic(symptomCheck(args)),
  parameters: story(
    "Pain that shoots down a leg, tingling or weakness: see a clinician first. Inside a `<knead-clinic>` the result offers the clinic's phone to talk it through, and gentle techniques for after clearance, but no booking button: neither the result nor its cards push a booking.",
  ),
  play: async ({ canvasElement, args }) => {
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'disc-nerve');
    await expect(resultLevel(element)).toBe('See a clinician first');
    await expect(callLink(element)?.getAttribute('href')).toBe('tel:+16045550142');
    await expect(cards.map((card) => card.technique)).toEqual([
      ...(outcomeOf('disc-nerve').techniques ?? []),
    ]);
    for (const card of cards) {
      await expect(card.hasAttribute('no-booking')).toBe(true);
      await expect(card.bookingButton).toBeNull();
    }
    await expect(button).toBeNull();
  },
};

export const Muscular: Story = {
  name: 'Muscular (in a clinic)',
  args: { 'exercises-href': 'https://harbourphysio.example/exercises/back' },
  render: (args) => clinic(symptomCheck(args)),
  parameters: story(
    "A muscle pattern: massage can help. The result shows the recommended techniques as cards, the home exercises with a link to the guided routine, and, inside a `<knead-clinic>`, the clinic's booking button.",
  ),
  play: async ({ canvasElement, args }) => {
    const outcome = outcomeOf('muscular');
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'muscular');
    await expect(resultLevel(element)).toBe('Massage can help');
    await expect(cards.map((card) => card.technique)).toEqual([...(outcome.techniques ?? [])]);
    const exercises = part(element, 'exercises');
    await expect(textOf(exercises)).toContain('Gentle exercises for home');
    await expect(exercises?.querySelector('a')?.getAttribute('href')).toBe(
      'https://harbourphysio.example/exercises/back',
    );
    await expect(button).not.toBeNull();
    await expect(button?.bookingUrl).toBe('https://calendly.com/harbour-physio');
    // The label the result gives it, and a note that the booking site opens in a new tab.
    await expect(textOf(button?.shadowRoot?.querySelector('[part~="button"]'))).toMatch(
      /^Book a massage\b/,
    );
  },
};

export const Unclear: Story = {
  parameters: story(
    'No clear pattern: talk to a clinician, or to the clinic. No techniques and no booking push.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'unclear');
    await expect(resultLevel(element)).toBe('See a clinician first');
    await expect(cards).toHaveLength(0);
    await expect(button).toBeNull();
  },
};

export const EmergencyInUK: Story = {
  name: 'Emergency, on a British page',
  render: (args) => html`<div lang="en-GB">${symptomCheck(args)}</div>`,
  parameters: story(
    'The emergency number follows the language of the page (`lang="en-GB"`: 999) unless the clinic or `emergency-number` sets it.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    const call = callLink(element);
    await expect(textOf(call)).toBe('Call 999');
    await expect(call?.getAttribute('href')).toBe('tel:999');
  },
};

// Themes

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: story(
    '`theme="dark"` on a dark page: a question screen with an answer chosen, and the progress count.',
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedCheck(canvasElement);
    await answerRoute(element, routeTo('area'));
    await choose(element, 'Lower back');
    await expect(headingText(element)).toBe(itemOf('area').text);
    await expect(progressText(element)).toBe('Question 3 of 9');
  },
};

export const DarkEmergency: Story = {
  name: 'Dark theme: emergency',
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: story('`theme="dark"`: the emergency result and its call link.'),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(textOf(callLink(element))).toBe('Call 911');
  },
};

// A clinic's own flow

/** A clinic's short neck and shoulder check: screening first, then two questions. */
const NECK_FLOW: Flow = {
  id: 'desk-neck',
  title: 'Neck and shoulder check',
  intro:
    'Three short questions about neck and shoulder pain from desk work, to see whether a massage with us is a good next step.',
  item: [
    {
      linkId: 'screening',
      text: 'Do any of these apply to you?',
      helpText: 'Choose every one that applies.',
      type: 'multi-choice',
      answerOption: [
        {
          valueCoding: {
            code: 'injury',
            display: 'The pain began after a fall, accident or whiplash',
          },
        },
        {
          valueCoding: {
            code: 'arm-nerve',
            display: 'I have numbness, tingling or weakness in an arm or hand',
          },
        },
        { valueCoding: { code: 'none', display: 'None of these' }, exclusive: true },
      ],
    },
    {
      linkId: 'desk',
      text: 'Do you spend long hours at a desk or a screen?',
      type: 'boolean',
      enableWhen: [{ question: 'screening', operator: '=', answerCoding: { code: 'none' } }],
    },
    {
      linkId: 'feel',
      text: 'What does it feel like?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'ache', display: 'Tight, stiff or achy' } },
        { valueCoding: { code: 'sharp', display: 'Sharp or shooting' } },
      ],
      enableWhen: [{ question: 'screening', operator: '=', answerCoding: { code: 'none' } }],
    },
  ],
  outcomes: [
    {
      id: 'see-doctor',
      level: 'urgent',
      when: {
        any: [
          { question: 'screening', operator: '=', answerCoding: { code: 'injury' } },
          { question: 'screening', operator: '=', answerCoding: { code: 'arm-nerve' } },
        ],
      },
      title: 'Please see a doctor first',
      advice:
        'After an injury, or with numbness or weakness in an arm, a doctor should check your neck before any massage.',
    },
    {
      id: 'desk-tension',
      level: 'massage',
      when: {
        all: [
          { question: 'desk', operator: '=', answerBoolean: true },
          { question: 'feel', operator: '=', answerCoding: { code: 'ache' } },
        ],
      },
      title: 'Desk tension: a massage can help',
      advice:
        'Tight, achy neck and shoulders after long hours at a desk usually come from overworked muscles. A massage can ease them; short breaks to move help keep them easy.',
      techniques: ['swedish', 'trigger-point'],
    },
    {
      id: 'talk-to-us',
      level: 'clinician',
      title: 'Let us talk it through',
      advice:
        'Your answers do not point clearly to desk tension. Call us, or see a physiotherapist, and we will find the right next step together.',
    },
  ],
};

/** The neck flow's route to its massage outcome: no warning sign, desk work, an ache. */
const DESK_TENSION_ROUTE = [
  { linkId: 'screening', codes: ['none'] },
  { linkId: 'desk', codes: ['yes'] },
  { linkId: 'feel', codes: ['ache'] },
];

export const CustomFlow: Story = {
  name: "A clinic's own flow (JSON child)",
  render: (args) => clinic(symptomCheck(args, jsonChild(NECK_FLOW))),
  parameters: story(
    'A clinic\'s own flow, as an inline `<script type="application/json">` child: a short neck and shoulder check. It is validated before it runs; here the visitor reaches its massage outcome, with the clinic\'s booking button.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await renderedCheck(canvasElement);
    await expect(headingText(element)).toBe(NECK_FLOW.title);
    await answerRoute(element, DESK_TENSION_ROUTE, NECK_FLOW);
    await expect(headingText(element)).toBe(outcomeOf('desk-tension', NECK_FLOW).title);
    const cards = [...shadow.querySelectorAll<KneadTechniqueCard>('knead-technique-card')];
    await expect(cards.map((card) => card.technique)).toEqual(['swedish', 'trigger-point']);
    const button = shadow.querySelector<KneadBookingButton>('knead-booking-button');
    await expect(button?.bookingUrl).toBe('https://calendly.com/harbour-physio');
    await expect(args.onKneadSymptomCheckComplete).toHaveBeenCalledWith(
      expect.objectContaining({
        detail: {
          outcome: 'desk-tension',
          level: 'massage',
          techniques: ['swedish', 'trigger-point'],
          exercises: [],
        },
      }),
    );
  },
};

export const InvalidFlow: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: "A clinic's flow with mistakes",
  render: (args) =>
    symptomCheck(
      args,
      jsonChild({
        ...NECK_FLOW,
        item: [
          NECK_FLOW.item[0],
          {
            ...NECK_FLOW.item[1],
            enableWhen: [{ question: 'screen', operator: '=', answerCoding: { code: 'none' } }],
          },
          NECK_FLOW.item[2],
        ],
      }),
    ),
  parameters: story(
    "A clinic's flow that refers to a question that does not exist (`screen` for `screening`). It is refused whole, never run half-working: the element says it could not be loaded, and the console names each problem by its JSON path.",
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await renderedCheck(canvasElement);
    const message = part(element, 'message');
    await expect(message?.getAttribute('role')).toBe('alert');
    await expect(textOf(message)).toBe(
      'Sorry, this symptom check could not be loaded. If you are in pain or worried, please contact a doctor or the clinic.',
    );
    await expect(part(element, 'heading')).toBeNull();
    await expect(shadow.querySelector('button')).toBeNull();
  },
};
