import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/exercise-timer/define.js';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { timerState } from '../../src/exercise-timer/timer-machine.js';
import {
  PHASE_LABELS,
  clockText,
  countdownSeconds,
  repText,
} from '../../src/exercise-timer/timer-text.js';
import {
  HOSTILE_STRINGS,
  SPACE,
  deepActiveElement,
  letHostileCodeRun,
  luminance,
  withErrors,
} from '../technique-card/helpers.js';
import {
  BACK_BASICS_OVERVIEW,
  button,
  buttonNames,
  checkbox,
  keyHint,
  landmarkName,
  liveRegion,
  part,
  pressButton,
  setCue,
  textOf,
  timerScreen,
  type Timer,
} from '../harness/exercise-timer.js';
import { fakeAdapters, type BeepRecord, type FakeAdapters } from './fake-adapters.js';
import { BACK, LONG_ROUTINE, MINUTE, SECOND, SIDES_ROUTINE } from './fixtures.js';

// ---------------------------------------------------------------------------------------
// Reading the timer as a visitor would.

/** Presses a key where focus is, and waits for the timer to show what it did. */
async function press(el: Timer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * Holds a key down where focus is, long enough for the keyboard to repeat it `repeats`
 * times (each a keydown with `repeat` set, as a held key sends), then lets it go.
 */
async function hold(el: Timer, key: string, repeats: number): Promise<void> {
  for (let i = 0; i <= repeats; i++) {
    await sendKeys({ down: key });
    await el.updateComplete;
  }
  await sendKeys({ up: key });
  await el.updateComplete;
}

/** What has focus, as a visitor would name it: a button's text, or the part it is. */
function focused(): string {
  const active = deepActiveElement();
  if (active instanceof HTMLButtonElement) return `button ${textOf(active)}`;
  if (active instanceof HTMLInputElement) return `checkbox ${textOf(active.closest('label'))}`;
  return active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? 'nothing';
}

/** The countdown as a screen reader reads it: "5 seconds", "1 second". */
const secondsText = (seconds: number) => `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

// ---------------------------------------------------------------------------------------
// Driving time and listening to the page.

let fake: FakeAdapters;
const cleanups: (() => void)[] = [];

/** The built-in routine with the fakes, rendered. */
const backBasics = () =>
  fixture<Timer>(html`<knead-exercise-timer .adapters=${fake}></knead-exercise-timer>`);

/** A timer for `routine` (given as the property) with the fakes, rendered. */
const timerFor = (routine: Routine) =>
  fixture<Timer>(
    html`<knead-exercise-timer .adapters=${fake} .routine=${routine}></knead-exercise-timer>`,
  );

interface TimerSetup {
  /** A routine set as the property. */
  readonly routine?: Routine;
  /** Children, such as an inline JSON routine. */
  readonly children?: readonly Node[];
  /** The browser services: the test's fakes unless given. */
  readonly adapters?: FakeAdapters;
}

/**
 * A timer with these attributes (and property, children and fakes), as a page writes it;
 * rendered, with the console errors it logged.
 */
function timerWith(attributes: Record<string, string> = {}, setup: TimerSetup = {}) {
  return withErrors(async () => {
    const el = document.createElement('knead-exercise-timer');
    el.adapters = setup.adapters ?? fake;
    if (setup.routine) el.routine = setup.routine;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...(setup.children ?? []));
    return fixture<Timer>(el);
  });
}

/** A timer reading its routine from an inline JSON child, as a clinic pastes it in a CMS. */
const timerWithJson = (json: string) => timerWith({}, { children: [jsonChild(json)] });

/** An inline JSON child, as a clinic pastes it: `value` as JSON, or text as it is. */
function jsonChild(value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  return script;
}

/** Presses Skip `times` times, as a visitor skipping ahead (5: to the last of back-basics). */
async function skipAhead(el: Timer, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await pressButton(el, 'Skip');
}

/**
 * Lets each step's seconds pass, then checks what the screen shows: a routine followed
 * moment by moment, as a visitor watching it.
 */
async function walk(el: Timer, steps: [seconds: number, shows: Record<string, unknown>][]) {
  let at = 0;
  for (const [seconds, shows] of steps) {
    at += seconds;
    await pass(el, seconds * SECOND);
    expect(timerScreen(el), `${at} s after the start`).to.deep.include(shows);
  }
}

/** Lets `ms` of fake time pass, the timer showing every second it asks to, as it would. */
async function pass(el: Timer, ms: number): Promise<void> {
  await fake.clock.advance(ms, () => el.updateComplete);
  await el.updateComplete;
}

type TimerEvent =
  | 'knead-exercise-start'
  | 'knead-exercise-change'
  | 'knead-exercise-pause'
  | 'knead-exercise-complete';

/** Every `type` event's detail the document hears from now on, in order. */
function record<K extends TimerEvent>(type: K): GlobalEventHandlersEventMap[K]['detail'][] {
  const details: GlobalEventHandlersEventMap[K]['detail'][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => details.push(event.detail);
  document.addEventListener(type, listener);
  cleanups.push(() => document.removeEventListener(type, listener));
  return details;
}

/** Makes the page hidden or visible, as switching tabs does, and tells it so. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * The beeps heard since `mark` (a count of beeps, from `beepMark()`), each as the seconds
 * after `start` and its kind: `"2 s count"`.
 */
const beepsSince = (mark: number, start: number): string[] =>
  fake.sound.beeps.slice(mark).map((beep) => `${(beep.at - start) / SECOND} s ${beep.kind}`);

/** A mark for `beepsSince`: how many beeps there have been so far. */
const beepMark = () => fake.sound.beeps.length;

beforeEach(() => {
  fake = fakeAdapters();
});

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  Reflect.deleteProperty(document, 'visibilityState');
  localStorage.clear();
  delete window.__pwned;
});

describe('<knead-exercise-timer>', () => {
  describe('before the start', () => {
    it('shows the six back-basics exercises with their doses and only Start', async () => {
      const el = await backBasics();
      expect(timerScreen(el).heading).to.equal('Back basics');
      expect(timerScreen(el).headingLevel).to.equal('2');
      expect(textOf(el.shadowRoot!.querySelector('.summary'))).to.equal(
        '6 exercises, about 9 min.',
      );
      expect(timerScreen(el).overview).to.deep.equal(BACK_BASICS_OVERVIEW);
      expect(buttonNames(el)).to.deep.equal(['Start']);
      expect(timerScreen(el).cues.beeps, 'Beeps start off').to.equal(false);
      expect(timerScreen(el).cues.spoken, 'Spoken cues start off').to.equal(false);
      expect(timerScreen(el).announcement).to.equal('');
      expect(el.status).to.equal('idle');
      expect(fake.clock.pending(), 'no timer while idle').to.equal(0);
      expect(fake.wakeLock.requests, 'no wake lock while idle').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('lets time pass without moving', async () => {
      const el = await backBasics();
      await pass(el, 10 * MINUTE);
      expect(el.status).to.equal('idle');
      expect(buttonNames(el)).to.deep.equal(['Start']);
    });
  });

  describe('a whole routine', () => {
    it('runs from Start to done, telling the page about each exercise in order', async () => {
      const starts = record('knead-exercise-start');
      const changes = record('knead-exercise-change');
      const completes = record('knead-exercise-complete');
      const el = await backBasics();

      await pressButton(el, 'Start');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);

      await pass(el, BACK.totalMs - SECOND);
      expect(completes, 'not done a second before the end').to.deep.equal([]);
      expect(timerScreen(el).countdown).to.equal('1 second');
      expect(timerScreen(el).progress).to.equal('Exercise 6 of 6 0:01 left');

      await pass(el, SECOND);
      expect(changes).to.deep.equal([
        { id: 'cat-cow', index: 0 },
        { id: 'bird-dog', index: 1 },
        { id: 'bridge', index: 2 },
        { id: 'superman', index: 3 },
        { id: 'dead-bug', index: 4 },
        { id: 'pelvic-tilt', index: 5 },
      ]);
      expect(completes).to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
      expect(starts, 'started once').to.have.length(1);
      expect(el.status).to.equal('done');
      expect(timerScreen(el).done).to.equal(
        'All done. Well done! You exercised for 8 minutes 57 seconds.',
      );
      expect(buttonNames(el)).to.deep.equal(['Start again']);
      expect(timerScreen(el).announcement).to.equal(
        'All done. Well done! You exercised for 8 minutes 57 seconds.',
      );
      expect(fake.clock.pending(), 'no timer once done').to.equal(0);

      await pass(el, 5 * MINUTE);
      expect(completes, 'done once').to.have.length(1);
    });

    it('starts again from the top with "Start again"', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Start again');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }, { routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(timerScreen(el).progress).to.equal('Exercise 1 of 6 8:57 left');
      expect(timerScreen(el).phase).to.equal('Get ready');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
    });

    it('Restart goes back to the top, running, and says so to the page', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 100 * SECOND);
      const starts = record('knead-exercise-start');
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Restart');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(el.status).to.equal('running');
      expect(timerScreen(el).progress).to.equal('Exercise 1 of 6 8:57 left');
      expect(timerScreen(el).countdown).to.equal('5 seconds');
    });
  });

  describe('what each moment shows', () => {
    it('counts down each phase with its name, the rep and what is next', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(timerScreen(el)).to.deep.include({
        progress: 'Exercise 1 of 6 8:57 left',
        exercise: 'Cat-cow',
        phase: 'Get ready',
        countdown: '5 seconds',
        rep: '',
        next: 'Up next: Bird dog',
        paused: '',
        overview: [],
        steps: EXERCISES['cat-cow'].steps,
        breathing: 'Breathe in for cow, out for cat.',
      });
      await walk(el, [
        [1, { countdown: '4 seconds', progress: 'Exercise 1 of 6 8:56 left' }],
        // 0:05: the first of 8 reps of 6 s
        [4, { phase: 'Move', countdown: '6 seconds', rep: 'Rep 1 of 8' }],
        [6, { phase: 'Move', countdown: '6 seconds', rep: 'Rep 2 of 8' }],
        // 0:53: the rest before bird dog shows it ahead, its steps and breathing
        [
          42,
          {
            progress: 'Exercise 1 of 6 8:04 left',
            exercise: 'Up next: Bird dog',
            phase: 'Rest',
            countdown: '15 seconds',
            rep: '',
            next: '',
            steps: EXERCISES['bird-dog'].steps,
            breathing: EXERCISES['bird-dog'].breathing,
          },
        ],
        [
          15,
          {
            progress: 'Exercise 2 of 6 7:49 left',
            exercise: 'Bird dog',
            phase: 'Get ready',
            countdown: '5 seconds',
            next: 'Up next: Bridge',
          },
        ],
        // 1:13: reach for 2 s, hold for 3 s, each side in turn
        [5, { phase: 'Move', countdown: '2 seconds', rep: 'Rep 1 of 10, left side' }],
        [2, { phase: 'Hold', countdown: '3 seconds', rep: 'Rep 1 of 10, left side' }],
        [3, { phase: 'Move', rep: 'Rep 1 of 10, right side' }],
        [2, { phase: 'Hold', rep: 'Rep 1 of 10, right side' }],
        // two sides of 5 s a rep: rep 3 on the left
        [13, { phase: 'Move', rep: 'Rep 3 of 10, left side' }],
      ]);
    });

    it('says "Last exercise" where there is nothing up next', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 6 of 6 0:55 left',
        exercise: 'Pelvic tilt',
        next: 'Last exercise',
      });
    });

    it('a routine on both sides: left reps, a switch, then right reps', async () => {
      const el = await timerFor(SIDES_ROUTINE);
      expect(timerScreen(el).overview).to.deep.equal([
        'Clamshell 2 reps per side, hold 2 s',
        'Bridge 8 reps, hold 10 s',
      ]);
      await pressButton(el, 'Start');
      await walk(el, [
        [0, { exercise: 'Clamshell', phase: 'Get ready', countdown: '3 seconds' }],
        [3, { phase: 'Move', rep: 'Rep 1 of 2, left side' }],
        [3, { phase: 'Hold', countdown: '2 seconds', rep: 'Rep 1 of 2, left side' }],
        [2, { phase: 'Move', rep: 'Rep 2 of 2, left side' }],
        [
          5,
          {
            phase: 'Switch sides',
            countdown: '4 seconds',
            rep: 'Next: right side',
            announcement: 'Switch to the right side.',
          },
        ],
        [4, { phase: 'Move', rep: 'Rep 1 of 2, right side' }],
        [5, { phase: 'Move', rep: 'Rep 2 of 2, right side' }],
        [5, { phase: 'Rest', countdown: '10 seconds', exercise: 'Up next: Bridge', next: '' }],
      ]);
    });
  });

  describe('pause and resume', () => {
    it('stops time while paused: the screen is the same ten minutes later', async () => {
      const pauses = record('knead-exercise-pause');
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 7 * SECOND); // cat-cow, rep 1, 4 s left
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Pause');
      expect(pauses).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(el.status).to.equal('paused');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Resume', 'Skip', 'Restart']);
      expect(timerScreen(el).announcement).to.equal('Paused.');
      const paused = timerScreen(el);
      expect(paused).to.include({
        phase: 'Move',
        countdown: '4 seconds',
        rep: 'Rep 1 of 8',
        paused: 'Paused',
      });
      expect(fake.clock.pending(), 'no timer while paused').to.equal(0);

      await pass(el, 10 * MINUTE);
      expect(timerScreen(el)).to.deep.equal(paused);

      await pressButton(el, 'Resume');
      expect(el.status).to.equal('running');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
      expect(timerScreen(el)).to.include({ countdown: '4 seconds', paused: '' });
      expect(timerScreen(el).announcement, 'resuming says where it is').to.equal('Rep 1 of 8.');
      await pass(el, SECOND);
      expect(timerScreen(el).countdown).to.equal('3 seconds');
      expect(changes, 'pausing and resuming is no change of exercise').to.deep.equal([]);

      await pass(el, BACK.totalMs);
      expect(completes, 'the pause does not count').to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
    });

    it('fires knead-exercise-pause on the element, bubbling and composed', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Skip');
      const paused = oneEvent(el, 'knead-exercise-pause');
      button(el, 'Pause').click();
      const event = await paused;
      expect(event.detail).to.deep.equal({ id: 'bird-dog', index: 1 });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('skip and previous', () => {
    it('Skip moves to the next exercise, running or paused', async () => {
      const changes = record('knead-exercise-change');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 20 * SECOND);

      await pressButton(el, 'Skip');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 6 7:49 left',
        exercise: 'Bird dog',
        phase: 'Get ready',
        countdown: '5 seconds',
      });
      expect(el.status).to.equal('running');

      await pressButton(el, 'Pause');
      await pressButton(el, 'Skip');
      expect(timerScreen(el)).to.include({
        exercise: 'Bridge',
        phase: 'Get ready',
        paused: 'Paused',
      });
      expect(el.status, 'skipping keeps it paused').to.equal('paused');
      expect(changes).to.deep.equal([
        { id: 'cat-cow', index: 0 },
        { id: 'bird-dog', index: 1 },
        { id: 'bridge', index: 2 },
      ]);

      await pressButton(el, 'Resume');
      expect(changes, 'no second event for bridge on resume').to.have.length(3);
    });

    it('Skip on the last exercise ends the routine', async () => {
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      await pass(el, 10 * SECOND);
      await pressButton(el, 'Skip');
      expect(el.status).to.equal('done');
      expect(completes).to.deep.equal([{ routine: 'back-basics', durationSeconds: 10 }]);
      expect(buttonNames(el)).to.deep.equal(['Start again']);
    });

    it('Previous goes to the exercise before within 3 s of a start, else to its start', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Skip');
      await pass(el, 2 * SECOND);
      await pressButton(el, 'Previous');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 1 of 6 8:57 left',
        exercise: 'Cat-cow',
        countdown: '5 seconds',
      });

      await pressButton(el, 'Skip');
      await pass(el, 5 * SECOND); // bird dog, rep 1
      await pressButton(el, 'Previous');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 6 7:49 left',
        exercise: 'Bird dog',
        phase: 'Get ready',
        countdown: '5 seconds',
      });

      await pressButton(el, 'Previous');
      expect(timerScreen(el).exercise, 'pressed again at once: the one before').to.equal('Cat-cow');
      await pressButton(el, 'Previous');
      expect(timerScreen(el).exercise, 'nothing before the first').to.equal('Cat-cow');
    });
  });

  describe('keyboard', () => {
    it('the arrow keys skip and go back while focus is on a button', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      button(el, 'Pause').focus();

      await press(el, 'ArrowRight');
      expect(timerScreen(el).progress).to.equal('Exercise 2 of 6 7:49 left');
      await press(el, 'ArrowRight');
      expect(timerScreen(el).exercise).to.equal('Bridge');
      await press(el, 'ArrowLeft');
      expect(timerScreen(el).exercise).to.equal('Bird dog');
      expect(textOf(deepActiveElement()), 'focus stays on Pause').to.equal('Pause');
      expect(el.status).to.equal('running');
    });

    it('Enter on Skip in the last exercise ends it, focus on the closing message; Enter again does not start it again', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      await pass(el, 10 * SECOND);
      button(el, 'Skip').focus();

      await press(el, 'Enter');
      await nextFrame();
      expect(el.status).to.equal('done');
      expect(focused(), 'focus on the closing message').to.equal('done');
      expect(part(el, 'done')!.getAttribute('tabindex'), 'focusable by script only').to.equal('-1');
      expect(textOf(deepActiveElement())).to.equal(
        'All done. Well done! You exercised for 10 seconds.',
      );

      await press(el, 'Enter');
      expect(el.status, 'Enter again does not start it again').to.equal('done');
      expect(starts, 'started once').to.have.length(1);
      expect(focused()).to.equal('done');
    });

    it('a held Enter on Skip in the last exercise ends it; its repeats do not start it again', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();

      await hold(el, 'Enter', 3);
      expect(el.status).to.equal('done');
      expect(starts, 'started once').to.have.length(1);
      expect(focused()).to.equal('done');
    });

    for (const name of ['Skip', 'Pause'])
      it(`focus on ${name} when the routine ends by itself moves to the closing message, so Enter does not start it again`, async () => {
        const el = await backBasics();
        await pressButton(el, 'Start');
        button(el, name).focus();
        await pass(el, BACK.totalMs);
        await nextFrame();
        expect(el.status).to.equal('done');
        expect(focused(), 'not left on a button that now means Start again').to.equal('done');
        await press(el, 'Enter');
        expect(el.status).to.equal('done');
      });

    it('focus on "Start again" stays there while the timer updates', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 6);
      button(el, 'Start again').focus();
      await setCue(el, 'Beeps', true);
      button(el, 'Start again').focus();
      setVisibility('visible'); // the timer reads the clock and updates
      await el.updateComplete;
      expect(focused()).to.equal('button Start again');
    });

    it('the left arrow on the closing message goes back to the last exercise, focus on Resume', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, 'Enter');
      expect(focused()).to.equal('done');

      await press(el, 'ArrowLeft');
      await nextFrame();
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).exercise).to.equal('Pelvic tilt');
      expect(focused(), 'focus stays in the timer').to.equal('button Resume');
    });

    /** Each button a held Enter may act on, where the run stands then, and what it did once. */
    const HELD_ENTER = [
      { on: 'Start', after: 0, status: 'running', focus: 'button Pause', starts: 1, pauses: 0 },
      { on: 'Pause', after: 1, status: 'paused', focus: 'button Resume', starts: 1, pauses: 1 },
      {
        on: 'Restart',
        after: 30,
        status: 'running',
        focus: 'button Restart',
        starts: 2,
        pauses: 0,
      },
      {
        on: 'Previous',
        after: 10,
        status: 'running',
        focus: 'button Previous',
        starts: 1,
        pauses: 0,
      },
    ] as const;

    for (const { on, after, status, focus, starts, pauses } of HELD_ENTER)
      it(`a held Enter on ${on} acts once: its repeats do not undo it`, async () => {
        const heard = {
          starts: record('knead-exercise-start'),
          pauses: record('knead-exercise-pause'),
        };
        const el = await backBasics();
        if (on !== 'Start') await pressButton(el, 'Start');
        await pass(el, after * SECOND);
        button(el, on).focus();
        await hold(el, 'Enter', 3);
        expect(el.status).to.equal(status);
        expect(focused()).to.equal(focus);
        expect(heard.starts).to.have.length(starts);
        expect(heard.pauses).to.have.length(pauses);
        if (on === 'Previous')
          expect(timerScreen(el), 'still at the top').to.include({
            progress: 'Exercise 1 of 6 8:57 left',
            phase: 'Get ready',
          });
      });

    it('a held Space on the timer itself starts once: its repeats do not pause', async () => {
      const pauses = record('knead-exercise-pause');
      const el = await backBasics();
      el.shadowRoot!.querySelector('section')!.focus();
      await hold(el, SPACE, 3);
      expect(el.status).to.equal('running');
      expect(pauses).to.deep.equal([]);
    });

    it('before the start, the hint says Space starts (a button or checkbox it presses), and so it does', async () => {
      const el = await backBasics();
      expect(keyHint(el)).to.equal(
        'Space starts the routine, except on a button or checkbox, which it presses instead.',
      );
      checkbox(el, 'Beeps')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.beeps).to.equal(true);
      expect(el.status).to.equal('idle');
      button(el, 'Start').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('running');
    });

    it('while running and paused, the hint says where Space pauses and where it presses a control, and so it does', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      const onControls = 'except on a button or checkbox, which it presses instead.';
      const arrows = 'Left and right arrows move between exercises.';
      expect(keyHint(el)).to.equal(`Space pauses, ${onControls} ${arrows}`);

      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect(
        { status: el.status, exercise: timerScreen(el).exercise },
        'on a button, Space presses it',
      ).to.deep.equal({ status: 'running', exercise: 'Bird dog' });

      checkbox(el, 'Spoken cues')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.spoken, 'on a checkbox, Space ticks it').to.equal(true);
      expect(el.status).to.equal('running');
      await press(el, 'ArrowRight');
      expect(timerScreen(el).exercise, 'the arrows work on a checkbox too').to.equal('Bridge');

      el.shadowRoot!.querySelector('section')!.focus();
      await press(el, SPACE);
      expect(el.status, 'on the timer itself, Space pauses').to.equal('paused');
      expect(keyHint(el)).to.equal(`Space resumes, ${onControls} ${arrows}`);
      await press(el, 'ArrowLeft');
      expect(timerScreen(el).exercise).to.equal('Bird dog');

      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect({ status: el.status, exercise: timerScreen(el).exercise }).to.deep.equal({
        status: 'paused',
        exercise: 'Bridge',
      });
      el.shadowRoot!.querySelector('section')!.focus();
      await press(el, SPACE);
      expect(el.status, 'on the timer itself, Space resumes').to.equal('running');
    });

    it('once done, the hint names only the left arrow; Space and Enter do not start again', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('done');
      expect(keyHint(el)).to.equal('The left arrow goes back to the last exercise.');
      expect(focused()).to.equal('done');

      for (const key of [SPACE, 'Enter', 'ArrowRight']) {
        await press(el, key);
        expect(el.status, key).to.equal('done');
      }
      await press(el, 'ArrowLeft');
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).exercise).to.equal('Pelvic tilt');
    });

    it('the arrow keys do nothing before the start', async () => {
      const el = await backBasics();
      button(el, 'Start').focus();
      await press(el, 'ArrowRight');
      expect(el.status).to.equal('idle');
      expect(buttonNames(el)).to.deep.equal(['Start']);
    });

    it('Space on the timer itself starts, pauses and resumes', async () => {
      const el = await backBasics();
      el.shadowRoot!.querySelector('section')!.focus();

      await press(el, SPACE);
      expect(el.status).to.equal('running');
      await pass(el, 2 * SECOND);
      await press(el, SPACE);
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).countdown).to.equal('3 seconds');
      await press(el, SPACE);
      expect(el.status).to.equal('running');
      expect(buttonNames(el)).to.include('Pause');
    });

    it('Space on the Pause button presses it once, not twice', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      button(el, 'Pause').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('paused');
      expect(textOf(deepActiveElement())).to.equal('Resume');
    });

    it('Space on a checkbox ticks it and leaves the timer alone', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      checkbox(el, 'Beeps')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.beeps).to.equal(true);
      expect(el.status).to.equal('running');
    });
  });

  describe('a tab hidden for ten minutes', () => {
    it('shows exactly where the routine is on return, announced, without beeping the past', async () => {
      const long = buildSchedule(LONG_ROUTINE);
      const el = await timerFor(LONG_ROUTINE);
      await setCue(el, 'Beeps', true);
      const startedAt = fake.clock.now();
      await pressButton(el, 'Start');
      await pass(el, 4 * SECOND);
      const changes = record('knead-exercise-change');

      setVisibility('hidden');
      const hidden = beepMark();
      fake.clock.jump(10 * MINUTE); // no timer runs in the hidden tab
      await el.updateComplete;
      setVisibility('visible');
      await el.updateComplete;

      const run = { status: 'running' as const, positionMs: 0, sinceMs: startedAt, activeMs: 0 };
      const expected = timerState(long, run, fake.clock.now());
      expect(
        expected.positionMs - expected.phase.startMs,
        'the test lands well inside a phase',
      ).to.be.at.least(SECOND);
      expect(timerScreen(el)).to.include({
        progress: `Exercise ${expected.exerciseIndex + 1} of 3 ${clockText(expected.routineLeftMs)} left`,
        exercise: expected.exercise!.name,
        phase: PHASE_LABELS[expected.phase.kind],
        countdown: secondsText(countdownSeconds(expected.phaseLeftMs)),
        rep: repText(expected.phase, expected.exercise),
      });
      // Spelled out, so a reader sees where that is: bird dog, rep 19, right side, holding.
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 3 2:11 left',
        phase: 'Hold',
        countdown: '1 second',
        rep: 'Rep 19 of 20, right side',
      });
      expect(timerScreen(el).announcement).to.equal('Hold, 3 seconds.');
      expect(beepsSince(hidden, startedAt), 'no beeps for the phases missed').to.deep.equal([]);
      expect(changes).to.deep.equal([{ id: 'bird-dog', index: 1 }]);

      await pass(el, SECOND);
      expect(timerScreen(el)).to.include({ phase: 'Move', rep: 'Rep 20 of 20, left side' });
      expect(beepsSince(hidden, startedAt), 'on time again: beeps again').to.deep.equal([
        '605 s phase',
      ]);
    });

    it('shows the end when the routine finished while hidden', async () => {
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      setVisibility('hidden');
      const hidden = beepMark();
      fake.clock.jump(10 * MINUTE);
      setVisibility('visible');
      await el.updateComplete;
      expect(el.status).to.equal('done');
      expect(beepsSince(hidden, 0), 'no fanfare for an end long past').to.deep.equal([]);
      expect(buttonNames(el)).to.deep.equal(['Start again']);
      expect(completes).to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
    });
  });

  describe('persist', () => {
    const KEY = 'knead-exercise-timer:back-basics';

    it('resumes after a reload where wall-clock time says the routine is', async () => {
      const { el: first } = await timerWith({ persist: '' });
      await setCue(first, 'Beeps', true);
      await pressButton(first, 'Start');
      await pass(first, 70 * SECOND); // bird dog, getting ready
      expect(localStorage.getItem(KEY), 'remembered').to.be.a('string');
      first.remove();

      fake.clock.jump(10 * SECOND); // the page reloads
      const changes = record('knead-exercise-change');
      const starts = record('knead-exercise-start');
      const again = fakeAdapters(fake.clock);
      const { el: second } = await timerWith({ persist: '' }, { adapters: again });
      expect(second.status).to.equal('running');
      expect(timerScreen(second)).to.include({
        progress: 'Exercise 2 of 6 7:37 left',
        exercise: 'Bird dog',
        phase: 'Hold',
        countdown: '3 seconds',
        rep: 'Rep 1 of 10, right side',
      });
      expect(buttonNames(second)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
      expect(timerScreen(second).cues.beeps, 'the cue choice comes back').to.equal(true);
      expect(changes).to.deep.equal([{ id: 'bird-dog', index: 1 }]);
      expect(starts, 'a resume is no new start').to.deep.equal([]);

      await fake.clock.advance(SECOND, () => second.updateComplete);
      await second.updateComplete;
      expect(timerScreen(second).countdown, 'and it runs on').to.equal('2 seconds');
    });

    it('resumes a paused run paused', async () => {
      const { el: first } = await timerWith({ persist: '' });
      await pressButton(first, 'Start');
      await pass(first, 7 * SECOND);
      await pressButton(first, 'Pause');
      first.remove();
      fake.clock.jump(5 * MINUTE);
      const { el: second } = await timerWith(
        { persist: '' },
        { adapters: fakeAdapters(fake.clock) },
      );
      expect(second.status).to.equal('paused');
      expect(timerScreen(second)).to.include({ countdown: '4 seconds', rep: 'Rep 1 of 8' });
    });

    it('forgets the run once done', async () => {
      const { el } = await timerWith({ persist: '' });
      await pressButton(el, 'Start');
      expect(localStorage.getItem(KEY)).to.be.a('string');
      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('without persist, never touches localStorage', async () => {
      const calls: string[] = [];
      const original = {
        getItem: Storage.prototype.getItem,
        setItem: Storage.prototype.setItem,
        removeItem: Storage.prototype.removeItem,
      };
      for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[name] = function (this: Storage, ...args: never[]) {
          calls.push(name);
          return (original[name] as (...a: never[]) => unknown).apply(this, args);
        } as never;
      }
      cleanups.push(() => Object.assign(Storage.prototype, original));

      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      await pass(el, 20 * SECOND);
      await pressButton(el, 'Pause');
      await pressButton(el, 'Resume');
      await pressButton(el, 'Skip');
      await pass(el, BACK.totalMs);
      el.remove();
      expect(calls).to.deep.equal([]);
    });
  });

  describe('cues', () => {
    it('with Beeps off, nothing beeps and audio is never unlocked', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(fake.sound.beeps).to.deep.equal([]);
      expect(fake.sound.unlocks).to.deep.equal([]);
    });

    it('ticking Beeps unlocks audio inside the tap, with a sample beep', async () => {
      const el = await backBasics();
      checkbox(el, 'Beeps')!.click();
      // Checked right after the click, before any await: still inside the tap (iOS).
      expect(fake.sound.unlocks).to.have.length(1);
      expect(fake.sound.beeps.map((beep) => beep.kind)).to.deep.equal(['count']);
      await el.updateComplete;
      await pressButton(el, 'Start');
      expect(fake.sound.unlocks, 'every control unlocks again').to.have.length(2);
    });

    it('with Beeps on: a beep at each new phase, a count at 3, 2, 1 s left, and one at the end', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true); // with a sample beep
      const start = fake.clock.now();
      const started = beepMark();
      await pressButton(el, 'Start');
      await pass(el, 17 * SECOND);
      // Get ready (5 s), then cat-cow reps of 6 s.
      expect(beepsSince(started, start)).to.deep.equal([
        '0 s phase',
        '2 s count',
        '3 s count',
        '4 s count',
        '5 s phase',
        '8 s count',
        '9 s count',
        '10 s count',
        '11 s phase',
        '14 s count',
        '15 s count',
        '16 s count',
        '17 s phase',
      ]);

      await pass(el, BACK.totalMs);
      const heard = fake.sound.beeps.slice(started);
      const at = (beep: BeepRecord) => beep.at - start;
      const phaseBeeps = heard.filter((beep) => beep.kind === 'phase').map(at);
      const phases = BACK.phases.filter((phase) => phase.kind !== 'done');
      expect(phaseBeeps, 'one at the start of every phase').to.deep.equal(
        phases.map((phase) => phase.startMs),
      );
      const countBeeps = heard.filter((beep) => beep.kind === 'count').map(at);
      for (const phase of phases.filter((p) => p.durationMs > 3 * SECOND)) {
        const end = phase.startMs + phase.durationMs;
        const inPhase = countBeeps.filter((time) => time > phase.startMs && time < end);
        expect(inPhase, `${phase.kind} at ${phase.startMs} ms`).to.deep.equal([
          end - 3 * SECOND,
          end - 2 * SECOND,
          end - SECOND,
        ]);
      }
      // Short phases (bird dog's 2 s move and 3 s hold) get their phase beep only.
      for (const phase of phases.filter((p) => p.durationMs <= 3 * SECOND)) {
        const end = phase.startMs + phase.durationMs;
        const inPhase = countBeeps.filter((time) => time > phase.startMs && time < end);
        expect(inPhase, `${phase.kind} at ${phase.startMs} ms`).to.deep.equal([]);
      }
      expect(heard.at(-1)).to.deep.equal({ kind: 'done', at: start + BACK.totalMs });
    });

    it('turning Beeps off stops them', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      await setCue(el, 'Beeps', false);
      const off = beepMark();
      await pass(el, 30 * SECOND);
      expect(beepsSince(off, fake.clock.now())).to.deep.equal([]);
    });

    it('Spoken cues say each phase as it starts, in the page language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB">
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
        </div>`,
      );
      const el = wrapper.querySelector('knead-exercise-timer')!;
      await el.updateComplete;
      checkbox(el, 'Spoken cues')!.click();
      expect(fake.voice.texts, 'spoken inside the tap').to.deep.equal(['Spoken cues on.']);
      await el.updateComplete;

      await pressButton(el, 'Start');
      await pass(el, 11 * SECOND);
      expect(fake.voice.texts).to.deep.equal([
        'Spoken cues on.',
        'Get ready: Cat-cow. 5 seconds.',
        'Rep 1 of 8.',
        'Rep 2 of 8.',
      ]);
      expect(fake.voice.spoken.every((utterance) => utterance.lang === 'en-GB')).to.equal(true);

      await pass(el, 42 * SECOND);
      expect(fake.voice.texts.at(-1)).to.equal('Rest, 15 seconds. Up next: Bird dog.');

      await setCue(el, 'Spoken cues', false);
      expect(fake.voice.cancels, 'unticking stops speech').to.equal(1);
      await pass(el, 30 * SECOND);
      expect(fake.voice.texts.at(-1), 'and nothing more is said').to.equal(
        'Rest, 15 seconds. Up next: Bird dog.',
      );
    });

    it('the live region says the seconds in words, as the screen does: "1 second", "15 seconds"', async () => {
      const el = await timerFor({
        id: 'one-second',
        name: 'One second',
        prepareSeconds: 1,
        restSeconds: 15,
        switchSeconds: 5,
        exercises: [{ ...EXERCISES.bridge, reps: 1, holdSeconds: 1 }, EXERCISES['cat-cow']],
      });
      const said = () => ({ announced: timerScreen(el).announcement, ...timerScreen(el) });
      await pressButton(el, 'Start');
      expect(said()).to.include({
        announced: 'Get ready: Bridge. 1 second.',
        phase: 'Get ready',
        exercise: 'Bridge',
        countdown: '1 second',
      });
      await pass(el, SECOND);
      expect(said()).to.include({ announced: 'Rep 1 of 1.', rep: 'Rep 1 of 1' });
      await pass(el, 3 * SECOND);
      expect(said()).to.include({
        announced: 'Hold, 1 second.',
        phase: 'Hold',
        countdown: '1 second',
      });
      await pass(el, SECOND);
      expect(said()).to.include({
        announced: 'Rest, 15 seconds. Up next: Cat-cow.',
        phase: 'Rest',
        countdown: '15 seconds',
        exercise: 'Up next: Cat-cow',
      });
      await pass(el, 15 * SECOND);
      expect(said()).to.include({ announced: 'Get ready: Cat-cow. 1 second.' });
    });

    it('says the closing message as the screen shows it, in words', async () => {
      const el = await backBasics();
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      const closing = 'All done. Well done! You exercised for 8 minutes 57 seconds.';
      expect(timerScreen(el).done).to.equal(closing);
      expect(timerScreen(el).announcement).to.equal(closing);
      expect(fake.voice.texts.at(-1)).to.equal(closing);
    });

    it('Enter on Skip at the end: focus on the closing message, which the live region and the voice also say', async () => {
      const el = await backBasics();
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, 61 * SECOND);
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, 'Enter');
      const closing = 'All done. Well done! You exercised for 1 minute 1 second.';
      expect(focused()).to.equal('done');
      expect(textOf(deepActiveElement()), 'read out as focus lands').to.equal(closing);
      expect(timerScreen(el).announcement).to.equal(closing);
      expect(fake.voice.texts.at(-1)).to.equal(closing);
    });

    it('the live region speaks at phase changes only, not every second', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('polite');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(timerScreen(el).announcement));
      observer.observe(liveRegion(el)!, { childList: true, characterData: true, subtree: true });
      cleanups.push(() => observer.disconnect());

      for (let second = 0; second < 20; second++) await pass(el, SECOND);
      changes.push(...observer.takeRecords().map(() => timerScreen(el).announcement));
      expect(changes).to.deep.equal(['Rep 1 of 8.', 'Rep 2 of 8.', 'Rep 3 of 8.']);

      await pressButton(el, 'Pause');
      expect(timerScreen(el).announcement).to.equal('Paused.');
    });
  });

  describe('screen wake lock', () => {
    it('holds the screen on while running, and lets it go on pause and at the end', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(fake.wakeLock.held, 'held once started').to.equal(true);

      await pressButton(el, 'Pause');
      expect(fake.wakeLock.held, 'let go on pause').to.equal(false);
      await pressButton(el, 'Resume');
      expect(fake.wakeLock.held, 'held again on resume').to.equal(true);

      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(fake.wakeLock.held, 'let go at the end').to.equal(false);
    });

    it('asks again when the page is visible again while running', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      setVisibility('hidden');
      fake.wakeLock.drop(); // the browser lets the lock go with the page hidden
      await pass(el, 3 * SECOND);
      expect(fake.wakeLock.held, 'not asked for while hidden').to.equal(false);

      fake.clock.jump(400);
      setVisibility('visible');
      await el.updateComplete;
      expect(fake.wakeLock.held, 'asked for again on return').to.equal(true);
    });

    it('does not ask when the page comes back while paused', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Pause');
      const requests = fake.wakeLock.requests;
      setVisibility('hidden');
      fake.clock.jump(MINUTE);
      setVisibility('visible');
      await el.updateComplete;
      expect(fake.wakeLock.requests).to.equal(requests);
      expect(fake.wakeLock.held).to.equal(false);
    });
  });

  describe('leaving the page', () => {
    it('cleans up: no timer, no lock, no speech, audio closed, no more events', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, 3 * SECOND);
      expect(fake.clock.pending()).to.equal(1);
      const cancels = fake.voice.cancels;

      el.remove();
      expect(fake.clock.pending(), 'no timer left').to.equal(0);
      expect(fake.wakeLock.held, 'the lock let go').to.equal(false);
      expect(fake.voice.cancels, 'speech cancelled').to.equal(cancels + 1);
      expect(fake.sound.closes, 'audio closed').to.equal(1);

      const heard = [record('knead-exercise-change'), record('knead-exercise-complete')];
      const beeps = fake.sound.beeps.length;
      const spoken = fake.voice.spoken.length;
      await fake.clock.advance(20 * MINUTE);
      await aTimeout(0);
      expect(heard.flat()).to.deep.equal([]);
      expect(fake.sound.beeps.length).to.equal(beeps);
      expect(fake.voice.spoken.length).to.equal(spoken);

      setVisibility('visible');
      await aTimeout(0);
      expect(fake.clock.pending(), 'a visible page does not wake it').to.equal(0);
    });

    it('moved to another place in the page, it keeps running', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, SECOND);
      const elsewhere = document.createElement('div');
      el.parentElement!.after(elsewhere);
      cleanups.push(() => elsewhere.remove());

      elsewhere.append(el); // disconnected and connected again, at the same moment
      await el.updateComplete;
      expect(fake.wakeLock.held, 'the screen is held again').to.equal(true);
      await pass(el, SECOND);
      expect(timerScreen(el).countdown, 'the countdown still moves').to.equal('3 seconds');
    });
  });

  describe('the routine it runs', () => {
    it('an unknown routine id: an alert and one console error naming it', async () => {
      const { el, errors } = await timerWith({ routine: 'neck-basics' });
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(buttonNames(el)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('routine="neck-basics"');
      expect(errors[0]).to.include('back-basics');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors, 'not repeated').to.have.length(1);
    });

    it('exercises="bridge cat-cow" runs those, in that order', async () => {
      const changes = record('knead-exercise-change');
      const { el } = await timerWith({ exercises: 'bridge cat-cow' });
      expect(timerScreen(el).overview).to.deep.equal([
        'Bridge 8 reps, hold 10 s',
        'Cat-cow 8 reps',
      ]);
      await pressButton(el, 'Start');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 1 of 2 2:57 left',
        exercise: 'Bridge',
      });
      await pressButton(el, 'Skip');
      expect(changes).to.deep.equal([
        { id: 'bridge', index: 0 },
        { id: 'cat-cow', index: 1 },
      ]);
    });

    it('names a subset for its exercises, so two timers on a page have their own names', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
          <knead-exercise-timer exercises="bridge cat-cow" .adapters=${fake}></knead-exercise-timer>
        </div>
      `);
      const [whole, subset] = [...page.querySelectorAll('knead-exercise-timer')] as [Timer, Timer];
      await whole.updateComplete;
      await subset.updateComplete;
      expect(landmarkName(whole)).to.equal('Back basics');
      expect(landmarkName(subset)).to.equal('Bridge and Cat-cow');
      expect(timerScreen(subset).heading).to.equal('Bridge and Cat-cow');
      await expect(page).to.be.accessible();
    });

    it('an unknown id in exercises is reported once and left out', async () => {
      const { el, errors } = await timerWith({ exercises: 'bridge plank cat-cow' });
      expect(timerScreen(el).overview).to.deep.equal([
        'Bridge 8 reps, hold 10 s',
        'Cat-cow 8 reps',
      ]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('exercises="plank"');
      await pressButton(el, 'Start');
      await pass(el, 5 * SECOND);
      expect(errors, 'once, however often it renders').to.have.length(1);
    });

    it('exercises with 10,000 ids: at most 40, and one message each for the rest and the unknown', async () => {
      const ids = [...Array(5000).fill('bridge'), ...Array(5000).fill('plank')].join(' ');
      const { el, errors } = await timerWith({ exercises: ids });
      expect(timerScreen(el).overview).to.have.length(40);
      expect(errors).to.have.length(2);
      expect(errors.find((error) => error.includes('at most 40'))).to.include('4960 more');
      const unknown = errors.find((error) => error.includes('unknown'))!;
      expect(unknown).to.include('exercises="plank"');
      expect(unknown.length, 'one short message').to.be.below(300);
    });

    it('exercises with no known id at all: the error message, not the whole routine, and the ids named', async () => {
      const { el, errors } = await timerWith({ exercises: 'plank lunge' });
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(timerScreen(el).overview).to.deep.equal([]);
      expect(buttonNames(el)).to.deep.equal([]);
      expect(el.status).to.equal('idle');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('exercises="plank, lunge"');
      expect(errors[0]).to.include('none to run');
      await expect(el).to.be.accessible();

      el.exercises = 'bridge';
      await el.updateComplete;
      expect(timerScreen(el).overview, 'a known id runs again').to.deep.equal([
        'Bridge 8 reps, hold 10 s',
      ]);
    });

    it('a routine from a JSON child: built-in ids, a changed dose and a new exercise', async () => {
      const starts = record('knead-exercise-start');
      const { el, errors } = await timerWithJson(
        JSON.stringify({
          id: 'desk-break',
          name: 'Desk break',
          prepareSeconds: 3,
          exercises: [
            'cat-cow',
            { id: 'bridge', reps: 4 },
            {
              id: 'chin-tuck',
              name: 'Chin tuck',
              steps: ['Sit tall.', 'Draw your chin straight back.'],
              reps: 5,
              repSeconds: 2,
              holdSeconds: 5,
            },
          ],
        }),
      );
      expect(errors).to.deep.equal([]);
      expect(timerScreen(el).heading).to.equal('Desk break');
      expect(timerScreen(el).overview).to.deep.equal([
        'Cat-cow 8 reps',
        'Bridge 4 reps, hold 10 s',
        'Chin tuck 5 reps, hold 5 s',
      ]);
      await pressButton(el, 'Start');
      expect(starts).to.deep.equal([{ routine: 'desk-break' }]);
      expect(timerScreen(el)).to.include({ exercise: 'Cat-cow', countdown: '3 seconds' });
      await pressButton(el, 'Skip');
      await pressButton(el, 'Skip');
      await pass(el, 3 * SECOND);
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 3 of 3 0:35 left',
        exercise: 'Chin tuck',
        phase: 'Move',
        rep: 'Rep 1 of 5',
        next: 'Last exercise',
      });
      expect(timerScreen(el).steps).to.deep.equal(['Sit tall.', 'Draw your chin straight back.']);
    });

    it('a routine set as the property wins over the JSON child, which runs again once it is unset', async () => {
      const json = jsonChild({ id: 'desk-break', name: 'Desk break', exercises: ['bridge'] });
      const { el, errors } = await timerWith({}, { routine: SIDES_ROUTINE, children: [json] });
      expect(errors).to.deep.equal([]);
      expect(timerScreen(el).heading).to.equal('Hip side');
      await pressButton(el, 'Start');

      el.routine = 'back-basics';
      await el.updateComplete;
      expect(timerScreen(el).heading, 'then the JSON child').to.equal('Desk break');
      expect(el.status, 'another routine starts afresh').to.equal('idle');
    });

    it('an invalid JSON routine: an alert and console errors naming each JSON path', async () => {
      const { el, errors } = await timerWithJson(
        JSON.stringify({
          name: 'Broken',
          exercises: [
            { id: 'bridge', reps: 0 },
            { id: 'wall-sit', name: 'Wall sit', repSeconds: 2, holdSeconds: 900 },
          ],
        }),
      );
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(errors.some((e) => e.includes('exercises[0].reps=0'))).to.equal(true);
      expect(errors.some((e) => e.includes('exercises[1].reps'))).to.equal(true);
      expect(errors.some((e) => e.includes('exercises[1].holdSeconds=900'))).to.equal(true);
      expect(errors).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('JSON that does not parse: an alert and one console error', async () => {
      const { el, errors } = await timerWithJson('{ "exercises": [ "bridge", ] ');
      expect(timerScreen(el).message).to.include('could not be loaded');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('script[type="application/json"]');
    });

    it('hostile strings in a routine show as text and never run', async () => {
      const [image, script] = HOSTILE_STRINGS;
      const { el } = await timerWithJson(
        JSON.stringify({
          name: image,
          exercises: [
            {
              id: 'odd',
              name: script,
              steps: [image, script],
              breathing: image,
              reps: 1,
              repSeconds: 2,
            },
          ],
        }),
      );
      expect(timerScreen(el).heading).to.equal(image);
      expect(timerScreen(el).overview).to.deep.equal([`${script} 1 rep`]);
      await pressButton(el, 'Start');
      expect(timerScreen(el).exercise).to.equal(script);
      expect(timerScreen(el).steps).to.deep.equal([image, script]);
      expect(timerScreen(el).breathing).to.equal(image);
      expect(timerScreen(el).announcement).to.equal(`Get ready: ${script}. 5 seconds.`);
      expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
      await letHostileCodeRun();
      expect(window.__pwned).to.equal(undefined);
    });

    it('a hostile routine attribute is named in the console, not run', async () => {
      const [image] = HOSTILE_STRINGS;
      const { el, errors } = await timerWith({ routine: image });
      expect(timerScreen(el).message).to.include('could not be loaded');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(JSON.stringify(image));
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      await letHostileCodeRun();
      expect(window.__pwned).to.equal(undefined);
    });

    it('heading-level sets the heading levels; a bad one falls back to 2 and is named', async () => {
      const { el } = await timerWith({ 'heading-level': '3' });
      expect(timerScreen(el).headingLevel).to.equal('3');
      await pressButton(el, 'Start');
      expect(part(el, 'exercise')!.getAttribute('aria-level'), 'the exercise one below').to.equal(
        '4',
      );

      const { el: bad, errors } = await timerWith(
        { 'heading-level': '9' },
        { adapters: fakeAdapters() },
      );
      expect(timerScreen(bad).headingLevel).to.equal('2');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="9"');
    });
  });

  describe('motion', function () {
    // Emulating the setting needs the Chrome DevTools Protocol, which Firefox lacks.
    before(function () {
      if (navigator.userAgent.includes('Firefox')) this.skip();
    });
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    /** How the phase name enters and whether the ring animates between its steps. */
    const motion = (el: Timer) => {
      const phase = getComputedStyle(part(el, 'phase')!);
      const fill = getComputedStyle(el.shadowRoot!.querySelector('.fill')!);
      // Reduced motion cuts any transition to 0.01 ms (baseStyles): count that as none.
      const ring = parseFloat(fill.transitionDuration) < 0.001 ? 'still' : fill.transitionDuration;
      return { entrance: phase.animationName, ring };
    };

    it('the ring steps without animating; a new phase name eases in', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(motion(el)).to.deep.equal({ entrance: 'knead-phase-in', ring: 'still' });
    });

    it('with reduced motion, nothing moves but the numbers', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(motion(el)).to.deep.equal({ entrance: 'none', ring: 'still' });
    });
  });

  describe('accessibility in every state', () => {
    it('getting ready, moving, holding and paused', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(timerScreen(el).phase).to.equal('Get ready');
      await expect(el).to.be.accessible();
      await pass(el, 5 * SECOND);
      expect(timerScreen(el).phase).to.equal('Move');
      await expect(el).to.be.accessible();
      await pressButton(el, 'Skip');
      await pass(el, 7 * SECOND);
      expect(timerScreen(el).phase).to.equal('Hold');
      await expect(el).to.be.accessible();
      await pressButton(el, 'Pause');
      await expect(el).to.be.accessible();
    });

    it('switching sides and resting', async () => {
      const el = await timerFor(SIDES_ROUTINE);
      await pressButton(el, 'Start');
      await pass(el, 13 * SECOND);
      expect(timerScreen(el).phase).to.equal('Switch sides');
      await expect(el).to.be.accessible();
      await pass(el, 14 * SECOND);
      expect(timerScreen(el).phase).to.equal('Rest');
      await expect(el).to.be.accessible();
    });

    it('done', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 6);
      expect(el.status).to.equal('done');
      await expect(el).to.be.accessible();
    });

    it('an unknown routine', async () => {
      const { el } = await timerWith({ routine: 'nope' });
      expect(timerScreen(el).message).to.include('could not be loaded');
      await expect(el).to.be.accessible();
    });

    it('with theme="dark": light text, accessible idle, running and done', async () => {
      const { el } = await timerWith({ theme: 'dark' });
      expect(luminance(getComputedStyle(part(el, 'heading')!).color) > 0.5, 'light text').to.equal(
        true,
      );
      await expect(el).to.be.accessible();
      await pressButton(el, 'Start');
      await pass(el, 5 * SECOND);
      await expect(el).to.be.accessible();
      await skipAhead(el, 6);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('bubble and are composed: the document hears them from inside a shadow root', async () => {
      const seen: string[] = [];
      for (const type of [
        'knead-exercise-start',
        'knead-exercise-change',
        'knead-exercise-pause',
        'knead-exercise-complete',
      ] as const) {
        const listener = (event: Event) => {
          if (event.bubbles && event.composed) seen.push(event.type);
        };
        document.addEventListener(type, listener);
        cleanups.push(() => document.removeEventListener(type, listener));
      }
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('knead-exercise-timer');
      el.adapters = fake;
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;

      await pressButton(el, 'Start');
      await pressButton(el, 'Pause');
      await pressButton(el, 'Resume');
      await pressButton(el, 'Skip');
      await pass(el, BACK.totalMs);
      expect(seen).to.deep.equal([
        'knead-exercise-start',
        'knead-exercise-change',
        'knead-exercise-pause',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-complete',
      ]);
    });
  });
});
