// Loads the built CDN files into csp-page.html, served with a strict Content Security Policy
// (no unsafe-inline, no unsafe-eval) and Trusted Types required, in headless Chromium, and
// checks that every widget on it works and the browser reports no violation: once through
// the autoloader (dist/cdn/knead-widgets.js, which the page names, importing each widget's
// chunks) and once through the all-in-one file (dist/cdn/knead-widgets-all.js, the same
// page with its script swapped by the server), which must need no other request.
// Run after `npm run build`: `node --test test/bundle/` (or `npm run test:bundle`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  POLICY,
  ROOT,
  TAGS,
  launchBrowser,
  openPage,
  requestedUnder,
  startServer,
  whenDefined,
} from './serve.js';

const LOADER = '/dist/cdn/knead-widgets.js';
const ALL = '/dist/cdn/knead-widgets-all.js';
/** The tags csp-page.html writes (the technique list brings its cards). */
const PAGE_TAGS = TAGS.filter((tag) => tag !== 'knead-technique-card');

let server;
let browser;

before(async () => {
  server = await startServer();
  const page = await readFile(`${ROOT}test/bundle/csp-page.html`, 'utf8');
  assert.ok(page.includes(`src="${LOADER}"`), `csp-page.html loads ${LOADER}`);
  server.add('/csp-page-all.html', page.replace(`src="${LOADER}"`, `src="${ALL}"`));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the autoloader works under a strict CSP with Trusted Types', async () => {
  const watch = await openPage(browser, `${server.origin}/`);
  assert.equal(watch.response.headers()['content-security-policy'], POLICY);
  // Widgets far below the fold load when the browser is idle, after the load event.
  await whenDefined(watch.page, PAGE_TAGS);
  await checkWidgets(watch.page);
  // It did import chunks: this is not the all-in-one file by mistake.
  assert.notDeepEqual(requestedUnder(watch, '/dist/cdn/chunks/'), []);
  await checkClean(watch);
  await watch.page.close();
});

test('the all-in-one file works under the same policy, with no other request', async () => {
  const watch = await openPage(browser, `${server.origin}/csp-page-all.html`);
  assert.equal(watch.response.headers()['content-security-policy'], POLICY);
  // One module with no imports: every element is defined once it has run, before `load`.
  const undefinedTags = await watch.page.evaluate(
    (tags) => tags.filter((tag) => !customElements.get(tag)),
    TAGS,
  );
  assert.deepEqual(undefinedTags, []);
  await checkWidgets(watch.page);
  assert.deepEqual(requestedUnder(watch, '/dist/cdn/'), ['knead-widgets-all.js']);
  await checkClean(watch);
  await watch.page.close();
});

