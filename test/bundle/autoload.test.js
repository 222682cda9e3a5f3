// The CDN autoloader (dist/cdn/knead-widgets.js) in headless Chromium, every page served
// with the strict policy of serve.js (no inline script, no eval, Trusted Types required)
// and none may violate it: a page downloads only the widgets it uses; widgets added after
// load, rendered into a shadow root, far below the fold or marked loading="eager" are
// defined when they should be; a mistyped tag gets one console error; the autoloader and the
// all-in-one file can share a page; and the files work from any folder. Chunks are named by
// what they were built from (cdn-graph.js), never by their hashed names.
// Run after `npm run build`: `node --test test/bundle/` (or `npm run test:bundle`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  TAGS,
  assertClean,
  launchBrowser,
  openPage,
  pageHtml,
  requestedUnder,
  startServer,
  whenDefined,
} from './serve.js';
import { LOADER, readCdn } from './cdn-graph.js';

const CDN = '/dist/cdn/';
const ALL = 'knead-widgets-all.js';
const VENDOR = '/static/vendor/knead/';
const BOOK = 'https://book.example.com/massage';

let server;
let browser;
let cdn;

before(async () => {
  cdn = await readCdn();
  server = await startServer({ aliases: { [VENDOR]: 'dist/cdn/' } });
  // Five screens of page before what follows it, from a file: the policy refuses inline styles.
  server.add('/screens.css', '.screens { height: 500vh; }');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

let pages = 0;
/** Serves a page of `body` with the autoloader (or `scripts`) and opens it. */
function open(body, { scripts = [CDN + LOADER], init } = {}) {
  const html = pageHtml({ body, scripts, styles: ['/screens.css'] });
  return openPage(browser, server.add(`/page-${++pages}.html`, html), { init });
}

/** The chunks the page requested from `prefix`, in order (the files it names left out). */
const chunksOf = (watch, prefix = CDN) =>
  requestedUnder(watch, prefix).filter((name) => name !== LOADER && name !== ALL);

/** Lets the autoloader's idle-time loads start, then waits for the network to settle. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.waitForNetworkIdle({ idleTime: 300 });
}

/**
 * What the widget at `path` shows once rendered: the text of its shadow root, spaces
 * collapsed, and its `[part~="button"]` link. `path` is CSS selectors, each one a shadow
 * root deeper than the one before.
 */
const rendered = (page, ...path) =>
  page.evaluate(async (path) => {
    let el = document.querySelector(path[0]);
    for (const selector of path.slice(1)) el = el.shadowRoot.querySelector(selector);
    await el.updateComplete;
    return {
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      href: el.shadowRoot.querySelector('[part~="button"]')?.getAttribute('href') ?? null,
    };
  }, path);

/** The tags defined in the page. */
const definedTags = (page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);

/**
 * Checks the chunks a page with one `tag` requested (`loaded`): everything it imports
 * arrived, and nothing it could not reach; none of the `others`' define chunks; and, by
 * content, no file built from a source `foreign` matches.
 */
function assertLoadsOnly(loaded, tag, others, foreign) {
  const entry = cdn.entryOf(tag);
  for (const name of cdn.reachable(entry, { dynamic: false }))
    assert.ok(loaded.includes(name), `<${tag}>'s ${name} not among ${loaded.join(', ')}`);
  const reach = cdn.reachable(entry);
  assert.deepEqual(
    loaded.filter((name) => !reach.has(name)),
    [],
    `requested, though <${tag}> never imports it`,
  );
  for (const other of others)
    assert.ok(!loaded.includes(cdn.entryOf(other)), `${other}'s chunk was requested`);
  assert.deepEqual(
    loaded.flatMap((name) => cdn.sources(name)).filter((source) => foreign.test(source)),
    [],
  );
}

test('a page with one booking button downloads the button and no other widget', async () => {
  const watch = await open(`<knead-booking-button href="${BOOK}"></knead-booking-button>`);
  await whenDefined(watch.page, ['knead-booking-button']);
  assert.equal((await rendered(watch.page, 'knead-booking-button')).href, BOOK);
  await settle(watch.page);
  assertLoadsOnly(
    chunksOf(watch),
    'knead-booking-button',
    ['knead-symptom-check', 'knead-exercise-timer', 'knead-technique-list'],
    /^src\/(symptom-check|exercise-timer|technique-list)\//,
  );
  assert.deepEqual(await definedTags(watch.page), ['knead-booking-button']);
  await assertClean(watch);
  await watch.page.close();
});

test('a page with one booking frame downloads the frame and no other widget', async () => {
  const watch = await open(
    '<knead-booking-frame provider="calendly" account="harbour-physio"></knead-booking-frame>',
  );
  await whenDefined(watch.page, ['knead-booking-frame']);
  assert.match((await rendered(watch.page, 'knead-booking-frame')).text, /Show the booking/);
  await settle(watch.page);
  // Not the booking button either (it stands in only for a provider that refuses framing),
  // nor the button's element or its popup by content.
  assertLoadsOnly(
    chunksOf(watch),
    'knead-booking-frame',
    TAGS.filter((tag) => tag !== 'knead-booking-frame'),
    /^src\/((symptom-check|exercise-timer|technique-list|technique-card)\/|booking-button\/(booking-button|booking-dialog)\.ts$)/,
  );
  assert.deepEqual(await definedTags(watch.page), ['knead-booking-frame']);
  // Nothing of Calendly's either, until the visitor asks.
  assert.deepEqual(
    watch.requests.filter((url) => new URL(url).hostname.endsWith('calendly.com')),
    [],
  );
  await assertClean(watch);
  await watch.page.close();
});

test('a page with self-care tips downloads the tips and no other widget, nor any booking code', async () => {
  const watch = await open('<knead-self-care-tips when="after-exercise"></knead-self-care-tips>');
  await whenDefined(watch.page, ['knead-self-care-tips']);
  assert.match(
    (await rendered(watch.page, 'knead-self-care-tips')).text,
    /Drink some water.*Keep moving gently/,
  );
  await settle(watch.page);
  assertLoadsOnly(
    chunksOf(watch),
    'knead-self-care-tips',
    TAGS.filter((tag) => tag !== 'knead-self-care-tips'),
    /^src\/((symptom-check|exercise-timer|technique-list|technique-card|booking-frame)\/|booking-button\/)/,
  );
  assert.deepEqual(await definedTags(watch.page), ['knead-self-care-tips']);
  await assertClean(watch);
  await watch.page.close();
});

test('a French section loads the button’s French, once, and an English page no language', async () => {
  const french = (name) => cdn.sources(name).includes('src/booking-button/languages/fr.ts');
  const english = await open(`<knead-booking-button href="${BOOK}"></knead-booking-button>`);
  await whenDefined(english.page, ['knead-booking-button']);
  await settle(english.page);
  assert.deepEqual(
    chunksOf(english).filter((name) =>
      cdn.sources(name).some((source) => /\/languages\/.*(fr|es)\.ts$/.test(source)),
    ),
    [],
    'an English page fetches no language',
  );
  await english.page.close();

  const watch = await open(
    `<section lang="fr-CA"><knead-booking-button href="${BOOK}"></knead-booking-button>` +
      `<knead-booking-button href="${BOOK}" mode="same-tab"></knead-booking-button></section>`,
  );
  await whenDefined(watch.page, ['knead-booking-button']);
  const { text } = await rendered(watch.page, 'knead-booking-button');
  assert.match(text, /^Prendre rendez-vous/);
  await settle(watch.page);
  assert.equal(chunksOf(watch).filter(french).length, 1, 'one French chunk, for both buttons');
  await assertClean(watch);
  await watch.page.close();
});

test('widgets added after the autoloader ran are defined and render', async () => {
  const watch = await open(`<knead-booking-button href="${BOOK}"></knead-booking-button>`);
  await whenDefined(watch.page, ['knead-booking-button']);
  const before = chunksOf(watch);
  for (const tag of ['knead-technique-card', 'knead-symptom-check'])
    assert.ok(!before.includes(cdn.entryOf(tag)), `${tag} requested before it was added`);

  // A card added on its own, and a symptom check inside a block added around it (as a
  // CMS or a router adds content): each is found from the added node.
  await watch.page.evaluate(() => {
    const card = document.createElement('knead-technique-card');
    card.setAttribute('technique', 'swedish');
    const section = document.createElement('section');
    section.append(document.createElement('knead-symptom-check'));
    document.body.append(card, section);
  });
  await whenDefined(watch.page, ['knead-technique-card', 'knead-symptom-check']);
  assert.match((await rendered(watch.page, 'knead-technique-card')).text, /Swedish massage/);
  assert.match((await rendered(watch.page, 'knead-symptom-check')).text, /Back pain check/);
  await assertClean(watch);
  await watch.page.close();
});

test('discover(shadowRoot) defines a widget an app renders into its shadow root', async () => {
  const watch = await open('<main>An app renders its widgets into a shadow root.</main>');
  // Built with DOM calls: Trusted Types refuse a string assigned to innerHTML.
  const adopted = await watch.page.evaluate(async () => {
    const host = document.createElement('div');
    host.id = 'app';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('knead-booking-button');
    button.setAttribute('href', 'https://calendly.com/harbour-physio');
    root.append(button);
    // The page's own copy of the module: the same URL, so the same instance.
    const { discover } = await import('/dist/cdn/knead-widgets.js');
    discover(root);
    return [...root.adoptedStyleSheets].map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.selectorText).join(', '),
    );
  });
  // The space reserved for undefined widgets reaches the shadow root too.
  assert.equal(adopted.length, 1);
  assert.match(adopted[0], /knead-booking-button:not\(:defined\)/);
  await whenDefined(watch.page, ['knead-booking-button']);
  const shown = await rendered(watch.page, '#app', 'knead-booking-button');
  assert.equal(shown.href, 'https://calendly.com/harbour-physio');
  assert.equal(requestedUnder(watch, CDN).filter((name) => name === LOADER).length, 1);
  await assertClean(watch);
  await watch.page.close();
});

