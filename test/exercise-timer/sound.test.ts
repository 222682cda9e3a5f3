// The timer's Web Audio beeps, driven through a fake AudioContext: no real sound.
import { expect } from '@open-wc/testing';
import { webAudioSound, type Beep } from '../../src/exercise-timer/sound.js';
import { settle, unhandledRejections, withProperty } from './adapter-probes.js';

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
