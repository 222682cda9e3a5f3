import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent } from 'storybook/test';
import { BACK_BASICS, EXERCISES } from '../src/exercise-timer/built-in-exercises.js';
import { buildSchedule } from '../src/exercise-timer/schedule.js';
import { clockText, summaryText } from '../src/exercise-timer/timer-text.js';
import { darkPage } from './technique-templates.js';
import { jsonChild } from './symptom-check-templates.js';
import {
  BACK_BASICS_OVERVIEW,
  button,
  part,
  region,
  timerScreen,
} from '../test/harness/exercise-timer.js';
import {
  clinicRoutine,
  exerciseTimer,
  exerciseTimerArgTypes,
  insidePhase,
  phaseWhere,
  renderedTimer,
  startedAgo,
  type ExerciseTimerArgs,
} from './exercise-timer-templates.js';

// Every state of <knead-exercise-timer>. The docs page's description, table and controls come
// from custom-elements.json (`npm run analyze`). The stories that show a moment of a running
// routine use a story clock that stands still: the play function starts the routine and moves
// the clock to a moment worked out from the routine's schedule, and the view stays there.
// Every story's timer is silent: no beeps, no speech, no wake lock.
const meta = {
  title: 'Widgets/Exercise timer',
  component: 'knead-exercise-timer',
  render: (args) => exerciseTimer(args),
  argTypes: exerciseTimerArgTypes,
  args: {
    persist: false,
    onKneadExerciseStart: fn(),
    onKneadExerciseChange: fn(),
    onKneadExercisePause: fn(),
    onKneadExerciseComplete: fn(),
  },
  decorators: [(storyFn) => html`<div style="max-width: 760px">${storyFn()}</div>`],
} satisfies Meta<ExerciseTimerArgs>;

export default meta;
type Story = StoryObj<ExerciseTimerArgs>;

/**
 * A story's description. `moment`: its play function only sets the timer to a moment (no
 * clicks, no focus), so it is safe to run on the docs page too, which then shows that state.
 */
const story = (text: string, moment = false) => ({
  docs: { description: { story: text }, ...(moment ? { story: { autoplay: true } } : {}) },
});

/** On a story clock that stands still until the play function moves it. */
const frozen = (args: ExerciseTimerArgs) => exerciseTimer(args, { clock: 'frozen' });

const BACK = buildSchedule(BACK_BASICS);
const EXERCISE_COUNT = BACK_BASICS.exercises.length;

// The built-in routine, moment by moment

export const Idle: Story = {
  parameters: story(
    'Before the start: the routine, each exercise with its dose, about how long it takes, a reminder to go gently, and Print this routine (a handout: see the Printed routine story). Beeps and spoken cues are off until the visitor turns them on. This story runs on the real clock: press Start to try it (silently).',
  ),
  play: async ({ canvasElement, args }) => {
    const { element } = await renderedTimer(canvasElement);
    const screen = timerScreen(element);
    await expect(element.status).toBe('idle');
    await expect(screen.heading).toBe('Back basics');
    await expect(screen.headingLevel).toBe('2');
    await expect(screen.summary).toBe(`${EXERCISE_COUNT} exercises, about 9 min.`);
    await expect(screen.overview).toEqual(BACK_BASICS_OVERVIEW);
    await expect(screen.advice).toBe('Go gently. Stop if the pain gets sharper.');
    await expect(screen.buttons).toEqual(['Print this routine', 'Start']);
    await expect(screen.cues).toEqual({ beeps: false, spoken: false });
    await expect(args.onKneadExerciseStart).not.toHaveBeenCalled();
  },
};

const CAT_COW_REP_3 = phaseWhere(
  BACK,
  (phase, id) => id === 'cat-cow' && phase.kind === 'work' && phase.rep === 3,
);

