/**
 * Probes for the timer's browser adapter tests: waiting a moment, promises the test settles
 * by hand, the promise rejections nobody handled, a global replaced for a while, and a
 * speech synthesis that only writes down what it was asked to say.
 */
import { captureConsole } from '../helpers/console.js';

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Lets pending promise callbacks and a task or two run. */
export const settle = () => wait(5);

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Runs `run`, then reports the promise rejections nobody handled meanwhile (and keeps them
 * off the console). The adapters fire and forget promises; a rejection they forgot to catch
 * would show up here.
 */
export async function unhandledRejections(run: () => unknown): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    seen.push(event.reason);
  };
  window.addEventListener('unhandledrejection', listener);
  try {
    // The test runner logs such rejections as console errors: silenced, as they are counted.
    await captureConsole('error', async () => {
      await run();
      await wait(30);
    });
  } finally {
    window.removeEventListener('unhandledrejection', listener);
  }
  return seen;
}

/** Replaces `target[name]` (own or inherited) while `run` runs, then puts it back. */
export async function withProperty<T>(
  target: object,
  name: string,
  value: unknown,
  run: () => T | Promise<T>,
): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  }
}

/** A fake `speechSynthesis` recording calls in order. */
export function fakeSynthesis() {
  const calls: string[] = [];
  const utterances: SpeechSynthesisUtterance[] = [];
  const synthesis = {
    speak(utterance: SpeechSynthesisUtterance) {
      calls.push(`speak:${utterance.text}`);
      utterances.push(utterance);
    },
    cancel() {
      calls.push('cancel');
    },
  };
  return { synthesis: synthesis as unknown as SpeechSynthesis, calls, utterances };
}
