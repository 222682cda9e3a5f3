// Loads the built CDN files into csp-page.html, served with a strict Content Security Policy
// (no unsafe-inline, no unsafe-eval) and Trusted Types required, in headless Chromium, and
// checks that every widget on it works and the browser reports no violation: once through
// the autoloader (dist/cdn/knead-widgets.js, which the page names, importing each widget's
// chunks) and once through the all-in-one file (dist/cdn/knead-widgets-all.js, the same
// page with its script swapped by the server), which must need no other request. Then a
// booking frame on a page of its own, through each file: nothing of Calendly's before the
// visitor presses Show, its frame after (frame-src allows it); without frame-src for
// Calendly, the frame is blocked and the widget offers the new tab.
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
  pageHtml,
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

  // Booking frame: the clinic's Calendly page, framed once the visitor presses Show.
  const framed = await page.evaluate(async () => {
    const el = document.getElementById('frame');
    await el.updateComplete;
    const root = el.shadowRoot;
    const before = {
      show: root.querySelector('[part~="show"]') !== null,
      iframe: root.querySelector('iframe') !== null,
      newTab: root.querySelector('[part~="new-tab"]').getAttribute('href'),
    };
    root.querySelector('[part~="show"]').click();
    await el.updateComplete;
    return { before, src: root.querySelector('iframe[part~="frame"]')?.getAttribute('src') };
  });
  assert.deepEqual(framed.before, {
    show: true,
    iframe: false,
    newTab: 'https://calendly.com/harbour-physio/15min',
  });
  assert.match(framed.src, /^https:\/\/calendly\.com\/harbour-physio\/15min\?/);
  assert.match(framed.src, /embed_domain=127\.0\.0\.1/);

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

  // Self-care tips: read from the JSON child, picked in order and filtered by moment, in words.
  const tips = await page.evaluate(async () => {
    const el = document.getElementById('tips');
    await el.updateComplete;
    const root = el.shadowRoot;
    const texts = (selector) =>
      [...root.querySelectorAll(selector)].map((node) => node.textContent.trim());
    return { titles: texts('[part~="title"]'), moments: texts('[part~="moment"]') };
  });
  assert.deepEqual(tips, {
    titles: ['Drink some water', 'Warmth before, cold after'],
    moments: [
      'Before a session',
      'After a session',
      'After exercise',
      'Before a session',
      'After a session',
    ],
  });

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
    // Print this routine, with the dialog left out: what paper would show at that moment.
    let printing;
    const sheets = document.adoptedStyleSheets.length;
    el.adapters = {
      print: () =>
        (printing = {
          marked: el.hasAttribute('data-knead-printing'),
          sheetsAdded: document.adoptedStyleSheets.length - sheets,
        }),
    };
    await el.printRoutine();
    window.dispatchEvent(new Event('afterprint'));
    const handout = root.querySelectorAll('[part~="handout"] .pair svg').length;
    root.querySelector('[part~="primary"]').click();
    await el.updateComplete;
    const phase = root.querySelector('[part~="phase"]').textContent.trim();
    // The figure moves under the policy: its strokes are drawn afresh as the rep goes on.
    const strokes = () =>
      [...root.querySelectorAll('[part~="picture"] svg.moving path')].map((path) =>
        path.getAttribute('d'),
      );
    const before = strokes();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const moving = before.length > 0 && strokes().some((d, index) => d !== before[index]);
    const detail = await done;
    await el.updateComplete;
    const tips = root.querySelector('knead-self-care-tips');
    await customElements.whenDefined('knead-self-care-tips');
    await tips.updateComplete;
    return {
      phase,
      moving,
      printing,
      handout,
      detail,
      button: root.querySelector('[part~="primary"]').textContent.trim(),
      closingTips: tips.items.length,
    };
  });
  assert.deepEqual(timer, {
    phase: 'Move',
    moving: true,
    printing: { marked: true, sheetsAdded: 1 },
    handout: 2,
    detail: { routine: 'csp-check', durationSeconds: 5 },
    button: 'Start again',
    closingTips: 2,
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

/** The page's requests to Calendly's hosts. */
const calendlyRequests = (watch) =>
  watch.requests.filter((url) => /(^|\.)calendly\.com$/.test(new URL(url).hostname));

/**
 * One Calendly frame on a page of its own, through `file` (a dist/cdn/ name), under
 * `policy`: what the widget shows, and what the page asked of Calendly, before and after a
 * visitor presses Show.
 */
let framePages = 0;
async function openFrame(file, { policy } = {}) {
  const body =
    '<knead-booking-frame id="frame" provider="calendly" account="x"></knead-booking-frame>';
  const html = pageHtml({ body, scripts: [`/dist/cdn/${file}`] });
  const watch = await openPage(
    browser,
    server.add(`/frame-${++framePages}.html`, html, { policy }),
  );
  await whenDefined(watch.page, ['knead-booking-frame']);
  await watch.page.waitForNetworkIdle({ idleTime: 300 });
  return watch;
}

/** What the frame widget shows: its parts, its iframe's address and its status line. */
const frameShown = (page) =>
  page.evaluate(async () => {
    const el = document.getElementById('frame');
    await el.updateComplete;
    const root = el.shadowRoot;
    const iframe = root.querySelector('iframe[part~="frame"]');
    return {
      placeholder: root
        .querySelector('[part~="placeholder"]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim(),
      show: root.querySelector('[part~="show"]') !== null,
      src: iframe?.getAttribute('src'),
      frameShown: iframe ? iframe.checkVisibility({ visibilityProperty: true }) : false,
      status: root.querySelector('[role="status"]').textContent.trim(),
      newTab: root.querySelector('[part~="new-tab"]')?.getAttribute('href'),
    };
  });

/** Presses Show, as a visitor does, and lets the widget render the frame. */
const pressShow = (page) =>
  page.evaluate(async () => {
    const el = document.getElementById('frame');
    el.shadowRoot.querySelector('[part~="show"]').click();
    await el.updateComplete;
  });

for (const file of [LOADER, ALL].map((path) => path.split('/').pop()))
  test(`a booking frame under the strict policy (${file}): nothing of Calendly's until Show`, async () => {
    const watch = await openFrame(file);
    const before = await frameShown(watch.page);
    assert.match(before.placeholder, /^Booking is done on Calendly’s page\./);
    assert.equal(before.show, true);
    assert.equal(before.src, undefined);
    assert.equal(before.newTab, 'https://calendly.com/x');
    // The placeholder has asked Calendly for nothing: no frame, no script, no image.
    assert.deepEqual(calendlyRequests(watch), []);
    assert.deepEqual(await watch.violations(), []);

    await pressShow(watch.page);
    const after = await frameShown(watch.page);
    const src = new URL(after.src);
    assert.equal(src.origin + src.pathname, 'https://calendly.com/x');
    // Told where it is framed, so that it posts its messages to this page.
    assert.equal(src.searchParams.get('embed_domain'), new URL(server.origin).host);
    assert.equal(src.searchParams.get('embed_type'), 'Inline');
    assert.equal(after.frameShown, true);
    assert.equal(after.status, 'Loading the booking calendar…');
    // The browser asked for the page, and frame-src let it (this machine is offline: the
    // request itself fails, which is no concern of the policy's).
    for (let waited = 0; !calendlyRequests(watch).length; waited += 100) {
      assert.ok(waited < 5000, 'no request for the Calendly page after Show');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(calendlyRequests(watch), [after.src]);
    assert.deepEqual(await watch.violations(), []);
    assert.deepEqual(
      watch.errors.filter((error) => !error.includes('calendly.com')),
      [],
    );
    assert.deepEqual(
      watch.failed.filter((failure) => !failure.includes('calendly.com')),
      [],
    );
    await watch.page.close();
  });

test('a policy without frame-src for Calendly: the frame is blocked, and the new tab is offered', async () => {
  const policy = POLICY.replace('frame-src https://calendly.com', 'frame-src https://app.cal.com');
  const watch = await openFrame(LOADER.split('/').pop(), { policy });
  assert.deepEqual(await watch.violations(), []);
  await watch.page.evaluate(() => (customElements.get('knead-booking-frame').readyTimeout = 500));
  await pressShow(watch.page);
  await watch.page.waitForFunction(
    () => document.getElementById('frame').shadowRoot.querySelector('.failed .status') !== null,
    { timeout: 5000 },
  );
  const shown = await frameShown(watch.page);
  assert.equal(shown.frameShown, false);
  assert.match(shown.status, /^The booking calendar did not load\./);
  assert.equal(shown.newTab, 'https://calendly.com/x');
  assert.deepEqual(calendlyRequests(watch), []);
  assert.deepEqual(
    (await watch.violations()).map((violation) => violation.split(':')[0]),
    ['frame-src'],
  );
  await watch.page.close();
});