export const Running: Story = {
  render: frozen,
  parameters: story(
    "Moving through a rep: the phase (Move) and its seconds in the ring, the exercise's figure moving between its start and end positions at the rep's tempo (start and end side by side for visitors who ask for less motion), which rep it is, the exercise with its steps and breathing, what comes next, and the whole routine's progress. Here: cat-cow, rep 3 of 8 (the story's clock stands still, so the figure moves once). The arrows move between exercises; Space on the timer itself pauses.",
    true,
  ),
  play: async ({ canvasElement }) => {
    const at = insidePhase(CAT_COW_REP_3);
    const { element, fired } = await startedAgo(canvasElement, at);
    await expect(element.status).toBe('running');
    await expect(timerScreen(element)).toMatchObject({
      phase: 'Move',
      countdown: '5 seconds',
      rep: 'Rep 3 of 8',
      exercise: 'Cat-cow',
      steps: EXERCISES['cat-cow'].steps,
      breathing: 'Breathe in for cow, out for cat.',
      next: 'Up next: Bird dog',
      progress: `Exercise 1 of ${EXERCISE_COUNT} ${clockText(BACK.totalMs - at)} left`,
      buttons: ['Previous', 'Pause', 'Skip', 'Restart'],
      announcement: 'Rep 3 of 8.',
    });
    await expect(part(element, 'exercise')?.getAttribute('aria-level')).toBe('3');
    const figure = part(element, 'picture')?.querySelector('svg');
    await expect(figure?.getAttribute('aria-hidden')).toBe('true');
    await expect(element.shadowRoot!.querySelector('progress')?.value).toBe(at);
    await expect(fired('knead-exercise-start')).toEqual([{ routine: 'back-basics' }]);
    await expect(fired('knead-exercise-change')).toEqual([{ id: 'cat-cow', index: 0 }]);
  },
};

const BRIDGE_HOLD_2 = phaseWhere(
  BACK,
  (phase, id) => id === 'bridge' && phase.kind === 'hold' && phase.rep === 2,
);

export const Holding: Story = {
  render: frozen,
  parameters: story(
    'Holding a rep: the bridge holds for 10 seconds each time. The ring says Hold and counts the hold down; the rep stays shown.',
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element, fired } = await startedAgo(canvasElement, insidePhase(BRIDGE_HOLD_2));
    const screen = timerScreen(element);
    await expect(screen).toMatchObject({
      phase: 'Hold',
      countdown: '9 seconds',
      rep: 'Rep 2 of 8',
      exercise: 'Bridge',
      next: 'Up next: Superman',
      announcement: 'Hold, 10 seconds.',
    });
    await expect(part(element, 'ring')?.classList.contains('hold')).toBe(true);
    await expect(screen.progress).toContain(`Exercise 3 of ${EXERCISE_COUNT}`);
    await expect(screen.buttons).toContain('Pause');
    // Straight from the first exercise to the third: the timer reports where it is now.
    await expect(fired('knead-exercise-change')).toEqual([
      { id: 'cat-cow', index: 0 },
      { id: 'bridge', index: 2 },
    ]);
  },
};

const FIRST_REST = phaseWhere(BACK, (phase) => phase.kind === 'rest');

export const Resting: Story = {
  render: frozen,
  parameters: story(
    'Resting between exercises (15 seconds in this routine): no rep, and the next exercise with its steps, so the visitor can read ahead and get into position.',
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element } = await startedAgo(canvasElement, insidePhase(FIRST_REST));
    await expect(timerScreen(element)).toMatchObject({
      phase: 'Rest',
      countdown: '14 seconds',
      rep: '',
      exercise: 'Up next: Bird dog',
      steps: EXERCISES['bird-dog'].steps,
      next: '',
      announcement: 'Rest, 15 seconds. Up next: Bird dog.',
    });
  },
};

const BIRD_DOG_HOLD_4_RIGHT = phaseWhere(
  BACK,
  (phase, id) =>
    id === 'bird-dog' && phase.kind === 'hold' && phase.rep === 4 && phase.side === 'right',
);

