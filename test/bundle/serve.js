// What the browser tests of the CDN build share: a local server that sends every response
// with a strict Content Security Policy (no inline script or style, no eval, Trusted Types
// required), headless Chromium through puppeteer-core, and a page opened with everything
// it reports recorded (requests, console errors, policy violations). Not a test itself;
// csp.test.js and autoload.test.js import it (`node --test test/bundle/`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../web-test-runner.browsers.js';

/** The repository's root folder: the server's files are its files, at their paths. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The policy every response carries, as a site that locks scripts down sends it. `frame-src`
 * names the one booking provider these pages frame (the popup's and `<knead-booking-frame>`'s
 * Calendly page), as the README tells a site to.
 */
export const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  'frame-src https://calendly.com',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The public elements, each a module of its own in the autoloader's build. */
export const TAGS = [
  'knead-clinic',
  'knead-booking-button',
  'knead-booking-frame',
  'knead-technique-card',
  'knead-technique-list',
  'knead-symptom-check',
  'knead-exercise-timer',
  'knead-self-care-tips',
];

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * Starts the server on a free port. It serves the repository's files at their paths (`/`
 * is test/bundle/csp-page.html), pages and files a test adds with `add(path, text)`, and
 * each `aliases` prefix from a folder of the repository (`{ '/static/vendor/knead/':
 * 'dist/cdn/' }`), as a site that copies the build somewhere of its own does.
 */
export async function startServer({ aliases = {} } = {}) {
  /** Answers 503 to the requests it returns true for (a flaky network); set by a test. */
  let fail = () => false;
  const added = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const send = (body, name, policy = POLICY) =>
      response
        .writeHead(200, {
          'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
          'content-security-policy': policy,
        })
        .end(body);
    if (fail(path)) return response.writeHead(503).end();
    if (added.has(path)) return send(added.get(path).text, path, added.get(path).policy);
    const alias = Object.keys(aliases).find((prefix) => path.startsWith(prefix));
    const relative = alias
      ? aliases[alias] + path.slice(alias.length)
      : path === '/'
        ? 'test/bundle/csp-page.html'
        : path;
    const file = join(ROOT, relative);
    if (!file.startsWith(ROOT)) return response.writeHead(403).end();
    try {
      send(await readFile(file), file);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /**
     * Serves `text` at `path` (a page, a script, a stylesheet), under the same policy or,
     * for a page that tests another, `policy`.
     */
    add(path, text, { policy } = {}) {
      added.set(path, { text, policy });
      return `${origin}${path}`;
    },
    /** Fails the next request whose path `pattern` matches, once. */
    failOnce(pattern) {
      fail = (path) => pattern.test(path) && ((fail = () => false), true);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Headless system Chromium, as the other browser tests start it. */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A page of the library's as a site writes it: `scripts` as external module scripts (the
 * policy refuses inline ones), `styles` as stylesheet links, then `body`.
 */
export function pageHtml({ body, scripts = ['/dist/cdn/knead-widgets.js'], styles = [] }) {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8" /><title>knead-widgets</title>',
    ...styles.map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
}

/**
 * Opens `url` in a new tab of `browser` and records what happens there: `requests` (every
 * URL, in the order the page asked), `errors` (uncaught errors and console errors),
 * `warnings`, `failed` (requests that failed or got 400 and over) and, read with
 * `violations()`, the page's securitypolicyviolation events. `init` runs in the page before
 * any of its scripts (a stub, a probe); the DevTools protocol puts it there, not the page,
 * so the policy does not apply to it.
 */
export async function openPage(browser, url, { init } = {}) {
  const page = await browser.newPage();
  const watch = { page, requests: [], errors: [], warnings: [], failed: [] };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('requestfailed', (request) => watch.failed.push(`failed ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
    if (message.type() === 'warn') watch.warnings.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  if (init) await page.evaluateOnNewDocument(init);
  watch.violations = () => page.evaluate(() => window.__violations);
  watch.response = await page.goto(url, { waitUntil: 'load' });
  return watch;
}

/**
 * Waits until every tag in `tags` is defined in the page, or fails after `ms` naming the
 * ones that are not. The autoloader defines a widget when it nears the viewport or when the
 * browser is idle, so a test waits for the definition rather than assuming it.
 */
export async function whenDefined(page, tags, ms = 10_000) {
  await page.evaluate(
    (tags, ms) =>
      Promise.race([
        Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
        new Promise((_, reject) =>
          setTimeout(() => {
            const missing = tags.filter((tag) => !customElements.get(tag));
            reject(new Error(`not defined after ${ms} ms: ${missing.join(', ')}`));
          }, ms),
        ),
      ]),
    tags,
    ms,
  );
}

/** The paths the page requested below `prefix` (`/dist/cdn/chunks/`), without it. */
export const requestedUnder = (watch, prefix) =>
  watch.requests
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));

/** No policy violation, uncaught error, console error or failed request in the page. */
export async function assertClean(watch) {
  assert.deepEqual(await watch.violations(), [], 'securitypolicyviolation events');
  assert.deepEqual(watch.errors, [], 'errors in the page');
  assert.deepEqual(watch.failed, [], 'failed requests');
}
