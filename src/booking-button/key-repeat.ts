/**
 * Cancels a held Enter or Space (a key repeat) on the host's own buttons, its popup's Close
 * included, so holding the key presses a button once. A native button clicks again on every
 * repeated Enter keydown (https://github.com/UI5/webcomponents/issues/10299): holding Enter on
 * the popup's booking button would open the popup, the repeats then press Close (which has
 * focus), focus returns, and it opens again, over and over. Listens on the host, where the
 * keydowns of its shadow roots arrive; a button the page slotted in is left alone.
 */
export function ignoreKeyRepeat(event: KeyboardEvent): void {
  if (!event.repeat || (event.key !== 'Enter' && event.key !== ' ')) return;
  const origin = event.composedPath()[0] as Element;
  const host = event.currentTarget as Element;
  if (origin.localName === 'button' && !host.contains(origin)) event.preventDefault();
}
