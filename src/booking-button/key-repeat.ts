/**
 * Cancels a held Enter or Space (a key repeat) on a button, so holding the key activates the
 * button once. Without this, holding Enter on the popup's booking button opens the popup,
 * the repeats then press Close (which has focus), focus returns, and it opens again, over
 * and over.
 */
export function ignoreKeyRepeat(event: KeyboardEvent): void {
  if (event.repeat && (event.key === 'Enter' || event.key === ' ')) event.preventDefault();
}