export const Paused: Story = {
  render: frozen,
  parameters: story(
    'Paused in the middle of a hold (bird dog, rep 4, right side): the time stands still, the ring says Paused, and the main button reads Resume. Coming back to the tab a minute later shows the same moment.',
    true,
  ),
  play: async ({ canvasElement }) => {
    const at = insidePhase(BIRD_DOG_HOLD_4_RIGHT);
    const { element, clock, fired } = await startedAgo(canvasElement, at);
    element.pause();
    await element.updateComplete;
    await expect(element.status).toBe('paused');
    const paused = timerScreen(element);
    await expect(paused).toMatchObject({
      paused: 'Paused',
      phase: 'Hold',
      rep: 'Rep 4 of 10, right side',
      countdown: '2 seconds',
      buttons: ['Previous', 'Resume', 'Skip', 'Restart'],
      announcement: 'Paused.',
    });
    await expect(fired('knead-exercise-pause')).toEqual([{ id: 'bird-dog', index: 1 }]);

    // A minute away from the tab: on return the timer reads the clock, and nothing moved.
    clock.set(clock.now() + 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await element.updateComplete;
    await expect(timerScreen(element)).toEqual(paused);
  },
};

export const Done: Story = {
  render: frozen,
  parameters: story(
    'The end of the routine: a closing message with the time spent exercising (pauses not counted), the self-care tips for after exercise (`closing-tips`: other moments, or `none`), and Start again.',
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element, fired } = await startedAgo(canvasElement, BACK.totalMs + 5000);
    await expect(element.status).toBe('done');
    const closing = 'All done. Well done! You exercised for 8 minutes 57 seconds.';
    // One field at a time, so a failure names the field.
    const screen = timerScreen(element);
    await expect(screen.done).toBe(closing);
    await expect(screen.progress).toBe('');
    await expect(screen.buttons).toEqual(['Start again']);
    const tips = part(element, 'done')?.querySelector('knead-self-care-tips');
    await expect(tips?.getAttribute('when')).toBe('after-exercise');
    await expect(screen.announcement).toBe(closing);
    await expect(fired('knead-exercise-complete')).toEqual([
      { routine: 'back-basics', durationSeconds: BACK.totalMs / 1000 },
    ]);
  },
};

export const PrintedRoutine: Story = {
  name: 'Printed routine',
  render: (args) =>
    html`<style>
        /* Shown on screen here; on paper it replaces the timer (try the print preview). */
        .printed knead-exercise-timer::part(handout) {
          display: block;
          padding: 1em;
          border: 1px dashed #888;
        }
      </style>
      <div class="printed">${exerciseTimer(args)}</div>`,
  parameters: story(
    "The routine as a home-programme handout, as paper shows it: the name, the clinic's name and phone (from its `<knead-clinic>`), the advice to go gently, and each exercise with its start and end positions, dose, steps and breathing. No buttons or ring on paper. \"Print this routine\" prints it alone; the page's own print command prints the page with the handout in the timer's place. Shown below the timer here by a page stylesheet on `::part(handout)`.",
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimer(canvasElement);
    await element.updateComplete;
    const handout = part(element, 'handout')!;
    await expect(handout.querySelector('.handout-title')?.textContent?.trim()).toBe('Back basics');
    await expect(handout.querySelectorAll('.handout-list > li').length).toBe(EXERCISE_COUNT);
    await expect(handout.querySelectorAll('.pair').length).toBe(EXERCISE_COUNT);
  },
};

export const Keyboard: Story = {
  name: 'Keyboard control',
  render: frozen,
  parameters: story(
    'With focus on the timer itself, Space pauses and resumes (on a button or checkbox, Space presses that instead); with focus anywhere in it, the right arrow skips to the next exercise and the left arrow goes back. A held Space or Enter acts once. Here the visitor pauses during cat-cow, then skips to bird dog, which waits, paused, at its start.',
  ),
  play: async ({ canvasElement }) => {
    const { element, fired } = await startedAgo(canvasElement, insidePhase(CAT_COW_REP_3));
    region(element)!.focus();
    await userEvent.keyboard(' ');
    await element.updateComplete;
    await expect(element.status).toBe('paused');
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    await expect(element.status).toBe('paused');
    const screen = timerScreen(element);
    await expect(screen).toMatchObject({ exercise: 'Bird dog', phase: 'Get ready' });
    await expect(screen.progress).toContain(`Exercise 2 of ${EXERCISE_COUNT}`);
    await expect(screen.buttons).toContain('Resume');
    await expect(fired('knead-exercise-pause')).toEqual([{ id: 'cat-cow', index: 0 }]);
    await expect(fired('knead-exercise-change')).toEqual([
      { id: 'cat-cow', index: 0 },
      { id: 'bird-dog', index: 1 },
    ]);
  },
};

