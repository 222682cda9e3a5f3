/**
 * Which cue a moment of the routine calls for, given what the timer showed at its last
 * look. Pure: the element only plays what this says. A cue is given only for a change that
 * is happening now; a tab that slept through a phase or the end says where it is, quietly.
 */
import type { Beep } from './sound.js';
import type { RunStatus, TimerState } from './timer-machine.js';
import { countdownSeconds } from './timer-text.js';

/** What the timer showed at a look. */
export interface Seen {
  readonly phaseIndex: number;
  readonly second: number;
  readonly status: RunStatus;
}

export interface Cue {
  /** Say the phase's sentence (live region, and voice when on). */
  readonly announce: boolean;
  /** The beep to play, when sound is on. */
  readonly beep?: Beep | undefined;
}

/** A change is cued only this soon after it happened. */
export const CUE_WINDOW_MS = 1000;
/** A countdown beep only this close to its second (ticks may come late, never early). */
export const COUNT_WINDOW_MS = 250;
/** Beeps count down the last three seconds of phases longer than this. */
export const COUNTDOWN_FROM_MS = 3000;

const NONE: Cue = { announce: false };

/** What the view shows, to compare with the next look. */
export const seen = (view: TimerState): Seen => ({
  phaseIndex: view.phaseIndex,
  second: countdownSeconds(view.phaseLeftMs),
  status: view.status,
});

/** The cue for `view`, given the last look (undefined: nothing shown of this run yet). */
export function cueFor(last: Seen | undefined, view: TimerState): Cue {
  const fresh = view.intoPhaseMs < CUE_WINDOW_MS;
  switch (view.status) {
    case 'idle':
    case 'paused':
      return NONE;
    case 'done':
      return last?.status === 'done' ? NONE : { announce: true, beep: fresh ? 'done' : undefined };
  }
  // Running: a new phase, or going again after a pause, says where the routine is.
  if (last?.phaseIndex !== view.phaseIndex || last.status !== 'running')
    return { announce: true, beep: fresh ? 'phase' : undefined };
  const second = countdownSeconds(view.phaseLeftMs);
  const counting =
    second !== last.second &&
    second >= 1 &&
    second <= 3 &&
    // A countdown only where it helps: in short phases it would beep every second.
    view.phase.durationMs > COUNTDOWN_FROM_MS &&
    second * 1000 - view.phaseLeftMs < COUNT_WINDOW_MS;
  return counting ? { announce: false, beep: 'count' } : NONE;
}
