// Opens every story of the static Storybook build (storybook-static/, from `npm run
// build-storybook`) in headless Chromium and fails a story when its play function or the a11y
// addon fails (the addon's test mode is 'error'), when axe-core finds a violation in the story's
// final state, or when the page throws or logs an unexpected console error. The widgets'
// documented bad-input reports ("knead-widgets: …" console errors) are expected, since some
// stories show refused input on purpose.
// Then the toolbar's other languages: each story without a story-level play function runs
// again with `globals=locale:fr` and `locale:es`, and fails when axe finds a violation, when
// the widgets' words are the same as in English (the toolbar did not reach them), or on any
// error other than a play function's: play functions drive and assert the English texts, so
// a meta-level one (not tagged in the index) stops early there, leaving the story's first
// state, which is what is checked.
// Usage: node scripts/check-stories.js [--filter <regex on story ids>]
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../web-test-runner.browsers.js';

const ROOT = resolve(import.meta.dirname, '..', 'storybook-static');
const STORY_TIMEOUT_MS = 20_000;
// Two CPUs on CI: two stories at a time keeps the play functions' timing honest.
const CONCURRENCY = 2;
// The same as the a11y addon: 'region' is off, Storybook's own elements are left out.
const AXE_CONTEXT = {
  include: 'body',
  exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
};
const AXE_OPTIONS = { rules: { region: { enabled: false } } };
// A widget's own message about bad input: expected only in stories tagged to show it.
const EXPECTED_CONSOLE_ERROR = /^knead-widgets:/;
const EXPECTS_ERRORS_TAG = 'expects-console-errors';
const STORYBOOK_ERROR_EVENTS = [
  'storyErrored',
  'storyMissing',
  'storyThrewException',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

let filter = null;
try {
  const { values } = parseArgs({ options: { filter: { type: 'string' } } });
  if (values.filter !== undefined) filter = new RegExp(values.filter);
} catch (error) {
  console.error(`${error.message}\nUsage: node scripts/check-stories.js [--filter <regex>]`);
  process.exit(1);
}

const indexPath = join(ROOT, 'index.json');
if (!existsSync(indexPath)) {
  console.error(`${indexPath} is missing: run npm run build-storybook first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(indexPath, 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!filter || filter.test(entry.id)),
);
const ids = stories.map((entry) => entry.id);
const expectsErrors = new Set(
  stories.filter((entry) => entry.tags?.includes(EXPECTS_ERRORS_TAG)).map((entry) => entry.id),
);
if (ids.length === 0) {
  console.error(`No stories${filter ? ` match ${filter}` : ''} in ${indexPath}.`);
  console.log('stories: 0 passed, 0 failed');
  process.exit(1);
}
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serves storybook-static/ as it is: a file, or a directory's index.html, or 404. */
function serve() {
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = resolve(ROOT, `.${pathname}`);
      if (file !== ROOT && !file.startsWith(ROOT + sep)) throw new Error('outside the build');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // The build does not change during a run, and each run's browser starts with no cache.
        'cache-control': 'max-age=3600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/** In the page, before Storybook loads: records the channel's run and error events. */
function recordStorybookEvents(errorEvents) {
  window.__storyEvents = [];
  const watched = new WeakSet();
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel) {
      current = channel;
      if (!channel || watched.has(channel)) return;
      watched.add(channel);
      channel.on('storyFinished', (payload) => {
        window.__storyEvents.push({
          name: 'storyFinished',
          status: payload.status,
          reporters: (payload.reporters ?? []).map((report) => ({
            type: report.type,
            status: report.status,
            violations: (report.result?.violations ?? []).map((v) => ({
              id: v.id,
              impact: v.impact,
              targets: v.nodes.map((n) => n.target),
            })),
            error: report.result?.error ? String(report.result.error) : undefined,
          })),
        });
      });
      for (const name of errorEvents) {
        channel.on(name, (...args) => {
          // Errors arrive serialized ({ name, message, stack }); storyErrored has a title.
          const describe = (arg) => {
            if (arg?.message) return `${arg.name ?? 'Error'}: ${arg.message}`;
            if (arg?.title) return `${arg.title} ${arg.description ?? ''}`;
            try {
              return JSON.stringify(arg);
            } catch {
              return String(arg);
            }
          };
          window.__storyEvents.push({ name, detail: args.flat().map(describe).join(', ') });
        });
      }
    },
  });
}

function short(text, length = 300) {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}

/** E.g. "button-name (critical) at knead-technique-card >>> button" (>>>: into a shadow root). */
function describeViolation({ id, impact, targets }) {
  const where = targets.map((target) => target.flat(Infinity).join(' >>> ')).join(', ');
  return `${id} (${impact}) at ${short(where, 200)}`;
}

/** Events of a play function that fails: expected in another language (see the top). */
const PLAY_EVENTS = ['playFunctionThrewException', 'unhandledErrorsWhilePlaying'];

/** The toolbar's other languages, each checked on the stories that have no play function. */
const OTHER_LANGUAGES = ['fr', 'es'];

/** In the page: every word the story shows, through the widgets' shadow roots. */
function deepText() {
  const words = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE && !/^(style|script)$/i.test(node.parentNode?.nodeName))
      words.push(node.textContent);
    if (node.nodeType === Node.ELEMENT_NODE && node.hasAttribute('aria-label'))
      words.push(node.getAttribute('aria-label'));
    if (node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(document.querySelector('#storybook-root') ?? document.body);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** Runs one story in a fresh page and returns the reasons it fails (none: OK). */
async function checkStory(browser, baseUrl, id, locale = 'en') {
  const reasons = [];
  let expectedErrors = 0;
  let page;
  let text = '';
  try {
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => reasons.push(`pageerror: ${short(error.message)}`));
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      const text = message.text();
      if (EXPECTED_CONSOLE_ERROR.test(text) && expectsErrors.has(id)) expectedErrors++;
      else if (/\/favicon\.(ico|svg)$/.test(message.location()?.url ?? '')) return;
      else reasons.push(`console error: ${short(text)}`);
    });
    await page.evaluateOnNewDocument(recordStorybookEvents, STORYBOOK_ERROR_EVENTS);
    const globals = locale === 'en' ? '' : `&globals=locale:${locale}`;
    await page.goto(
      `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals}`,
      { waitUntil: 'load' },
    );
    const done = await page
      .waitForFunction(
        () =>
          window.__storyEvents.some((e) => e.name === 'storyFinished' || e.name === 'storyMissing'),
        { timeout: STORY_TIMEOUT_MS, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    const events = await page.evaluate(() => window.__storyEvents);
    const plays = events.filter((e) => PLAY_EVENTS.includes(e.name)).map((e) => e.detail);
    for (const event of events.filter((e) => e.name !== 'storyFinished')) {
      if (locale !== 'en' && PLAY_EVENTS.includes(event.name)) continue;
      reasons.push(`${event.name}: ${short(event.detail)}`);
    }
    // The same play error, also logged to the console.
    if (locale !== 'en')
      for (let i = reasons.length - 1; i >= 0; i--)
        if (plays.some((play) => reasons[i].includes(short(play).split(': ').pop().slice(0, 60))))
          reasons.splice(i, 1);
    const finished = events.find((e) => e.name === 'storyFinished');
    if (!done || !finished) {
      if (!done) reasons.push(`no storyFinished within ${STORY_TIMEOUT_MS / 1000} s`);
      return { reasons, expectedErrors, text };
    }
    if (finished.status !== 'success' && !(locale !== 'en' && plays.length))
      reasons.push(`play/run status ${finished.status}`);
    for (const report of finished.reporters) {
      if (report.status === 'passed') continue;
      reasons.push(`${report.type} reporter ${report.status}`);
      for (const violation of report.violations) {
        reasons.push(`${report.type}: ${describeViolation(violation)}`);
      }
      if (report.error) reasons.push(`${report.type} error: ${short(report.error)}`);
    }
    // axe-core once more, on the final state (after the play function and the addon's run).
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(
      async (context, axeOptions) => {
        const result = await window.axe.run(context, axeOptions);
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.map((n) => n.target),
        }));
      },
      AXE_CONTEXT,
      AXE_OPTIONS,
    );
    for (const violation of violations) reasons.push(`axe-core: ${describeViolation(violation)}`);
    text = await page.evaluate(deepText);
  } catch (error) {
    reasons.push(`check failed: ${short(error.message)}`);
  } finally {
    await page?.close().catch(() => {});
  }
  return { reasons, expectedErrors, text };
}

const server = await serve();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const runs = [
  ...ids.map((id) => ({ id, locale: 'en' })),
  ...OTHER_LANGUAGES.flatMap((locale) =>
    stories
      .filter((entry) => !entry.tags?.includes('play-fn'))
      .map((entry) => ({ id: entry.id, locale })),
  ),
];
const results = new Array(runs.length);
const englishText = new Map();
let passed = 0;
let failed = 0;
try {
  // Stories run two at a time; their lines are printed in index order.
  let nextToRun = 0;
  let nextToPrint = 0;
  const printReady = () => {
    while (nextToPrint < runs.length && results[nextToPrint]) {
      const { reasons, expectedErrors } = results[nextToPrint];
      const { id: storyId, locale } = runs[nextToPrint++];
      const id = locale === 'en' ? storyId : `${storyId} [${locale}]`;
      const expected = expectedErrors
        ? ` (${expectedErrors} expected knead-widgets error${expectedErrors > 1 ? 's' : ''})`
        : '';
      if (reasons.length === 0) {
        passed++;
        console.log(`OK   ${id}${expected}`);
      } else {
        failed++;
        console.log(`FAIL ${id}: ${reasons.join('; ')}`);
      }
    }
  };
  const worker = async () => {
    while (nextToRun < runs.length) {
      const i = nextToRun++;
      const { id, locale } = runs[i];
      // The other languages start once every English run is done: they compare with it.
      while (locale !== 'en' && englishText.size < ids.length)
        await new Promise((wait) => setTimeout(wait, 100));
      const result = await checkStory(browser, baseUrl, id, locale);
      if (locale === 'en') englishText.set(id, result.text);
      else if (result.text && result.text === englishText.get(id))
        result.reasons.push(`the story's words are the same in "${locale}" as in English`);
      results[i] = result;
      printReady();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, runs.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
