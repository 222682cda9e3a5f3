import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn } from 'storybook/test';
import { BACK_PAIN_FLOW } from '../src/symptom-check/back-pain-flow.js';
import { darkPage } from './technique-templates.js';
import { stubTimeZone } from '../test/helpers/time-zone.js';
import * as visitor from '../test/harness/symptom-check.js';
import {
  DESK_NECK_FLOW,
  DESK_NECK_FLOW_WITH_A_TYPO,
  DESK_TENSION_ROUTE,
  questionPlay,
  resultElements,
  clinic,
  jsonChild,
  reachOutcome,
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
  // A Canadian page (the clinics this is built for), in the toolbar's language: the numbers
  // shown do not depend on the time zone of whoever opens Storybook. Stories about other
  // places set their own region.
  decorators: [
    (storyFn, { globals }) =>
      html`<div style="max-width: 720px" lang=${inRegion(globals, 'CA')}>${storyFn()}</div>`,
  ],
} satisfies Meta<SymptomCheckArgs>;

export default meta;
type Story = StoryObj<SymptomCheckArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });
/** The toolbar's language in `region`: `fr-CA` for French on a Canadian page. */
const inRegion = (globals: Record<string, unknown>, region: string) =>
  `${(globals['locale'] as string | undefined) ?? 'en'}-${region}`;

export const Intro: Story = {
  parameters: story(
    'The start screen: what the check is for, a plain "this is not a diagnosis", and the emergency number for anyone who should not be filling in a form.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await renderedCheck(canvasElement);
    await expect(visitor.headingText(element)).toBe(BACK_PAIN_FLOW.title);
    await expect(visitor.textOf(visitor.part(element, 'intro'))).toContain(BACK_PAIN_FLOW.intro);
    await expect(visitor.textOf(visitor.part(element, 'intro'))).toContain(
      'This is not a diagnosis.',
    );
    await expect(visitor.callLink(element)?.getAttribute('href')).toBe('tel:911');
    await expect(args.onKneadSymptomCheckStart).not.toHaveBeenCalled();
  },
};

// One story per screen of the built-in flow

/** A question of the built-in flow, reached by answering the ones before it. */
const questionStory = (linkId: string, progress: string | null, about: string): Story => ({
  parameters: story(`${about} The visitor has answered the questions before it.`),
  play: questionPlay(linkId, progress),
});

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
    await visitor.start(element);
    await visitor.next(element);
    await expect(visitor.headingText(element)).toBe(visitor.itemOf('emergency').text);
    await expect(visitor.errorText(element)).toBe('Choose at least one answer to go on.');
    const error = visitor.part(element, 'error');
    await expect(error?.getAttribute('role')).toBe('alert');
    await expect(visitor.part(element, 'question')?.getAttribute('aria-describedby')).toBe(
      error?.id,
    );
    await expect(args.onKneadSymptomCheckStep).toHaveBeenCalledTimes(1);
  },
};

// One story per outcome

export const Emergency: Story = {
  parameters: story(
    'Any emergency sign ends the check at once: get help now, with the emergency number as a link to call. No techniques, no exercises, no booking.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(visitor.resultLevel(element)).toBe('Emergency');
    const call = visitor.callLink(element);
    await expect(visitor.textOf(call)).toBe('Call 911');
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
    await expect(visitor.resultLevel(element)).toBe('See a doctor soon');
    await expect(visitor.textOf(visitor.part(element, 'advice-line'))).toBe('Call 811');
    await expect(visitor.callLink(element)?.getAttribute('href')).toBe('tel:911');
    await expect(visitor.callLink(element)?.classList.contains('call')).toBe(false);
    await expect(cards).toHaveLength(0);
    await expect(button).toBeNull();
  },
};

export const UrgentInUS: Story = {
  name: 'Urgent, on a US page',
  render: (args, { globals }) =>
    html`<div lang=${inRegion(globals, 'US')}>${symptomCheck(args)}</div>`,
  parameters: story(
    'Where the region has no nationwide advice line (`lang="en-US"`), the main action is to contact a doctor or an urgent care service today; 911 only if it gets worse.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await reachOutcome(canvasElement, args, 'urgent');
    await expect(visitor.part(element, 'advice-line')).toBeNull();
    await expect(visitor.textOf(shadow.querySelector('.call-text'))).toBe(
      'Contact your doctor or an urgent care service today.',
    );
    await expect(visitor.textOf(visitor.callLink(element))).toBe('911');
  },
};

