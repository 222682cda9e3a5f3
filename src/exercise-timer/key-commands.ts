/**
 * The timer's key handling in the DOM: which press a keydown is, the method it runs (the
 * rules are timer-keys.ts), and where focus stands among the timer's places.
 */
import { keyAction, type FocusSpot, type KeyPlace, type KeyPress } from './timer-keys.js';
import type { RunStatus } from './timer-machine.js';

/**
 * A key press inside the timer, for `keyAction`: the key, whether it repeats, and where it
 * went down (a button, a checkbox, or the timer itself or its text). Undefined with a
 * modifier: Ctrl+Arrow and the like belong to the browser and the screen reader.
 */
export function keyPress(event: KeyboardEvent): KeyPress | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.composedPath()[0];
  const on: KeyPlace =
    target instanceof HTMLButtonElement
      ? 'button'
      : target instanceof HTMLInputElement
        ? 'checkbox'
        : 'timer';
  return { key: event.key, repeat: event.repeat, on };
}

/** The timer's method each key action runs. */
const KEY_COMMANDS = { toggle: 'togglePause', skip: 'skip', previous: 'previous' } as const;

/**
 * The timer's method a key press inside it runs, if any. A key the timer takes (to run a
 * method, or to swallow a repeat) loses its default action.
 */
export function keyCommand(event: KeyboardEvent, status: RunStatus) {
  const press = keyPress(event);
  const action = press && keyAction(press, status);
  if (!action) return undefined;
  event.preventDefault();
  return action === 'ignore' ? undefined : KEY_COMMANDS[action];
}

/** What a key press may call on the timer. */
type KeyTarget = { readonly status: RunStatus } & Record<
  (typeof KEY_COMMANDS)[keyof typeof KEY_COMMANDS],
  () => void
>;

/** The timer's keydown listener: runs the method a key press calls for, once it has a routine. */
export const keyListener =
  (timer: KeyTarget, ready: () => boolean) =>
  (event: KeyboardEvent): void => {
    const command = ready() && keyCommand(event, timer.status);
    if (command) timer[command]();
  };

/** Which of the timer's places `element` (the shadow root's focused element) is. */
export function focusSpot(element: Element | null | undefined): FocusSpot {
  if (!element) return 'elsewhere';
  if (element.matches('button.primary')) return 'primary';
  if (element.matches('[part~="controls"] button')) return 'control';
  return element.matches('[part~="done"]') ? 'closing' : 'elsewhere';
}

/** The element for a focus target of `focusAfter`. */
export const FOCUS_TARGETS = { closing: '[part~="done"]', primary: 'button.primary' } as const;
