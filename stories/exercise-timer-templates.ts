/**
 * Templates, controls, a story clock and helpers for the exercise timer stories. Not a story
 * file: Storybook only reads `*.stories.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KneadExerciseTimer, TimerAdapters } from '../src/exercise-timer/exercise-timer.js';
import type { Clock } from '../src/exercise-timer/clock.js';
import { ROUTINES, findExercise } from '../src/exercise-timer/built-in-exercises.js';
import { type Routine } from '../src/exercise-timer/routine-types.js';
import { parseRoutine } from '../src/exercise-timer/routine-validation.js';
import type { Phase, Schedule } from '../src/exercise-timer/schedule.js';
import { cssProperties } from './technique-templates.js';

type Theme = 'light' | 'dark' | 'auto';

/** Args of `<knead-exercise-timer>`, named as its attributes (as custom-elements.json does). */
export interface ExerciseTimerArgs {
  /** A built-in routine id. A clinic's own routine goes in a JSON child (see `exerciseTimer`). */
  routine?: string;
  /** Exercise ids separated by spaces; empty: the whole routine. */
  exercises?: string;
  persist?: boolean;
  'heading-level'?: number;
  theme?: Theme | '';
  /** The actions Storybook adds for the events in custom-elements.json. */
  onKneadExerciseStart?: (event: Event) => void;
  onKneadExerciseChange?: (event: Event) => void;
  onKneadExercisePause?: (event: Event) => void;
  onKneadExerciseComplete?: (event: Event) => void;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

// The story clock and the silent adapters

/**
 * A clock that stands still until a story moves it. Its timeouts never fire on their own:
 * `set` moves the time and runs the ones due by then, as a page waking up would. So a story
 * can start the routine and jump to any moment of it, and the view then stays exactly there
 * for the a11y checks and for screenshots.
 */
export interface StoryClock extends Clock {
  /** Moves the time to `ms` and runs the timeouts due by then. */
  set(ms: number): void;
}

/** 9:00 on a Monday morning: any moment would do, since only differences count. */
export const STORY_START_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

export function storyClock(startMs = STORY_START_MS): StoryClock {
  let time = startMs;
  let nextHandle = 1;
  const pending = new Map<number, { due: number; callback: () => void }>();
  return {
    now: () => time,
    setTimeout(callback, delayMs) {
      const handle = nextHandle++;
      pending.set(handle, { due: time + delayMs, callback });
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
    set(ms) {
      time = ms;
      for (const [handle, { due, callback }] of [...pending]) {
        if (due > time) continue;
        pending.delete(handle);
        callback();
      }
    },
  };
}

/**
 * No beeps, no speech and no wake lock: stories never make a sound or keep a screen on.
 * Printing is the browser's own, so a designer can see the handout.
 */
const silent: Omit<TimerAdapters, 'clock' | 'print'> = {
  sound: { unlock() {}, beep() {}, close() {} },
  voice: { speak() {}, cancel() {} },
  wakeLock: { request() {}, release() {} },
};

/**
 * Which clock a story's timer runs on: the browser's (`live`, to try it in the canvas) or a
 * story clock that stands still (`frozen`, for a state at a chosen moment).
 */
export type ClockKind = 'live' | 'frozen';

/** The silent services, with a new story clock when `frozen`. */
export const storyAdapters = (clock: ClockKind): Partial<TimerAdapters> =>
  clock === 'frozen' ? { ...silent, clock: storyClock() } : { ...silent };

// The element

/** An empty control means "attribute not set". */
const attr = (value: string | number | undefined) =>
  ifDefined(value === '' || value === undefined || value === null ? undefined : String(value));

/**
 * `<knead-exercise-timer>` with every arg as an attribute, silent services on the given
 * clock, and `content` (a JSON child) inside. The services are made once per rendered
 * element (`guard`), so changing a control keeps the story's clock.
 */
export function exerciseTimer(
  args: ExerciseTimerArgs,
  {
    clock = 'live',
    content = nothing,
  }: { clock?: ClockKind; content?: TemplateResult | typeof nothing } = {},
): TemplateResult {
  return html`<knead-exercise-timer
    routine=${attr(args.routine)}
    exercises=${attr(args.exercises)}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    ?persist=${args.persist ?? false}
    style=${ifDefined(cssProperties(args))}
    .adapters=${guard([clock], () => storyAdapters(clock))}
    @knead-exercise-start=${args.onKneadExerciseStart}
    @knead-exercise-change=${args.onKneadExerciseChange}
    @knead-exercise-pause=${args.onKneadExercisePause}
    @knead-exercise-complete=${args.onKneadExerciseComplete}
    >${content}</knead-exercise-timer
  >`;
}

/** Controls for the element's attributes; descriptions and types come from the manifest. */
export const exerciseTimerArgTypes = {
  routine: { control: 'select', options: Object.keys(ROUTINES) },
  exercises: { control: 'text' },
  persist: { control: 'boolean' },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  theme: {
    control: { type: 'inline-radio', labels: { '': '(page)' } },
    options: ['', 'light', 'dark', 'auto'],
  },
  // Properties for JavaScript only: documented, not controls.
  adapters: { control: false },
  status: { control: false },
} as const;

// Routines and their schedules

/** A clinic's routine, checked as the element checks it (built-in ids and overrides resolved). */
export function clinicRoutine(json: unknown): Routine {
  const parsed = parseRoutine(json, findExercise);
  if (!parsed.ok)
    throw new Error(`the story's routine is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.routine;
}

/** The schedule's first phase that matches, with its exercise's id. */
export function phaseWhere(
  schedule: Schedule,
  test: (phase: Phase, exerciseId: string | undefined) => boolean,
): Phase {
  const phase = schedule.phases.find((candidate) =>
    test(candidate, schedule.routine.exercises[candidate.exerciseIndex]?.id),
  );
  if (!phase) throw new Error(`no such phase in ${schedule.routine.id}`);
  return phase;
}

/** A moment 1.5 s into a phase (or half way, in a shorter one): well inside it. */
export const insidePhase = (phase: Phase): number =>
  phase.startMs + Math.min(1500, phase.durationMs / 2);

// Driving the element: the story clock and the events (the screen: test/harness/exercise-timer.ts)

/** The exercise timer in a story, once it has rendered (read it with test/harness). */
export async function renderedTimer(root: ParentNode): Promise<{ element: KneadExerciseTimer }> {
  await customElements.whenDefined('knead-exercise-timer');
  const element = root.querySelector<KneadExerciseTimer>('knead-exercise-timer');
  if (!element) throw new Error('no knead-exercise-timer in the story');
  await element.updateComplete;
  return { element };
}

/** The story clock the element runs on (see `exerciseTimer(args, { clock: 'frozen' })`). */
export function storyClockOf(element: KneadExerciseTimer): StoryClock {
  const clock = element.adapters.clock as Partial<StoryClock> | undefined;
  if (typeof clock?.set !== 'function')
    throw new Error("the timer has no story clock: render it with { clock: 'frozen' }");
  return clock as StoryClock;
}

/** The timer's events, by type. */
const EVENT_TYPES = [
  'knead-exercise-start',
  'knead-exercise-change',
  'knead-exercise-pause',
  'knead-exercise-complete',
] as const;
export type TimerEventType = (typeof EVENT_TYPES)[number];

/**
 * The details of the events one timer fires from now on, by type. Read from the element
 * itself, not from the story's action args, which every story on a docs page shares.
 */
export function recordEvents(element: KneadExerciseTimer): (type: TimerEventType) => unknown[] {
  const fired = new Map<TimerEventType, unknown[]>(EVENT_TYPES.map((type) => [type, []]));
  for (const type of EVENT_TYPES)
    element.addEventListener(type, (event) => fired.get(type)!.push(event.detail));
  return (type) => fired.get(type)!;
}

/**
 * Starts the routine now and moves the story clock `positionMs` on, as if the visitor had
 * pressed Start that long ago; resolves once the view shows that moment. `fired` lists the
 * events' details since the start.
 */
export async function startedAgo(root: ParentNode, positionMs: number) {
  const { element } = await renderedTimer(root);
  const clock = storyClockOf(element);
  const fired = recordEvents(element);
  const startedAt = clock.now();
  element.start();
  await element.updateComplete;
  clock.set(startedAt + positionMs);
  await element.updateComplete;
  return { element, clock, fired };
}
