// The exercise timer's browser adapters (clock, Web Audio beeps, speech, Screen Wake Lock),
// each driven through a fake of the browser API it wraps: no real sound, speech or lock.
import { expect } from '@open-wc/testing';
import { systemClock } from '../../src/exercise-timer/clock.js';
import { webAudioSound, type Beep } from '../../src/exercise-timer/sound.js';
import { speechVoice } from '../../src/exercise-timer/voice.js';
import { screenWakeLock } from '../../src/exercise-timer/wake-lock.js';
import { captureConsole } from '../helpers/console.js';

// Helpers -----------------------------------------------------------------------------------

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Lets pending promise callbacks and a task or two run. */
const settle = () => wait(5);

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}
function deferred<T>(): Deferred<T> {
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
async function unhandledRejections(run: () => unknown): Promise<unknown[]> {
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
async function withProperty<T>(
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

// A fake Web Audio ----------------------------------------------------------------------------

class FakeOscillator {
  readonly frequency = { value: 0 };
  readonly starts: number[] = [];
  readonly stops: number[] = [];
  readonly connections: unknown[] = [];
  connect<T>(node: T): T {
    this.connections.push(node);
    return node;
  }
  start(at: number) {
    this.starts.push(at);
  }
  stop(at: number) {
    this.stops.push(at);
  }
}

class FakeGain {
  /** [method, value, time] for every automation call. */
  readonly events: Array<[string, number, number]> = [];
  readonly connections: unknown[] = [];
  readonly gain = {
    setValueAtTime: (value: number, time: number) => {
      this.events.push(['set', value, time]);
      return this.gain;
    },
    exponentialRampToValueAtTime: (value: number, time: number) => {
      this.events.push(['ramp', value, time]);
      return this.gain;
    },
  };
  connect<T>(node: T): T {
    this.connections.push(node);
    return node;
  }
}

interface FakeAudioOptions {
  /** How the first constructions go wrong: they throw. */
  failingConstructions?: number;
  /** `run` (default): the context runs once resumed; `refuse`: resume rejects (no tap). */
  resume?: 'run' | 'refuse' | 'throw';
  closeRejects?: boolean;
}

/** A fake `AudioContext` class; `contexts` lists every context it made. */
function fakeAudio(options: FakeAudioOptions = {}) {
  const contexts: FakeContext[] = [];
  let constructions = 0;
  class FakeContext {
    state: AudioContextState = 'suspended';
    currentTime = 12.5;
    readonly destination = { name: 'destination' };
    resumes = 0;
    closes = 0;
    readonly oscillators: FakeOscillator[] = [];
    readonly gains: FakeGain[] = [];
    constructor() {
      constructions++;
      if (constructions <= (options.failingConstructions ?? 0))
        throw new DOMException('No audio hardware', 'NotSupportedError');
      contexts.push(this);
    }
    resume(): Promise<void> {
      this.resumes++;
      if (options.resume === 'throw') throw new Error('resume blew up');
      if (options.resume === 'refuse')
        return Promise.reject(new DOMException('Needs a user gesture', 'NotAllowedError'));
      // As in browsers, the state changes when the promise settles, not at the call.
      return Promise.resolve().then(() => {
        if (this.state !== 'closed') this.state = 'running';
      });
    }
    close(): Promise<void> {
      this.closes++;
      this.state = 'closed';
      return options.closeRejects
        ? Promise.reject(new DOMException('Already closed', 'InvalidStateError'))
        : Promise.resolve();
    }
    createOscillator() {
      const oscillator = new FakeOscillator();
      this.oscillators.push(oscillator);
      return oscillator;
    }
    createGain() {
      const gain = new FakeGain();
      this.gains.push(gain);
      return gain;
    }
  }
  return {
    Context: FakeContext as unknown as typeof AudioContext,
    contexts,
    constructions: () => constructions,
  };
}

// Sound -------------------------------------------------------------------------------------

describe('webAudioSound', () => {
  it('makes no audio context and no sound before unlock', async () => {
    const audio = fakeAudio();
    const sound = webAudioSound(audio.Context);
    sound.beep('phase');
    sound.beep('done');
    sound.close();
    await settle();
    expect(audio.constructions()).to.equal(0);
  });

  it('unlock creates one context and resumes it; unlocking again reuses it', async () => {
    const audio = fakeAudio();
    const sound = webAudioSound(audio.Context);
    sound.unlock();
    expect(audio.contexts).to.have.length(1);
    expect(audio.contexts[0]!.resumes).to.equal(1);
    await settle();
    expect(audio.contexts[0]!.state).to.equal('running');
    // Every control tap unlocks again (iOS may have suspended the context meanwhile).
    sound.unlock();
    sound.unlock();
    expect(audio.constructions()).to.equal(1);
    expect(audio.contexts[0]!.resumes).to.equal(3);
  });

  it('uses the global AudioContext class by default', async () => {
    const audio = fakeAudio();
    const sound = await withProperty(globalThis, 'AudioContext', audio.Context, () =>
      webAudioSound(),
    );
    sound.unlock();
    await settle();
    sound.beep('count');
    expect(audio.contexts).to.have.length(1);
    expect(audio.contexts[0]!.oscillators).to.have.length(1);
  });

  const expectations: Array<[Beep, number[]]> = [
    ['count', [660]],
    ['phase', [880]],
    ['done', [660, 880, 1175]],
  ];
  for (const [kind, frequencies] of expectations) {
    it(`beep('${kind}') plays ${frequencies.length} note(s), one after the other`, async () => {
      const audio = fakeAudio();
      const sound = webAudioSound(audio.Context);
      sound.unlock();
      await settle();
      const context = audio.contexts[0]!;
      sound.beep(kind);

      expect(context.oscillators.map((o) => o.frequency.value)).to.deep.equal(frequencies);
      expect(context.gains).to.have.length(frequencies.length);
      const starts = context.oscillators.map((o) => {
        expect(o.starts).to.have.length(1);
        expect(o.stops).to.have.length(1);
        return o.starts[0]!;
      });
      // The first note starts now; each next one strictly later, after the last stopped.
      expect(starts[0]).to.equal(context.currentTime);
      context.oscillators.forEach((oscillator, i) => {
        const [start] = oscillator.starts as [number];
        const [stop] = oscillator.stops as [number];
        expect(stop, `note ${i} stops after it starts`).to.be.greaterThan(start);
        if (i > 0) {
          expect(start, `note ${i} starts later`).to.be.greaterThan(starts[i - 1]!);
          expect(start, `note ${i} after the last stopped`).to.be.at.least(
            context.oscillators[i - 1]!.stops[0]!,
          );
        }
        // oscillator → its own gain → the speakers.
        const gain = context.gains[i]!;
        expect(oscillator.connections).to.deep.equal([gain]);
        expect(gain.connections).to.deep.equal([context.destination]);
        // The envelope rises from near silence at the note's start and falls back to it
        // before the oscillator stops: no clicks.
        const [first, ...rest] = gain.events;
        expect(first).to.deep.equal(['set', 0.0001, start]);
        expect(Math.max(...gain.events.map(([, value]) => value))).to.be.within(0.05, 1);
        const last = rest.at(-1)!;
        expect(last[1]).to.be.below(0.001);
        expect(last[2]).to.be.within(start, stop);
      });
    });
  }

  it('tells count, phase and done apart by pitch, done rising', async () => {
    const audio = fakeAudio();
    const sound = webAudioSound(audio.Context);
    sound.unlock();
    await settle();
    sound.beep('done');
    const pitches = audio.contexts[0]!.oscillators.map((o) => o.frequency.value);
    expect(pitches).to.deep.equal([...pitches].sort((a, b) => a - b));
    expect(new Set(pitches).size).to.equal(pitches.length);
  });

  it('beeps nothing while the context is not running, and again once it runs', async () => {
    const audio = fakeAudio({ resume: 'refuse' });
    const sound = webAudioSound(audio.Context);
    // A resume refused (no tap) must not surface as an unhandled rejection.
    const rejections = await unhandledRejections(() => sound.unlock());
    expect(rejections).to.deep.equal([]);
    const context = audio.contexts[0]!;
    expect(context.state).to.equal('suspended');
    sound.beep('phase');
    context.state = 'interrupted' as AudioContextState;
    sound.beep('count');
    expect(context.oscillators).to.have.length(0);
    context.state = 'running';
    sound.beep('phase');
    expect(context.oscillators).to.have.length(1);
  });

  it('beeps nothing when resume itself throws, and does not throw', async () => {
    const audio = fakeAudio({ resume: 'throw' });
    const sound = webAudioSound(audio.Context);
    expect(() => sound.unlock()).not.to.throw();
    await settle();
    expect(() => sound.beep('done')).not.to.throw();
    expect(audio.contexts.flatMap((c) => c.oscillators)).to.have.length(0);
  });

  it('close closes the context; later beeps do nothing; a later unlock starts afresh', async () => {
    const audio = fakeAudio();
    const sound = webAudioSound(audio.Context);
    sound.unlock();
    await settle();
    const first = audio.contexts[0]!;
    sound.close();
    expect(first.closes).to.equal(1);
    expect(first.state).to.equal('closed');
    sound.beep('phase');
    sound.beep('done');
    expect(first.oscillators).to.have.length(0);
    // Closing twice closes nothing more and does not throw.
    expect(() => sound.close()).not.to.throw();
    expect(first.closes).to.equal(1);
    // The element closes on disconnect; put back in the page, a tap unlocks a new context.
    sound.unlock();
    await settle();
    expect(audio.contexts).to.have.length(2);
    sound.beep('count');
    expect(audio.contexts[1]!.oscillators).to.have.length(1);
    expect(first.oscillators).to.have.length(0);
  });

  it('a close the browser rejects is not an unhandled rejection', async () => {
    const audio = fakeAudio({ closeRejects: true });
    const sound = webAudioSound(audio.Context);
    sound.unlock();
    await settle();
    const rejections = await unhandledRejections(() => sound.close());
    expect(audio.contexts[0]!.closes).to.equal(1);
    expect(rejections).to.deep.equal([]);
  });

  it('does nothing, and throws nothing, without an AudioContext class', async () => {
    const sound = await withProperty(globalThis, 'AudioContext', undefined, () => webAudioSound());
    expect(() => {
      sound.unlock();
      sound.beep('phase');
      sound.beep('done');
      sound.close();
    }).not.to.throw();
  });

  it('survives a constructor that throws, and tries again at the next unlock', async () => {
    const audio = fakeAudio({ failingConstructions: 1 });
    const sound = webAudioSound(audio.Context);
    expect(() => sound.unlock()).not.to.throw();
    expect(audio.constructions()).to.equal(1);
    expect(audio.contexts).to.have.length(0);
    expect(() => sound.beep('phase')).not.to.throw();
    expect(() => sound.close()).not.to.throw();
    sound.unlock();
    expect(audio.constructions()).to.equal(2);
    await settle();
    sound.beep('phase');
    expect(audio.contexts[0]!.oscillators).to.have.length(1);
  });
});

// Voice -------------------------------------------------------------------------------------

/** A fake `speechSynthesis` recording calls in order. */
function fakeSynthesis() {
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

describe('speechVoice', () => {
  it('cuts the previous cue short, then speaks the new one in the given language', () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    voice.speak('Get ready', 'en-GB');
    voice.speak('Hold', 'fr');
    expect(fake.calls).to.deep.equal(['cancel', 'speak:Get ready', 'cancel', 'speak:Hold']);
    expect(fake.utterances[0]).to.be.instanceOf(SpeechSynthesisUtterance);
    expect(fake.utterances.map((u) => [u.text, u.lang])).to.deep.equal([
      ['Get ready', 'en-GB'],
      ['Hold', 'fr'],
    ]);
  });

  it('leaves the language to the browser when it is empty', async () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    const assigned: string[] = [];
    // The real class, with its `lang` setter watched.
    class WatchedUtterance extends SpeechSynthesisUtterance {
      override set lang(value: string) {
        assigned.push(value);
        super.lang = value;
      }
      override get lang(): string {
        return super.lang;
      }
    }
    await withProperty(globalThis, 'SpeechSynthesisUtterance', WatchedUtterance, () => {
      voice.speak('Rest', '');
      expect(fake.calls).to.deep.equal(['cancel', 'speak:Rest']);
      expect(fake.utterances[0]).to.be.instanceOf(WatchedUtterance);
      expect(assigned).to.deep.equal([]);
      expect(fake.utterances[0]!.lang).to.equal('');
      voice.speak('Move', 'de');
      expect(assigned).to.deep.equal(['de']);
    });
  });

  it('cancel stops speech', () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    voice.cancel();
    expect(fake.calls).to.deep.equal(['cancel']);
  });

  it('uses the global speechSynthesis by default', async () => {
    const fake = fakeSynthesis();
    const voice = await withProperty(globalThis, 'speechSynthesis', fake.synthesis, () =>
      speechVoice(),
    );
    voice.speak('Switch sides', 'en');
    expect(fake.calls).to.deep.equal(['cancel', 'speak:Switch sides']);
  });

  it('does nothing, and throws nothing, without speech synthesis', async () => {
    const voice = await withProperty(globalThis, 'speechSynthesis', undefined, () => speechVoice());
    expect(() => {
      voice.speak('Rest', 'en');
      voice.cancel();
    }).not.to.throw();
  });

  it('speaks nothing where utterances cannot be made', async () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    await withProperty(globalThis, 'SpeechSynthesisUtterance', undefined, () => {
      expect(() => voice.speak('Rest', 'en')).not.to.throw();
    });
    expect(fake.calls).to.deep.equal([]);
  });
});

