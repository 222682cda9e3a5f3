/**
 * The timer's clock: wall-clock time and one-shot timeouts. Injected, so tests drive the
 * timer with a fake clock. Wall-clock (`Date.now`) time, because it keeps counting while a
 * device sleeps and means the same across a reload.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
