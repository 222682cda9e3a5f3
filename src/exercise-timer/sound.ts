/**
 * Short beeps at phase changes and in a phase's last seconds, made with Web Audio (no
 * files to download). Browsers, iOS above all, let a page make sound only once a tap has
 * unlocked it (https://developer.chrome.com/blog/autoplay/#web_audio): `unlock` must run
 * inside the visitor's tap.
 */
export type Beep = 'phase' | 'count' | 'done';

export interface Sound {
  /** Call inside a tap or key press: creates or resumes the audio context. */
  unlock(): void;
  beep(kind: Beep): void;
  /** Frees the audio context. */
  close(): void;
}

/** Each beep's notes: pitch in Hz and length in seconds, played one after the other. */
const NOTES: Readonly<Record<Beep, readonly (readonly [number, number])[]>> = {
  count: [[660, 0.08]],
  phase: [[880, 0.16]],
  done: [
    [660, 0.14],
    [880, 0.14],
    [1175, 0.28],
  ],
};

type AudioContextClass = typeof AudioContext;

export function webAudioSound(
  Context: AudioContextClass | undefined = globalThis.AudioContext,
): Sound {
  let context: AudioContext | undefined;
  return {
    unlock() {
      if (!Context) return;
      try {
        context ??= new Context();
        void context.resume().catch(() => undefined);
      } catch {
        context = undefined;
      }
    },
    beep(kind) {
      if (!context || context.state !== 'running') return;
      let at = context.currentTime;
      for (const [frequency, seconds] of NOTES[kind]) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = frequency;
        // A quick rise and fall: no click at either end.
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + seconds + 0.02);
        at += seconds + 0.04;
      }
    },
    close() {
      void context?.close().catch(() => undefined);
      context = undefined;
    },
  };
}