// Wake lock ---------------------------------------------------------------------------------

class FakeSentinel {
  released = false;
  releases = 0;
  constructor(private readonly rejectRelease = false) {}
  release(): Promise<void> {
    this.releases++;
    this.released = true;
    return this.rejectRelease
      ? Promise.reject(new DOMException('gone', 'InvalidStateError'))
      : Promise.resolve();
  }
}

/** A fake `navigator.wakeLock`: each request waits until the test grants or refuses it. */
function fakeWakeLock() {
  const requests: Array<{ type: string } & Deferred<FakeSentinel>> = [];
  const wakeLock = {
    request(type: string) {
      const pending = deferred<FakeSentinel>();
      requests.push({ type, ...pending });
      return pending.promise;
    },
  };
  return { wakeLock: wakeLock as unknown as WakeLock, requests };
}

/**
 * A screen lock over a fake `navigator.wakeLock`; `grant(n)` grants its nth request with a
 * new sentinel (whose release rejects when `rejectRelease`) and lets it arrive.
 */
function lockOverFake() {
  const fake = fakeWakeLock();
  const lock = screenWakeLock(fake.wakeLock);
  const grant = async (index = 0, rejectRelease = false) => {
    const sentinel = new FakeSentinel(rejectRelease);
    fake.requests[index]!.resolve(sentinel);
    await settle();
    return sentinel;
  };
  return { fake, lock, grant };
}

