// Renders every widget of the npm build to HTML in Node with `@lit-labs/ssr`, as a server
// would for a page: declarative shadow roots holding what a visitor reads before any script
// runs. Without window, document, observers, storage or timers. Lit-labs SSR calls
// `willUpdate` and `render`, not `connectedCallback`, so a widget shows its built-in content
// by attribute here (a JSON child or a clinic's context needs the browser).
// Run after `npm run build`: `node --test test/bundle/`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENTS, installServerDom, loadElement, withoutTimers } from './server-globals.js';

installServerDom();
const { html } = await import('lit');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');

before(async () => {
  for (const element of ELEMENTS) await loadElement(...element);
});

/** The page's HTML for a template, with what the console said meanwhile. */
async function renderToPage(template) {
  const said = [];
  const { error, warn } = console;
  console.error = console.warn = (...args) => said.push(args.join(' '));
  try {
    const page = await withoutTimers(() => collectResult(render(template)));
    return { page, said };
  } finally {
    Object.assign(console, { error, warn });
  }
}

/** The text a visitor reads: no styles, comments or tags, spaces collapsed. */
const textOf = (page) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each widget as a page writes it, and what its server-rendered HTML must hold. */
const PAGES = [
  {
    tag: 'knead-booking-button',
    template: () =>
      html`<knead-booking-button href="https://book.example.com/massage"></knead-booking-button>`,
    text: ['Book an appointment'],
    html: ['href="https://book.example.com/massage"', 'part="button"'],
  },
  {
    tag: 'knead-booking-frame',
    template: () =>
      html`<knead-booking-frame provider="calendly" account="harbour"></knead-booking-frame>`,
    // The placeholder: nothing of the provider's, only its name, its privacy page and the way out.
    text: [
      'Booking is done on Calendly’s page.',
      'Show the booking calendar',
      'Open booking in a new tab',
    ],
    html: [
      'part="show"',
      'href="https://calendly.com/legal/privacy-notice"',
      'href="https://calendly.com/harbour"',
    ],
    without: ['<iframe'],
  },
  {
    tag: 'knead-technique-card',
    template: () => html`<knead-technique-card technique="swedish"></knead-technique-card>`,
    text: ['Swedish massage', 'Pressure', 'Light to medium', 'Good for Relaxation'],
    html: ['role="heading" aria-level="3"'],
  },
  {
    tag: 'knead-technique-list',
    template: () =>
      html`<knead-technique-list techniques="swedish deep-tissue"></knead-technique-list>`,
    text: ['Swedish massage', 'Deep tissue massage'],
    html: ['<knead-technique-card'],
    // The cards inside are rendered too, each in its own shadow root.
    shadowRoots: 3,
  },
  {
    tag: 'knead-symptom-check',
    template: () => html`<knead-symptom-check></knead-symptom-check>`,
    text: ['Back pain check', 'This is not a diagnosis.', 'Start the check'],
    html: ['role="heading" aria-level="2"'],
  },
  {
    tag: 'knead-exercise-timer',
    template: () => html`<knead-exercise-timer></knead-exercise-timer>`,
    text: ['Back basics', 'Cat-cow', 'Pelvic tilt', 'Start'],
    html: ['part="overview"'],
  },
  {
    tag: 'knead-self-care-tips',
    template: () =>
      html`<knead-self-care-tips tips="water lifting" heading-level="2"></knead-self-care-tips>`,
    text: ['Drink some water', 'Go easy on lifting in a flare-up', 'During a flare-up'],
    html: ['role="heading" aria-level="2"', 'part="general"'],
  },
  {
    tag: 'knead-clinic',
    template: () =>
      html`<knead-clinic name="Harbour Physio"
        ><knead-booking-button href="https://book.example.com/"></knead-booking-button
      ></knead-clinic>`,
    text: ['Book an appointment'],
    html: ['name="Harbour Physio"', '<slot></slot>', 'href="https://book.example.com/"'],
    // The clinic's, and its booking button's.
    shadowRoots: 2,
  },
];

for (const { tag, template, text, html: markup, without = [], shadowRoots = 1 } of PAGES) {
  test(`<${tag}> renders on a server`, async () => {
    const { page, said } = await renderToPage(template());
    assert.match(page, new RegExp(`^<!--lit-part [^>]*--><${tag}[ >]`));
    const roots = page.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
    assert.equal(roots.length, shadowRoots);
    const shown = textOf(page);
    for (const words of text) assert.ok(shown.includes(words), `"${words}" in: ${shown}`);
    for (const part of markup) assert.ok(page.includes(part), `${part} in: ${page}`);
    for (const part of without) assert.ok(!page.includes(part), `no ${part} in: ${page}`);
    assert.deepEqual(said, []);
  });
}

test('every element a page writes is rendered here', () => {
  // The booking popup's dialog is created by the button when a visitor opens it.
  const written = ELEMENTS.map(([tag]) => tag).filter((tag) => tag !== 'knead-booking-dialog');
  assert.deepEqual(PAGES.map(({ tag }) => tag).sort(), written.sort());
});
