/**
 * The exercise timer's public commands, each a move of the timer machine (timer-machine.ts)
 * that the element applies to its run: what a page's own buttons, the timer's buttons and
 * its keys all call.
 */
import { KneadElement } from '../shared/knead-element.js';
import type { Schedule } from './schedule.js';
import * as machine from './timer-machine.js';
import type { Run } from './timer-machine.js';

/** A move of the run: the machine's function for it. */
export type TimerMove = (schedule: Schedule, run: Run, now: number) => Run;

export abstract class TimerCommands extends KneadElement {
  /**
   * Applies `move` to the run now; `unlock`: the move may start the routine, so audio is
   * unlocked first, inside the visitor's tap.
   */
  protected abstract apply(move: TimerMove, unlock?: boolean): void;

  /** Starts from the top (or resumes when paused). */
  start(): void {
    this.apply(machine.start, true);
  }

  pause(): void {
    this.apply(machine.pause);
  }

  resume(): void {
    this.apply(machine.resume, true);
  }

  /** Pauses when running; otherwise starts or resumes. */
  togglePause(): void {
    this.apply(machine.toggle, true);
  }

  /** To the next exercise. */
  skip(): void {
    this.apply(machine.skip);
  }

  /** To the start of this exercise, or near its start to the one before. */
  previous(): void {
    this.apply(machine.previous);
  }

  /** From the top, running. */
  restart(): void {
    this.apply(machine.restart, true);
  }
}
