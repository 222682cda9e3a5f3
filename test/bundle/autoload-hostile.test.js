// What a hostile review of the CDN autoloader tried, kept as tests: the loader from two URLs
// on one page, loading="eager" set by a script after the loader found the element, an
// element an app removed before the browser was idle, a site's own knead-* element, and a
// chunk that fails once. Run after `npm run build`: `node --test test/bundle/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertClean,
  launchBrowser,
  openPage,
  pageHtml,
  requestedUnder,
  startServer,
  whenDefined,
} from './serve.js';
import { readCdn } from './cdn-graph.js';

const CDN = '/dist/cdn/';
const V2 = '/v2/';
const BOOK = 'https://book.example.com/massage';

let server;
let browser;
let cdn;
let pages = 0;

before(async () => {
  cdn = await readCdn();
  server = await startServer({ aliases: { [V2]: 'dist/cdn/' } });
  server.add('/screens.css', '.screens { height: 500vh; }');
  // A site's own <knead-hero>, defined a moment after the page loads.
  server.add(
    '/own-hero.js',
    "setTimeout(() => customElements.define('knead-hero', class extends HTMLElement {}), 200);",
  );
  server.add('/eager-later.js', "document.getElementById('far').setAttribute('loading', 'EAGER');");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function open(body, scripts = [`${CDN}knead-widgets.js`]) {
  const html = pageHtml({ body, scripts, styles: ['/screens.css'] });
  return openPage(browser, server.add(`/hostile-${++pages}.html`, html));
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const requested = (watch, pattern) => watch.requests.filter((url) => pattern.test(url));

test('the loader from two URLs: one loader, each chunk once, no second lit', async () => {
  const watch = await open(
    `<knead-booking-button href="${BOOK}"></knead-booking-button>
     <knead-technique-card technique="swedish"></knead-technique-card>`,
    [`${CDN}knead-widgets.js`, `${V2}knead-widgets.js`],
  );
  await whenDefined(watch.page, ['knead-booking-button', 'knead-technique-card']);
  await watch.page.waitForNetworkIdle({ idleTime: 300 });
  assert.deepEqual(requestedUnder(watch, `${V2}chunks/`), []);
  assert.equal(requested(watch, /chunks\/shared-/).length, 1);
  await assertClean(watch);
  await watch.page.close();
});

test('loading="eager" set by a script after the loader found the element (any case)', async () => {
  const watch = await open(
    `<div class="screens"></div><knead-exercise-timer id="far"></knead-exercise-timer>`,
    [`${CDN}knead-widgets.js`, '/eager-later.js'],
  );
  await whenDefined(watch.page, ['knead-exercise-timer']);
  assert.equal(await watch.page.evaluate(() => scrollY), 0);
  await assertClean(watch);
  await watch.page.close();
});

test('an element an app mounts and removes before the browser is idle: no code fetched', async () => {
  // An app's router: mounts a symptom check and leaves the route in the same task.
  server.add(
    '/mount-remove.js',
    "const check = document.createElement('knead-symptom-check');" +
      'document.body.append(check);' +
      'check.remove();',
  );
  const watch = await open('<p>An app</p>', [`${CDN}knead-widgets.js`, '/mount-remove.js']);
  await watch.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await watch.page.waitForNetworkIdle({ idleTime: 300 });
  const code = cdn.codeOf('knead-symptom-check');
  assert.ok(!watch.requests.some((url) => url.endsWith(code)), watch.requests.join('\n'));
  await assertClean(watch);
  await watch.page.close();
});

test("a site's own knead-* element, defined a moment later, is not called a typo", async () => {
  const watch = await open(`<knead-hero>Welcome</knead-hero>`, [
    `${CDN}knead-widgets.js`,
    '/own-hero.js',
  ]);
  await pause(1500);
  await assertClean(watch);
  await watch.page.close();
});

test('the shared chunk fails once: the button on the page is defined when the network is back', async () => {
  server.failOnce(/\/chunks\/shared-/);
  const watch = await open(`<knead-booking-button href="${BOOK}"></knead-booking-button>`);
  await whenDefined(watch.page, ['knead-booking-button'], 15_000);
  assert.equal(requested(watch, /chunks\/shared-/).length >= 2, true);
  // Said once, with where it looked and that it is trying again.
  assert.equal(watch.errors.filter((error) => /could not be loaded/.test(error)).length, 1);
  assert.match(watch.errors.join('\n'), /trying again/);
  await watch.page.close();
});
