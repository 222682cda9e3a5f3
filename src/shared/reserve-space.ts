/**
 * Boxes for widgets whose code has not arrived yet, so the page does not shift when it
 * does. The CDN build also writes them to `knead-widgets.css`, which a page links in its
 * head so the boxes are there from the first paint; the autoloader gives them to every
 * root it watches (a page without the link, an app's shadow roots) as a constructed
 * stylesheet, not a `<style>` element, so a strict Content-Security-Policy allows it.
 */
export const RESERVED =
  'knead-booking-button:not(:defined){display:inline-block;min-height:44px}' +
  ':is(knead-booking-frame,knead-technique-list,knead-technique-card,knead-symptom-check,knead-exercise-timer,knead-self-care-tips)' +
  ':not(:defined){display:block;min-height:320px}';

let sheet: CSSStyleSheet | undefined;

/** Adds the reservations to `root`'s adopted stylesheets (once), where the browser allows. */
export function reserveSpace(root: Document | ShadowRoot): void {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return;
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(RESERVED);
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable stylesheets: the README's CSS still does the job.
  }
}
