/**
 * Spoken cues through the browser's own speech synthesis: nothing is downloaded or sent.
 * A new cue cuts the one before short, so speech never lags behind the timer.
 */
export interface Voice {
  /** Says `text` in the language `lang` (a BCP 47 tag; empty for the browser's). */
  speak(text: string, lang: string): void;
  cancel(): void;
}

export function speechVoice(
  synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Voice {
  return {
    speak(text, lang) {
      if (!synthesis || typeof SpeechSynthesisUtterance === 'undefined') return;
      synthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      if (lang) utterance.lang = lang;
      synthesis.speak(utterance);
    },
    cancel() {
      synthesis?.cancel();
    },
  };
}
