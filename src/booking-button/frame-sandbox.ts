/**
 * What a framed booking page may do (the popup's and `<knead-booking-frame>`'s): run scripts,
 * keep its own session, submit forms and open payment popups, but never navigate this page
 * (the sandbox flags: https://html.spec.whatwg.org/multipage/iframe-embed-object.html#attr-iframe-sandbox).
 * lit-analyzer types `sandbox` as a single token, hence the cast; the attribute takes a
 * space-separated list.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox' as 'allow-scripts';