// A clinic's own routine

const KNEE_HUG_STEPS = [
  'Lie on your back with both knees bent and feet flat.',
  'Draw one knee towards your chest and hold it with both hands.',
  'Lower it slowly, then change legs.',
];

/**
 * A clinic's routine as its page would paste it: a built-in exercise by id, a built-in one
 * with the clinic's own dose, and an exercise of the clinic's own, with steps and breathing.
 */
const CLINIC_ROUTINE = {
  id: 'harbour-back',
  name: 'Your plan from Harbour Physio',
  restSeconds: 20,
  exercises: [
    'cat-cow',
    { id: 'bridge', reps: 5 },
    {
      id: 'knee-hug',
      name: 'Knee hugs',
      steps: KNEE_HUG_STEPS,
      breathing: 'Breathe out as you draw the knee in; breathe slowly while you hold.',
      reps: 6,
      repSeconds: 3,
      holdSeconds: 5,
      sides: 'alternating',
    },
  ],
};
const CLINIC = buildSchedule(clinicRoutine(CLINIC_ROUTINE));

export const CustomRoutine: Story = {
  name: 'Custom routine',
  render: (args) => exerciseTimer(args, { content: jsonChild(CLINIC_ROUTINE) }),
  parameters: story(
    'A clinic\'s own routine, as an inline `<script type="application/json">` child: `"cat-cow"` as built in, `{"id": "bridge", "reps": 5}` to change a built-in dose, and a new exercise with its own steps and breathing. It is checked before it runs, like the built-in one.',
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimer(canvasElement);
    await expect(timerScreen(element)).toMatchObject({
      heading: 'Your plan from Harbour Physio',
      summary: summaryText(CLINIC),
      overview: [
        'Cat-cow 8 reps',
        'Bridge 5 reps, hold 10 s',
        'Knee hugs 6 reps per side, alternating, hold 5 s',
      ],
    });
  },
};

const KNEE_HUG_HOLD_2_LEFT = phaseWhere(
  CLINIC,
  (phase, id) => id === 'knee-hug' && phase.kind === 'hold' && phase.rep === 2,
);

export const CustomExercise: Story = {
  name: "Custom routine: the clinic's own exercise",
  render: (args) => exerciseTimer(args, { clock: 'frozen', content: jsonChild(CLINIC_ROUTINE) }),
  parameters: story(
    "The same routine during the clinic's own exercise: its steps and breathing cue, its hold, and the side. It is the last one, so nothing comes next.",
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element } = await startedAgo(canvasElement, insidePhase(KNEE_HUG_HOLD_2_LEFT));
    const screen = timerScreen(element);
    await expect(screen).toMatchObject({
      exercise: 'Knee hugs',
      phase: 'Hold',
      rep: 'Rep 2 of 6, left side',
      steps: KNEE_HUG_STEPS,
      breathing: 'Breathe out as you draw the knee in; breathe slowly while you hold.',
      next: 'Last exercise',
    });
    await expect(screen.progress).toContain('Exercise 3 of 3');
  },
};

/** A stretch held on one side for every rep, then on the other: `"sides": "both"`. */
const SIDES_ROUTINE = {
  id: 'hip-stretches',
  name: 'Hip stretches',
  switchSeconds: 8,
  exercises: [
    {
      id: 'hip-flexor-stretch',
      name: 'Kneeling hip flexor stretch',
      steps: [
        'Kneel on one knee, the other foot flat in front of you.',
        'Tuck your tailbone under and shift your weight forward until you feel a stretch at the front of the hip.',
        'Keep your back tall; do not arch it.',
      ],
      breathing: 'Breathe slowly; let each breath out take you a little deeper.',
      reps: 2,
      repSeconds: 3,
      holdSeconds: 20,
      sides: 'both',
    },
    'pelvic-tilt',
  ],
};
const SIDES = buildSchedule(clinicRoutine(SIDES_ROUTINE));
const SWITCH = phaseWhere(SIDES, (phase) => phase.kind === 'switch');