export const EmergencyNumberUnknown: Story = {
  name: 'Emergency, number unknown',
  render: (args) => html`<div lang="en">${symptomCheck(args)}</div>`,
  // As for a visitor whose time zone names no region we know: nothing else says where they are.
  beforeEach: () => stubTimeZone('Etc/UTC'),
  parameters: story(
    'A page with a bare `lang="en"`, no clinic number and a visitor whose time zone says nothing: no number is guessed. The visitor is told to call their local emergency number, and the console asks the clinic to set `emergency-number`.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(visitor.textOf(visitor.callLink(element))).toBe(
      'Call your local emergency number now.',
    );
    await expect(visitor.callLink(element)?.getAttribute('href')).toBeNull();
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
    await expect(visitor.resultLevel(element)).toBe('See a clinician first');
    await expect(visitor.callLink(element)?.getAttribute('href')).toBe('tel:+16045550142');
    await expect(cards.map((card) => card.technique)).toEqual([
      ...(visitor.outcomeOf('disc-nerve').techniques ?? []),
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
    const outcome = visitor.outcomeOf('muscular');
    const { element, cards, button } = await reachOutcome(canvasElement, args, 'muscular');
    await expect(visitor.resultLevel(element)).toBe('Massage can help');
    await expect(cards.map((card) => card.technique)).toEqual([...(outcome.techniques ?? [])]);
    const exercises = visitor.part(element, 'exercises');
    await expect(visitor.textOf(exercises)).toContain('Gentle exercises for home');
    await expect(exercises?.querySelector('a')?.getAttribute('href')).toBe(
      'https://harbourphysio.example/exercises/back',
    );
    await expect(button).not.toBeNull();
    await expect(button?.bookingUrl).toBe('https://calendly.com/harbour-physio');
    // The label the result gives it, and a note that the booking site opens in a new tab.
    await expect(visitor.textOf(button?.shadowRoot?.querySelector('[part~="button"]'))).toMatch(
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
    await expect(visitor.resultLevel(element)).toBe('See a clinician first');
    await expect(cards).toHaveLength(0);
    await expect(button).toBeNull();
  },
};

export const EmergencyInUK: Story = {
  name: 'Emergency, on a British page',
  render: (args, { globals }) =>
    html`<div lang=${inRegion(globals, 'GB')}>${symptomCheck(args)}</div>`,
  parameters: story(
    'The emergency number follows the language of the page (`lang="en-GB"`: 999) unless the clinic or `emergency-number` sets it.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    const call = visitor.callLink(element);
    await expect(visitor.textOf(call)).toBe('Call 999');
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
    await visitor.answerRoute(element, visitor.routeTo('area'));
    await visitor.choose(element, 'Lower back');
    await expect(visitor.headingText(element)).toBe(visitor.itemOf('area').text);
    await expect(visitor.progressText(element)).toBe('Question 3 of 9');
  },
};

export const DarkEmergency: Story = {
  name: 'Dark theme: emergency',
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: story('`theme="dark"`: the emergency result and its call link.'),
  play: async ({ canvasElement, args }) => {
    const { element } = await reachOutcome(canvasElement, args, 'emergency');
    await expect(visitor.textOf(visitor.callLink(element))).toBe('Call 911');
  },
};

// A clinic's own flow

export const CustomFlow: Story = {
  name: "A clinic's own flow (JSON child)",
  render: (args) => clinic(symptomCheck(args, jsonChild(DESK_NECK_FLOW))),
  parameters: story(
    'A clinic\'s own flow, as an inline `<script type="application/json">` child: a short neck and shoulder check. It is validated before it runs; here the visitor reaches its massage outcome, with the clinic\'s booking button.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await renderedCheck(canvasElement);
    await expect(visitor.headingText(element)).toBe(DESK_NECK_FLOW.title);
    await visitor.answerRoute(element, DESK_TENSION_ROUTE, DESK_NECK_FLOW);
    await expect(visitor.headingText(element)).toBe(
      visitor.outcomeOf('desk-tension', DESK_NECK_FLOW).title,
    );
    const { cards, button } = resultElements(element);
    await expect(cards.map((card) => card.technique)).toEqual(['swedish', 'trigger-point']);
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
  render: (args) => symptomCheck(args, jsonChild(DESK_NECK_FLOW_WITH_A_TYPO)),
  parameters: story(
    "A clinic's flow that refers to a question that does not exist (`screen` for `screening`). It is refused whole, never run half-working: the element says it could not be loaded, and the console names each problem by its JSON path.",
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await renderedCheck(canvasElement);
    const message = visitor.part(element, 'message');
    await expect(message?.getAttribute('role')).toBe('alert');
    await expect(visitor.textOf(message)).toBe(
      'Sorry, this symptom check could not be loaded. If you are in pain or worried, please contact a doctor or the clinic.',
    );
    await expect(visitor.part(element, 'heading')).toBeNull();
    await expect(shadow.querySelector('button')).toBeNull();
  },
};