/** What csp-page.html's widgets do when a visitor uses them, whichever file defined them. */
async function checkWidgets(page) {
  const state = await page.evaluate(async () => {
    const read = async (id) => {
      const el = document.getElementById(id);
      await el.updateComplete;
      const button = el.shadowRoot.querySelector('[part~="button"]');
      return {
        tag: button.localName,
        href: button.getAttribute('href'),
        text: button.textContent.trim(),
        disabled: button.disabled ?? false,
        height: el.getBoundingClientRect().height,
        styled: getComputedStyle(button).minHeight,
      };
    };
    return {
      clinic: await read('clinic-button'),
      fallback: await read('fallback'),
      refused: await read('refused'),
      popup: await read('popup'),
    };
  });
  assert.equal(state.clinic.href, 'https://calendly.com/harbour-physio/60min');
  assert.equal(state.fallback.href, 'https://book.example.com/massage');
  assert.match(state.fallback.text, /Book a massage/);
  assert.equal(state.refused.tag, 'button');
  assert.equal(state.refused.disabled, true);
  assert.equal(state.popup.tag, 'button');
  // The component styles applied (constructable stylesheets are allowed by style-src 'self').
  assert.equal(state.clinic.styled, '44px');

  // Popup: opening it renders the iframe through lit under Trusted Types, as frame-src allows.
  const opened = await page.evaluate(async () => {
    const el = document.getElementById('popup');
    const done = new Promise((resolve) =>
      el.addEventListener('knead-booking-open', resolve, { once: true }),
    );
    el.shadowRoot.querySelector('[part~="button"]').click();
    await done;
    const popup = el.shadowRoot.querySelector('knead-booking-dialog').shadowRoot;
    return {
      open: popup.querySelector('dialog').open,
      src: popup.querySelector('iframe').getAttribute('src'),
    };
  });
  assert.equal(opened.open, true);
  // The clinic's Calendly page, told where it is embedded so it posts the booking back.
  assert.match(opened.src, /^https:\/\/calendly\.com\/harbour-physio\/30min\?/);
  assert.match(opened.src, /embed_domain=127\.0\.0\.1/);

  // Techniques: the list reads its JSON child, renders its cards, and filters by a chip.
  const techniques = await page.evaluate(async () => {
    const list = document.getElementById('techniques');
    await list.updateComplete;
    await Promise.all(list.cards.map((card) => card.updateComplete));
    const relaxation = [...list.shadowRoot.querySelectorAll('[part~="chip"]')].find((chip) =>
      chip.textContent.includes('Relaxation'),
    );
    relaxation.click();
    await list.updateComplete;
    return {
      names: list.cards.map((card) =>
        card.shadowRoot.querySelector('[part~="name"]').textContent.trim(),
      ),
      highlighted: list.cards.filter((card) => card.highlighted).map((card) => card.technique),
      count: list.shadowRoot.querySelector('[part~="count"]').textContent.trim(),
    };
  });
  assert.deepEqual(techniques.names, [
    'Swedish massage',
    'Deep tissue massage',
    'Hot stone massage',
  ]);
  assert.deepEqual(techniques.highlighted, ['deep-tissue']);
  assert.equal(techniques.count, 'Showing 2 of 3 techniques');

  // Symptom check: an emergency answer ends at "get medical help now" with the number.
  const check = await page.evaluate(async () => {
    const el = document.getElementById('check');
    const root = el.shadowRoot;
    const click = async (selector) => {
      root.querySelector(selector).click();
      await el.updateComplete;
    };
    await click('[part~="primary"]');
    await click('input[type="checkbox"]');
    await click('[part~="primary"]');
    return {
      heading: root.querySelector('[part~="heading"]').textContent.trim(),
      call: root.querySelector('[part~="call"]').getAttribute('href'),
      booking: root.querySelector('knead-booking-button') !== null,
    };
  });
  // The page is lang="en-GB": the number is the UK's.
  assert.deepEqual(check, { heading: 'Get medical help now', call: 'tel:999', booking: false });

  // Exercise timer: a clinic's one-rep routine runs from Start to done on the real clock.
  const timer = await page.evaluate(async () => {
    const el = document.getElementById('timer');
    const root = el.shadowRoot;
    const done = new Promise((resolve) =>
      el.addEventListener('knead-exercise-complete', (event) => resolve(event.detail)),
    );
    root.querySelector('[part~="primary"]').click();
    await el.updateComplete;
    const phase = root.querySelector('[part~="phase"]').textContent.trim();
    const detail = await done;
    await el.updateComplete;
    return { phase, detail, button: root.querySelector('[part~="primary"]').textContent.trim() };
  });
  assert.deepEqual(timer, {
    phase: 'Move',
    detail: { routine: 'csp-check', durationSeconds: 5 },
    button: 'Start again',
  });
}

/** No violation; the refused URL logs exactly one error naming it; nothing else may fail. */
async function checkClean({ errors, violations }) {
  assert.deepEqual(await violations(), []);
  assert.equal(
    errors.filter((e) => !e.includes('javascript:alert(1)') && !e.includes('calendly.com')).length,
    0,
    errors.join('\n'),
  );
  assert.equal(errors.filter((e) => e.includes('javascript:alert(1)')).length, 1);
}
