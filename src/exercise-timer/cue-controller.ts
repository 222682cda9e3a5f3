import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CueChoices } from './saved-run.js';
import type { Beep, Sound } from './sound.js';
import type { Voice } from './voice.js';

/**
 * What the visitor hears and what a screen reader is told: the beeps and spoken cues (both
 * off until the visitor turns them on) and the sentence in the live region. Browsers let a
 * page make sound only once a tap allowed it (https://developer.chrome.com/blog/autoplay/#web_audio),
 * and iOS Safari speaks later sentences only after one was spoken inside a tap
 * (https://github.com/leaonline/easy-speech/issues/366): so turning a cue on plays it at
 * once, and every control unlocks audio first. The voice speaks the language of the words
 * it is given (`speech().locale`, e.g. `fr-CA`), so a French sentence never gets an English
 * voice, nor the reverse. Leaving the page stops speech and frees the audio; moving in it does not.
 */
export class CueController implements ReactiveController {
  /** Beeps on. */
  sound = false;
  /** Spoken cues on. */
  voice = false;
  /** The live region's sentence. */
  announcement = '';

  /**
   * `speech`: the language the host's words are in now (a BCP 47 tag for the voice) and
   * its messages, whose `voiceOn` says spoken cues are on.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly adapters: () => { readonly sound: Sound; readonly voice: Voice },
    private readonly speech: () => {
      readonly locale: string;
      readonly text: { readonly voiceOn: string };
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Moved in one DOM call (a page re-ordering or re-parenting it): it is on the page again
    // already, so its sentence and its audio go on; closed, the audio would stay silent
    // until the next tap. Taken off the page: silent at once.
    if (this.host.isConnected) return;
    const { voice, sound } = this.adapters();
    voice.cancel();
    sound.close();
  }

  /** The choices, to remember with a run. */
  get choices(): CueChoices {
    return { sound: this.sound, voice: this.voice };
  }

  /** Choices remembered with a run: nothing is played, no tap allowed it. */
  restore(choices: CueChoices): void {
    this.sound = choices.sound;
    this.voice = choices.voice;
    this.host.requestUpdate();
  }

  /** The visitor turned a cue on or off: call inside the tap, which lets it play now and later. */
  choose(cue: keyof CueChoices, on: boolean): void {
    this[cue] = on;
    const { sound, voice } = this.adapters();
    if (cue === 'sound' && on) {
      sound.unlock();
      sound.beep('count');
    }
    if (cue === 'voice') {
      const { locale, text } = this.speech();
      if (on) voice.speak(text.voiceOn, locale);
      else voice.cancel();
    }
    this.host.requestUpdate();
  }

  /** Inside a visitor's tap or key press, before what it does: lets the beeps play. */
  unlock(): void {
    if (this.sound) this.adapters().sound.unlock();
  }

  /** Plays a beep, when beeps are on. */
  beep(kind: Beep): void {
    if (this.sound) this.adapters().sound.beep(kind);
  }

  /**
   * Puts a sentence in the live region and, when spoken cues are on, says it; the sentence
   * is in the language of `speech().locale`.
   */
  announce(text: string): void {
    this.announcement = text;
    if (this.voice) this.adapters().voice.speak(text, this.speech().locale);
    this.host.requestUpdate();
  }

  /** Empties the live region and stops speech: what they said is in another language now. */
  hush(): void {
    this.announcement = '';
    if (this.voice) this.adapters().voice.cancel();
  }
}
