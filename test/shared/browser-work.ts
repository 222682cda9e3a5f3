/**
 * What browser work code starts while `run` runs (and in the microtasks it queues): timers,
 * observers, storage, media queries, listeners on the page, console output. An element must
 * start none of it before it is connected, so that it can be constructed on a server.
 */

type Spied = [owner: object, name: string];

const spied = (): Spied[] => [
  [globalThis, 'setTimeout'],
  [globalThis, 'setInterval'],
  [globalThis, 'requestAnimationFrame'],
  [globalThis, 'requestIdleCallback'],
  [globalThis, 'MutationObserver'],
  [globalThis, 'ResizeObserver'],
  [globalThis, 'IntersectionObserver'],
  [globalThis, 'matchMedia'],
  [globalThis, 'fetch'],
  [window, 'addEventListener'],
  [document, 'addEventListener'],
  [Storage.prototype, 'getItem'],
  [Storage.prototype, 'setItem'],
  [HTMLElement.prototype, 'attachInternals'],
  ...(['log', 'info', 'debug', 'warn', 'error'] as const).map((level): Spied => [console, level]),
];

/** The names of the browser APIs used while `run` ran, in order; empty when none was. */
export async function browserWorkDuring(run: () => unknown): Promise<string[]> {
  const used: string[] = [];
  const restore: (() => void)[] = [];
  for (const [owner, name] of spied()) {
    const original = (owner as Record<string, unknown>)[name];
    if (typeof original !== 'function') continue;
    const record = (label: string) => used.push(label);
    // A function that also works with `new`, for the observers.
    const spy = function (this: unknown, ...args: unknown[]) {
      record(name);
      return new.target
        ? Reflect.construct(original as new (...a: unknown[]) => unknown, args, new.target)
        : (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(owner, name, { value: spy, configurable: true, writable: true });
    restore.push(() =>
      Object.defineProperty(owner, name, { value: original, configurable: true, writable: true }),
    );
  }
  try {
    await run();
    // Work queued in microtasks counts too.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return used;
}
