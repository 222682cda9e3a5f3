/**
 * The browser services the timer uses, each replaceable: tests and stories pass fakes, and
 * a page may pass its own. What is not given is the browser's own, made on first use, one
 * set per timer (each closes its own audio), never at construction.
 */
import { systemClock, type Clock } from './clock.js';
import { webAudioSound, type Sound } from './sound.js';
import { speechVoice, type Voice } from './voice.js';
import { screenWakeLock, type ScreenLock } from './wake-lock.js';

/** The browser services the timer uses, each replaceable (tests pass fakes). */
export interface TimerAdapters {
  readonly clock: Clock;
  readonly sound: Sound;
  readonly voice: Voice;
  readonly wakeLock: ScreenLock;
  /** Opens the browser's print dialog (the routine's handout). */
  readonly print: () => void;
}

/** The services in use: those `given` returns, filled in with the browser's own. */
export function adaptersFrom(given: () => Partial<TimerAdapters>): () => TimerAdapters {
  let browser: TimerAdapters | undefined;
  return () => {
    browser ??= {
      clock: systemClock,
      sound: webAudioSound(),
      voice: speechVoice(),
      wakeLock: screenWakeLock(),
      print: () => window.print(),
    };
    const { clock, sound, voice, wakeLock, print } = given();
    return {
      clock: clock ?? browser.clock,
      sound: sound ?? browser.sound,
      voice: voice ?? browser.voice,
      wakeLock: wakeLock ?? browser.wakeLock,
      print: print ?? browser.print,
    };
  };
}