test('without discover, a widget in a shadow root upgrades once its tag is defined', async () => {
  const watch = await open(`<knead-booking-button href="${BOOK}"></knead-booking-button>`);
  await whenDefined(watch.page, ['knead-booking-button']);
  const upgraded = await watch.page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'app';
    document.body.append(host);
    const button = document.createElement('knead-booking-button');
    button.setAttribute('href', 'https://calendly.com/harbour-physio');
    host.attachShadow({ mode: 'open' }).append(button);
    return button instanceof customElements.get('knead-booking-button');
  });
  assert.equal(upgraded, true);
  const shown = await rendered(watch.page, '#app', 'knead-booking-button');
  assert.equal(shown.href, 'https://calendly.com/harbour-physio');
  await assertClean(watch);
  await watch.page.close();
});

/** A card five screens down, and a timer there too that asks to load at once. */
const FAR = `<div class="screens"></div>
  <knead-technique-card id="far" technique="swedish"></knead-technique-card>
  <knead-exercise-timer id="eager" loading="eager"></knead-exercise-timer>`;

test('a widget five screens down: its code arrives when the browser is idle, and it is defined near', async () => {
  const watch = await open(FAR);
  await whenDefined(watch.page, ['knead-exercise-timer']);
  // requestIdleCallback's timeout is 3 s; this allows a busy machine more.
  const code = cdn.codeOf('knead-technique-card');
  for (let waited = 0; !chunksOf(watch).includes(code); waited += 100) {
    assert.ok(waited < 15_000, `no request for ${code}: ${chunksOf(watch).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await watch.page.waitForNetworkIdle({ idleTime: 300 });
  assert.equal(await watch.page.evaluate(() => scrollY), 0);
  // Fetched, not registered: its first render waits until the visitor comes near.
  assert.equal(
    await watch.page.evaluate(() => !!customElements.get('knead-technique-card')),
    false,
  );
  const loaded = chunksOf(watch);
  assert.ok(!loaded.includes(cdn.entryOf('knead-technique-card')), loaded.join(', '));
  // The eager timer was asked for as the autoloader ran; the card's code only later, at idle.
  const timer = loaded.indexOf(cdn.entryOf('knead-exercise-timer'));
  assert.ok(timer >= 0 && loaded.indexOf(code) > timer, `timer first: ${loaded.join(', ')}`);

  await watch.page.evaluate(() => document.getElementById('far').scrollIntoView());
  await whenDefined(watch.page, ['knead-technique-card']);
  assert.match((await rendered(watch.page, '#far')).text, /Swedish massage/);
  await assertClean(watch);
  await watch.page.close();
});

test('with no idle time, the far widget waits for scrolling and the eager one does not', async () => {
  // An idle callback that never comes: only nearness, or loading="eager", can load a widget.
  const watch = await open(FAR, { init: () => (window.requestIdleCallback = () => 0) });
  await whenDefined(watch.page, ['knead-exercise-timer']);
  await watch.page.waitForNetworkIdle({ idleTime: 300 });
  assert.equal(
    await watch.page.evaluate(() => !!customElements.get('knead-technique-card')),
    false,
  );
  assert.ok(!chunksOf(watch).includes(cdn.entryOf('knead-technique-card')));
  assert.ok(!chunksOf(watch).includes(cdn.codeOf('knead-technique-card')));
  // Meanwhile its box is reserved, so the page does not shift when it arrives.
  const box = await watch.page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('far'));
    return [style.display, style.minHeight];
  });
  assert.deepEqual(box, ['block', '320px']);

  await watch.page.evaluate(() => document.getElementById('far').scrollIntoView());
  await whenDefined(watch.page, ['knead-technique-card']);
  assert.match((await rendered(watch.page, '#far')).text, /Swedish massage/);
  await assertClean(watch);
  await watch.page.close();
});

test('a mistyped tag gets one console error naming the real ones', async () => {
  const watch = await open(`
    <knead-bookng-button href="${BOOK}"></knead-bookng-button>
    <knead-bookng-button></knead-bookng-button>
    <knead-booking-button href="${BOOK}"></knead-booking-button>
    <knead-technique-card technique="swedish"></knead-technique-card>`);
  await whenDefined(watch.page, ['knead-booking-button', 'knead-technique-card']);
  // A third, added later, is the same typo: still one error.
  await watch.page.evaluate(() =>
    document.body.append(document.createElement('knead-bookng-button')),
  );
  await settle(watch.page);
  // Reported after a second, in case the site defines a knead-* element of its own.
  await new Promise((resolve) => setTimeout(resolve, 1200));

  assert.equal(watch.errors.length, 1, watch.errors.join('\n'));
  assert.match(watch.errors[0], /<knead-bookng-button> is not a knead-widgets element/);
  for (const tag of TAGS) assert.ok(watch.errors[0].includes(`<${tag}>`), `names <${tag}>`);
  assert.equal((await rendered(watch.page, 'knead-booking-button')).href, BOOK);
  assert.match((await rendered(watch.page, 'knead-technique-card')).text, /Swedish massage/);
  assert.deepEqual(await watch.violations(), []);
  assert.deepEqual(watch.failed, []);
  await watch.page.close();
});

/** Records every successful define and every one the registry refused. */
function countDefines() {
  window.__defined = [];
  window.__refused = [];
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    try {
      define.call(this, name, ...rest);
      window.__defined.push(name);
    } catch (error) {
      window.__refused.push(`${name}: ${error.message}`);
      throw error;
    }
  };
}

const EVERY_WIDGET = `
  <knead-clinic name="Harbour Physio" booking-provider="calendly" booking-account="harbour-physio">
    <knead-booking-button service="60min"></knead-booking-button>
    <knead-technique-list techniques="swedish deep-tissue"></knead-technique-list>
  </knead-clinic>
  <knead-technique-card technique="swedish"></knead-technique-card>
  <knead-symptom-check></knead-symptom-check>
  <knead-exercise-timer></knead-exercise-timer>
  <knead-self-care-tips tips="water" loading="eager"></knead-self-care-tips>
  <!-- Last, so that it pushes no widget out of reach; eager, as it is far down itself. -->
  <knead-booking-frame provider="calendly" account="harbour-physio" loading="eager"></knead-booking-frame>`;

/** Opens EVERY_WIDGET with `files` (dist/cdn/ names) and checks each tag is defined once. */
async function openBoth(files, { policy } = {}) {
  const html = pageHtml({ body: EVERY_WIDGET, scripts: files.map((file) => CDN + file) });
  const url = server.add(`/both-${++pages}.html`, html, { policy });
  const watch = await openPage(browser, url, { init: countDefines });
  await whenDefined(watch.page, TAGS);
  // Whatever the autoloader still had scheduled has loaded and run its define by now.
  await settle(watch.page);
  const { defined, refused } = await watch.page.evaluate(() => ({
    defined: window.__defined,
    refused: window.__refused,
  }));
  assert.deepEqual(refused, []);
  assert.deepEqual(
    defined.filter((tag, index) => defined.indexOf(tag) !== index),
    [],
    `defined twice: ${defined.join(', ')}`,
  );
  assert.deepEqual(
    TAGS.filter((tag) => !defined.includes(tag)),
    [],
  );
  assert.equal(
    (await rendered(watch.page, 'knead-booking-button')).href,
    'https://calendly.com/harbour-physio/60min',
  );
  assert.match((await rendered(watch.page, 'knead-technique-card')).text, /Swedish massage/);
  // The guarded define is silent for a second copy of the same version.
  assert.deepEqual(watch.warnings, []);
  return watch;
}

test('both files on one page, the all-in-one first: the autoloader has nothing to do', async () => {
  const watch = await openBoth([ALL, LOADER]);
  // Every tag was defined before the autoloader looked: it requests no chunk.
  assert.deepEqual(chunksOf(watch), []);
  await assertClean(watch);
  await watch.page.close();
});

// The autoloader waits for DOMContentLoaded, so the all-in-one file after it has defined
// every tag by then, and it never imports a chunk for a defined tag: a second copy of lit
// would ask Trusted Types for a second 'lit-html' policy, which this policy refuses.
test('both files on one page, the autoloader first: it loads nothing, and no error', async () => {
  const watch = await openBoth([LOADER, ALL]);
  assert.deepEqual(chunksOf(watch), []);
  await assertClean(watch);
  await watch.page.close();
});

test('the files work from any folder: chunks are imported relative to the autoloader', async () => {
  const watch = await open(EVERY_WIDGET, { scripts: [`${VENDOR}${LOADER}`] });
  await whenDefined(watch.page, TAGS);
  assert.equal(
    (await rendered(watch.page, 'knead-booking-button')).href,
    'https://calendly.com/harbour-physio/60min',
  );
  assert.match(
    (await rendered(watch.page, 'knead-technique-list', 'knead-technique-card')).text,
    /Swedish massage/,
  );
  assert.match((await rendered(watch.page, 'knead-symptom-check')).text, /Back pain check/);
  const loaded = chunksOf(watch, VENDOR);
  for (const tag of TAGS) assert.ok(loaded.includes(cdn.entryOf(tag)), `${tag} from ${VENDOR}`);
  assert.deepEqual(requestedUnder(watch, '/dist/'), []);
  await assertClean(watch);
  await watch.page.close();
});

test('the linked stylesheet reserves every widget box before any script runs', async () => {
  const html = pageHtml({
    body: `<knead-booking-button>Book</knead-booking-button>
      <knead-booking-frame></knead-booking-frame>
      <knead-technique-list></knead-technique-list><knead-technique-card></knead-technique-card>
      <knead-symptom-check></knead-symptom-check><knead-exercise-timer></knead-exercise-timer>
      <knead-self-care-tips></knead-self-care-tips>`,
    scripts: [],
    styles: [`${CDN}knead-widgets.css`],
  });
  const watch = await openPage(browser, server.add(`/page-${++pages}.html`, html));
  const boxes = await watch.page.evaluate(() =>
    [...document.body.children].map((element) => [
      element.localName,
      getComputedStyle(element).display,
      element.getBoundingClientRect().height,
    ]),
  );
  assert.deepEqual(boxes, [
    ['knead-booking-button', 'inline-block', 44],
    ['knead-booking-frame', 'block', 320],
    ['knead-technique-list', 'block', 320],
    ['knead-technique-card', 'block', 320],
    ['knead-symptom-check', 'block', 320],
    ['knead-exercise-timer', 'block', 320],
    ['knead-self-care-tips', 'block', 320],
  ]);
  await assertClean(watch);
  await watch.page.close();
});