export const SwitchSides: Story = {
  name: 'Switch sides',
  render: (args) => exerciseTimer(args, { clock: 'frozen', content: jsonChild(SIDES_ROUTINE) }),
  parameters: story(
    'An exercise done on `"sides": "both"`: every rep on the left, then a pause to change sides (8 seconds here, `switchSeconds`), then every rep on the right. The screen says which side comes next.',
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element } = await startedAgo(canvasElement, insidePhase(SWITCH));
    await expect(timerScreen(element)).toMatchObject({
      phase: 'Switch sides',
      countdown: '7 seconds',
      rep: 'Next: right side',
      exercise: 'Kneeling hip flexor stretch',
      next: 'Up next: Pelvic tilt',
      announcement: 'Switch to the right side.',
    });
  },
};

export const ExerciseSubset: Story = {
  name: 'Exercise subset',
  args: { exercises: 'bridge cat-cow' },
  parameters: story(
    '`exercises="bridge cat-cow"`: only these exercises, in this order, with their doses from the routine.',
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimer(canvasElement);
    const screen = timerScreen(element);
    await expect(screen.overview).toEqual(['Bridge 8 reps, hold 10 s', 'Cat-cow 8 reps']);
    await expect(screen.summary).toMatch(/^2 exercises, about /);
  },
};

// Themes

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  render: frozen,
  decorators: [darkPage],
  parameters: story('`theme="dark"` on a dark page, during the bridge hold.', true),
  play: async ({ canvasElement }) => {
    const { element } = await startedAgo(canvasElement, insidePhase(BRIDGE_HOLD_2));
    await expect(timerScreen(element)).toMatchObject({ phase: 'Hold', rep: 'Rep 2 of 8' });
  },
};

export const DarkIdle: Story = {
  name: 'Dark theme: before the start',
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: story('`theme="dark"`: the start screen.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  args: {
    '--knead-color-accent': 'light-dark(#6a3d8f, #d2b6ea)',
    '--knead-timer-ring-size': '13em',
    '--knead-timer-max-width': '48em',
  },
  render: frozen,
  parameters: story(
    "The `--knead-*` custom properties fit the timer to a clinic's brand: the accent colour (ring, buttons, rep), the ring's size and the timer's widest width. Set them on the timer or on any ancestor.",
    true,
  ),
  play: async ({ canvasElement }) => {
    const { element } = await startedAgo(canvasElement, insidePhase(CAT_COW_REP_3));
    await expect(getComputedStyle(button(element, 'Pause')).backgroundColor).toBe(
      'rgb(106, 61, 143)',
    );
    await expect(getComputedStyle(part(element, 'rep')!).color).toBe('rgb(106, 61, 143)');
  },
};

// Bad input

/** The timer in the canvas shows only its alert: no routine, no buttons, nothing started. */
async function expectNotLoaded(canvasElement: HTMLElement): Promise<void> {
  const { element } = await renderedTimer(canvasElement);
  await expect(part(element, 'message')?.getAttribute('role')).toBe('alert');
  await expect(timerScreen(element)).toMatchObject({
    message: 'This exercise routine could not be loaded. Please let the clinic know.',
    heading: '',
    buttons: [],
  });
  await expect(element.shadowRoot!.querySelector('button')).toBeNull();
  await expect(element.status).toBe('idle');
}

export const InvalidRoutine: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Invalid routine',
  render: (args) =>
    exerciseTimer(args, {
      content: jsonChild({
        name: 'Back plan',
        exercises: [
          'bridge',
          'plank',
          { id: 'wall-sit', name: 'Wall sit', reps: 0, repSeconds: 30 },
        ],
      }),
    }),
  parameters: story(
    "A clinic's routine with mistakes (`plank` is not a built-in exercise, and 0 reps is out of range). It is refused whole, never run with an exercise missing: the timer says it could not be loaded, and the console names each problem by its JSON path.",
  ),
  play: async ({ canvasElement }) => {
    await expectNotLoaded(canvasElement);
  },
};

export const UnknownExercises: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Unknown exercises',
  args: { exercises: 'plank lunge' },
  parameters: story(
    '`exercises="plank lunge"` names no exercise the timer knows: it says it could not be loaded, rather than run a routine the page did not ask for, and the console names the unknown ids. A known id beside unknown ones runs, the others left out and named.',
  ),
  play: async ({ canvasElement }) => {
    await expectNotLoaded(canvasElement);
  },
};