describe('screenWakeLock', () => {
  it("asks once for the 'screen' lock, even when asked twice while pending", async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.request();
    expect(fake.requests.map((r) => r.type)).to.deep.equal(['screen']);
    // Once held, the timer's every-second request asks nothing more.
    const sentinel = await grant();
    lock.request();
    expect(fake.requests).to.have.length(1);
    expect(sentinel.releases).to.equal(0);
  });

  it('release gives back the held lock, and a later request asks again', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    const sentinel = await grant();
    lock.release();
    expect(sentinel.releases).to.equal(1);
    lock.release();
    expect(sentinel.releases).to.equal(1);
    lock.request();
    expect(fake.requests).to.have.length(2);
  });

  it('release while the request is pending releases the lock when it arrives', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    const sentinel = await grant();
    expect(sentinel.releases).to.equal(1);
    // Not kept either: a new request really asks again.
    lock.request();
    expect(fake.requests).to.have.length(2);
  });

  it('release then request while pending keeps the lock when it arrives', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    lock.request();
    expect(fake.requests).to.have.length(1);
    const sentinel = await grant();
    expect(sentinel.releases).to.equal(0);
    lock.release();
    expect(sentinel.releases).to.equal(1);
  });

  it('a late lock given back is not an unhandled rejection when release rejects', async () => {
    const { lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    let late: FakeSentinel | undefined;
    const rejections = await unhandledRejections(async () => {
      late = await grant(0, true);
      // The same on the ordinary path.
      lock.request();
      const held = await grant(1, true);
      lock.release();
      expect(held.releases).to.equal(1);
    });
    expect(late?.releases).to.equal(1);
    expect(rejections).to.deep.equal([]);
  });

  it('asks again after the browser released the lock (page hidden)', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    const sentinel = await grant();
    lock.request();
    expect(fake.requests).to.have.length(1);
    sentinel.released = true; // what the browser does when the page is hidden
    lock.request();
    expect(fake.requests).to.have.length(2);
    const again = await grant(1);
    lock.release();
    expect(again.releases).to.equal(1);
  });

  it('a refused request throws nothing and a later request asks again', async () => {
    const { fake, lock } = lockOverFake();
    const rejections = await unhandledRejections(async () => {
      lock.request();
      fake.requests[0]!.reject(new DOMException('Battery saver', 'NotAllowedError'));
      await settle();
    });
    expect(rejections).to.deep.equal([]);
    lock.request();
    expect(fake.requests).to.have.length(2);
    expect(() => lock.release()).not.to.throw();
  });

  it('uses navigator.wakeLock by default', async () => {
    const fake = fakeWakeLock();
    const lock = await withProperty(navigator, 'wakeLock', fake.wakeLock, () => screenWakeLock());
    lock.request();
    expect(fake.requests).to.have.length(1);
  });

  it('does nothing, and throws nothing, without the API', async () => {
    const lock = await withProperty(navigator, 'wakeLock', undefined, () => screenWakeLock());
    expect(() => {
      lock.request();
      lock.request();
      lock.release();
    }).not.to.throw();
  });
});

