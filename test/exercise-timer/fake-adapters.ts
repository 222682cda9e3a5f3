/**
 * Stand-ins for the browser services `<knead-exercise-timer>` uses: a clock the test moves
 * by hand, and sound, voice and screen-lock fakes that only write down what they were
 * asked to do, so a test can say what a visitor would have heard and seen; and a page
 * hidden or shown, as switching tabs does.
 */
import type { Clock } from '../../src/exercise-timer/clock.js';
import type { Beep, Sound } from '../../src/exercise-timer/sound.js';
import type { Voice } from '../../src/exercise-timer/voice.js';
import type { ScreenLock } from '../../src/exercise-timer/wake-lock.js';
import type { TimerAdapters } from '../../src/exercise-timer/exercise-timer.js';

/** Monday 5 January 2026, 09:00 UTC: a fixed, realistic wall-clock start. */
export const FAKE_START_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

interface Timeout {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

/** Lets promise callbacks already queued run (a Lit update is a few microtasks away). */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A clock that stands still until the test moves it. */
export class FakeClock implements Clock {
  private time: number;
  private lastId = 0;
  private readonly timeouts = new Map<number, Timeout>();

  constructor(start = FAKE_START_MS) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = ++this.lastId;
    this.timeouts.set(id, { id, at: this.time + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timeouts.delete(handle as number);
  }

  /** How many timeouts are waiting to fire. */
  pending(): number {
    return this.timeouts.size;
  }

  /**
   * Moves time on by `ms`, firing each timeout that falls due, in order, at its own moment
   * (timeouts a callback sets count too). After each one it awaits `settle`, so work the
   * callback started (an element's update, which sets the next timeout) finishes first.
   */
  async advance(ms: number, settle: () => Promise<unknown> = flushMicrotasks): Promise<void> {
    const target = this.time + ms;
    for (let due = this.nextDue(target); due; due = this.nextDue(target)) {
      this.timeouts.delete(due.id);
      this.time = due.at;
      due.callback();
      await settle();
    }
    this.time = target;
  }

  /**
   * Moves time on by `ms` without firing anything: what a hidden tab or a sleeping phone
   * sees, where timers do not run but the wall clock does.
   */
  jump(ms: number): void {
    this.time += ms;
  }

  /** The earliest timeout due by `target` (the first set wins a tie). */
  private nextDue(target: number): Timeout | undefined {
    let next: Timeout | undefined;
    for (const timeout of this.timeouts.values()) {
      if (timeout.at <= target && (!next || timeout.at < next.at)) next = timeout;
    }
    return next;
  }
}

/** One beep, and the fake time it sounded at. */
export interface BeepRecord {
  readonly kind: Beep;
  readonly at: number;
}

/** Records beeps (with the time), unlocks and closes; makes no sound. */
export class FakeSound implements Sound {
  readonly beeps: BeepRecord[] = [];
  /** The fake time of each `unlock()`. */
  readonly unlocks: number[] = [];
  closes = 0;

  constructor(private readonly clock: Clock) {}

  unlock(): void {
    this.unlocks.push(this.clock.now());
  }

  beep(kind: Beep): void {
    this.beeps.push({ kind, at: this.clock.now() });
  }

  close(): void {
    this.closes++;
  }
}

/** Records what would have been said, and each cancel; says nothing. */
export class FakeVoice implements Voice {
  readonly spoken: { readonly text: string; readonly lang: string }[] = [];
  cancels = 0;

  speak(text: string, lang: string): void {
    this.spoken.push({ text, lang });
  }

  cancel(): void {
    this.cancels++;
  }

  /** Just the sentences, in order. */
  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }
}

/** Records requests and releases, and whether the screen would be held on now. */
export class FakeScreenLock implements ScreenLock {
  requests = 0;
  releases = 0;
  held = false;

  request(): void {
    this.requests++;
    this.held = true;
  }

  release(): void {
    this.releases++;
    this.held = false;
  }

  /** What the browser does when the page is hidden: it lets the lock go by itself. */
  drop(): void {
    this.held = false;
  }
}

/**
 * Counts print requests instead of opening the print dialog; `during` runs inside each, as
 * the page stands while the browser would lay it out for paper.
 */
export class FakePrinter {
  count = 0;
  during?: () => void;
  readonly print = (): void => {
    this.count++;
    this.during?.();
  };
}

export interface FakeAdapters extends TimerAdapters {
  readonly clock: FakeClock;
  readonly sound: FakeSound;
  readonly voice: FakeVoice;
  readonly wakeLock: FakeScreenLock;
  readonly printer: FakePrinter;
}

/** A fresh set of fakes sharing one fake clock (give a clock to share it with another set). */
export function fakeAdapters(clock = new FakeClock()): FakeAdapters {
  const printer = new FakePrinter();
  return {
    clock,
    sound: new FakeSound(clock),
    voice: new FakeVoice(),
    wakeLock: new FakeScreenLock(),
    printer,
    print: printer.print,
  };
}

/**
 * Makes the page hidden or visible, as switching tabs does, and tells it so. Undo with
 * `Reflect.deleteProperty(document, 'visibilityState')`.
 */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
