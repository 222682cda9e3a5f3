/**
 * What the keyboard does in the timer, as pure rules: which action a key press asks for,
 * and where focus goes when the control under it disappears or changes meaning. The rule
 * behind both: a key pressed again, or held so that it repeats, never does something other
 * than what the visitor pressed. `keyHint` (timer-text.ts) says the same in words.
 */
import type { RunStatus } from './timer-machine.js';

/** Where focus is when a key goes down: the timer itself (or its text), or a control. */
export type KeyPlace = 'timer' | 'button' | 'checkbox';

/** What the timer does for a key: `ignore` swallows it (no default action either). */
export type KeyAction = 'toggle' | 'skip' | 'previous' | 'ignore';

export interface KeyPress {
  readonly key: string;
  /** True for the keydowns a held key sends after the first. */
  readonly repeat: boolean;
  readonly on: KeyPlace;
}

/**
 * The timer's action for a key press; undefined leaves the key to the browser (Space and
 * Enter press a focused button or tick a checkbox, Tab moves on).
 */
export function keyAction({ key, repeat, on }: KeyPress, status: RunStatus): KeyAction | undefined {
  if (key === ' ' || key === 'Enter') {
    // A held Enter would press a button again each repeat: Start would then pause, Pause
    // resume, and Skip at the end start again. Browsers press on Space only once it is up.
    if (on === 'button') return key === 'Enter' && repeat ? 'ignore' : undefined;
    if (on === 'checkbox' || key === 'Enter') return undefined;
    // Space on the timer itself: pause or resume, but never start again once done (that
    // is the "Start again" button), and never flip back and forth while held.
    return repeat || status === 'done' ? 'ignore' : 'toggle';
  }
  if (status === 'idle') return undefined;
  if (key === 'ArrowLeft') return 'previous';
  // Once done there is nothing to skip to.
  if (key === 'ArrowRight' && status !== 'done') return 'skip';
  return undefined;
}

/**
 * Where focus was before an update: the main button (Start, Pause, Resume, Start again),
 * another control of the row (Previous, Skip, Restart), the closing message, or elsewhere.
 */
export type FocusSpot = 'primary' | 'control' | 'closing' | 'elsewhere';

/**
 * Where focus should go after the run went from `before` to `after`; undefined leaves it.
 * At the end, focus on any button goes to the closing message: left on "Start again" (or
 * on a hidden button, which drops it to the page), the next Enter would start the routine
 * again. When the closing message or a hidden button had focus, the main button takes it.
 */
export function focusAfter(
  was: FocusSpot,
  before: RunStatus | undefined,
  after: RunStatus,
): 'closing' | 'primary' | undefined {
  if (after === 'done')
    return before !== 'done' && (was === 'primary' || was === 'control') ? 'closing' : undefined;
  if (was === 'closing' || (was === 'control' && after === 'idle')) return 'primary';
  return undefined;
}