// Clock -------------------------------------------------------------------------------------

describe('systemClock', () => {
  it('reads wall-clock time', () => {
    const before = Date.now();
    const now = systemClock.now();
    const after = Date.now();
    expect(now).to.be.within(before, after);
  });

  it('setTimeout calls back once, not before the delay', async () => {
    const started = Date.now();
    let calls = 0;
    let at = 0;
    systemClock.setTimeout(() => {
      calls++;
      at = Date.now();
    }, 20);
    await wait(5);
    expect(calls).to.equal(0);
    await wait(100);
    expect(calls).to.equal(1);
    // Date.now counts whole ms: allow 1 ms of rounding.
    expect(at - started).to.be.at.least(19);
  });

  it('clearTimeout cancels a pending callback', async () => {
    let cancelled = 0;
    let kept = 0;
    const handle = systemClock.setTimeout(() => cancelled++, 10);
    systemClock.setTimeout(() => kept++, 10);
    systemClock.clearTimeout(handle);
    await wait(60);
    expect(cancelled).to.equal(0);
    expect(kept).to.equal(1);
    expect(() => systemClock.clearTimeout(undefined)).not.to.throw();
  });
});

// The probe the rejection checks above rely on must itself see a forgotten rejection.
describe('unhandledRejections (test helper)', () => {
  it('sees a rejection nobody handles', async () => {
    const seen = await unhandledRejections(() => {
      void Promise.reject(new Error('forgotten'));
    });
    expect(seen).to.have.length(1);
  });
});
