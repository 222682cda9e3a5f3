// Benchmark, not a test: what the widgets cost a real page, as Lighthouse sees it. Three
// pages of one small clinic website (bench/pages/), each loaded with Lighthouse's defaults
// (mobile: a Moto G Power screen, simulated slow 4G and a 4× slower CPU), performance only:
//   bare          the site with no knead script and no knead elements;
//   one-button    the same plus the autoloader (dist/cdn/knead-widgets.js) and one booking
//                 button near the top;
//   every-widget  the same plus the autoloader and every widget: a clinic around a booking
//                 button, a technique card, the technique list, the symptom check and the
//                 exercise timer;
//   all-in-one    every-widget with dist/cdn/knead-widgets-all.js (one file that defines
//                 everything) in place of the autoloader, to compare the two.
// For each page, the median over the runs of: script transferred (the gzip bodies of every
// script request plus their response headers, about 200 B each), the number of script
// requests, total blocking time, cumulative layout shift and largest contentful paint.
//
// The repo is served from 127.0.0.1 with every response gzipped (level 9, as
// `npm run size` counts), so Lighthouse's transfer sizes are what a compressing CDN sends.
// Before the timed runs each widget page is opened once in plain Chromium to check that
// every widget gets defined and renders content, with no console error or failed request.
// Runs take the pages in turn, so drift in the machine's speed touches every page alike.
//
// Build first (`npm run build`): the pages load dist/.
// Usage: node scripts/bench-page.js [--runs 3] [--pages bare,one-button,...] [--json]
//                                   [--lhr-dir DIR]
//   --pages    which pages, comma-separated (default: all four, in the order above).
//   --json     the medians (and each run's figures) as JSON, instead of the table.
//   --lhr-dir  also writes each run's whole Lighthouse result there (<page>-<run>.json), to
//              open in the Lighthouse viewer and see where a figure comes from.
import { parseArgs } from 'node:util';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../web-test-runner.browsers.js';
import {
  formatBytes,
  formatTable,
  median,
  medianFigures,
  pageFigures,
} from './bench-page-figures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AUTOLOADER = '../../dist/cdn/knead-widgets.js';
const ALL_IN_ONE = '../../dist/cdn/knead-widgets-all.js';
const PAGES = [
  { name: 'bare', path: '/bench/pages/bare.html' },
  { name: 'one-button', path: '/bench/pages/one-button.html' },
  { name: 'every-widget', path: '/bench/pages/every-widget.html' },
  // Not a file: every-widget.html with the script swapped, so the two cannot drift apart.
  { name: 'all-in-one', path: '/bench/pages/every-widget-all-in-one.html' },
];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: PAGES.map((page) => page.name).join(',') },
    json: { type: 'boolean', default: false },
    'lhr-dir': { type: 'string' },
  },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs wants a whole number ≥ 1');
const pages = options.pages.split(',').map((name) => {
  const page = PAGES.find((known) => known.name === name.trim());
  if (!page) throw new Error(`No page ${name}; the pages: ${PAGES.map((p) => p.name).join(', ')}`);
  return page;
});
const COMMAND = ['node scripts/bench-page.js', ...process.argv.slice(2)].join(' ');
const log = (message) => options.json || console.error(message);

for (const file of ['dist/cdn/knead-widgets.js', 'dist/cdn/knead-widgets-all.js'])
  if (!existsSync(resolve(ROOT, file))) throw new Error(`No ${file}: run \`npm run build\` first.`);

// ---- The server --------------------------------------------------------------------------

const everyWidget = await readFile(resolve(ROOT, 'bench/pages/every-widget.html'), 'utf8');
if (everyWidget.split(`src="${AUTOLOADER}"`).length !== 2)
  throw new Error(`bench/pages/every-widget.html should load ${AUTOLOADER} once.`);
const generated = new Map([
  ['/bench/pages/every-widget-all-in-one.html', everyWidget.replace(AUTOLOADER, ALL_IN_ONE)],
]);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Gzip bytes of each body sent, by URL path: Lighthouse reports bodies and headers together. */
const gzipBodies = new Map();

/** The repo's files (and the generated page), gzipped, never cached. */
function handle(request, response) {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  } catch {
    return response.writeHead(400).end();
  }
  const file = resolve(ROOT, `.${path}`);
  const type = TYPES[extname(path)];
  const body = generated.has(path)
    ? Promise.resolve(generated.get(path))
    : file.startsWith(ROOT.replace(/[\\/]$/, '') + sep) && type
      ? readFile(file)
      : Promise.reject(new Error('not served'));
  body.then(
    (content) => {
      const gzipped = gzipSync(content, { level: 9 });
      gzipBodies.set(path, gzipped.length);
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': gzipped.length,
        'cache-control': 'no-store',
      });
      response.end(gzipped);
    },
    () => response.writeHead(404).end(),
  );
}

const server = createServer(handle);
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Run ---------------------------------------------------------------------------------

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
  // Lighthouse sets the screen it emulates; puppeteer's own 800×600 would fight it.
  defaultViewport: null,
});
const problems = [];
/** Notes console errors and warnings, page errors and failed requests on `page`. */
function watch(page, name) {
  page.on('pageerror', (error) => problems.push(`${name}: pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type()))
      problems.push(`${name}: console.${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`${name}: request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${name}: HTTP ${response.status()}: ${response.url()}`);
  });
}

/**
 * Opens a page as a visitor would, scrolls to the end (the autoloader loads widgets as they
 * come near), and checks every `knead-*` element is defined and shows content.
 */
async function checkWidgets({ name, path }) {
  const page = await browser.newPage();
  watch(page, `${name} (check)`);
  try {
    await page.setViewport({ width: 412, height: 823 });
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const shown = await page
      .waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((element) =>
            element.localName.startsWith('knead-'),
          );
          if (widgets.some((widget) => !widget.matches(':defined'))) return false;
          // The text a visitor sees: shadow roots, and slots as what they show.
          const shownText = (node) =>
            node.nodeType === Node.TEXT_NODE
              ? node.data
              : ['STYLE', 'SCRIPT'].includes(node.nodeName)
                ? ''
                : node.localName === 'slot' && node.assignedNodes({ flatten: true }).length
                  ? node.assignedNodes({ flatten: true }).map(shownText).join(' ')
                  : [...(node.shadowRoot ?? node).childNodes].map(shownText).join(' ');
          return widgets.map((widget) => ({
            tag: widget.localName,
            text: shownText(widget).replace(/\s+/g, ' ').trim(),
          }));
        },
        { timeout: 15_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue());
    for (const { tag, text } of shown)
      if (!text) problems.push(`${name} (check): <${tag}> shows no text`);
    // Let late work (idle callbacks, timers) report its errors too.
    await new Promise((done) => setTimeout(done, 500));
    return shown;
  } catch (error) {
    problems.push(`${name} (check): ${error.message.split('\n')[0]}`);
    return [];
  } finally {
    await page.close();
  }
}

const started = Date.now();
// Lighthouse simulates a slow phone from what it observes here, so a busy machine inflates
// TBT: the load is printed with the figures.
const loadBefore = loadavg()[0];
const results = new Map(pages.map((page) => [page.name, []]));
let meta;
try {
  for (const page of pages.filter((page) => page.name !== 'bare')) {
    const shown = await checkWidgets(page);
    log(`${page.name} renders:`);
    for (const { tag, text } of shown) log(`  <${tag}> "${text.slice(0, 60)}…"`);
  }
  for (let run = 1; run <= RUNS; run++) {
    for (const { name, path } of pages) {
      log(`Run ${run}/${RUNS}: ${name}…`);
      const page = await browser.newPage();
      watch(page, name);
      try {
        // Lighthouse's defaults are the mobile preset: form factor, screen, simulated throttling.
        const result = await lighthouse(
          origin + path,
          { onlyCategories: ['performance'], logLevel: 'error', output: 'json' },
          undefined,
          page,
        );
        const { lhr } = result;
        if (options['lhr-dir']) {
          mkdirSync(options['lhr-dir'], { recursive: true });
          writeFileSync(resolve(options['lhr-dir'], `${name}-${run}.json`), result.report);
        }
        const figures = pageFigures(lhr, gzipBodies);
        for (const failed of figures.failed) problems.push(`${name}: Lighthouse: ${failed}`);
        for (const warning of lhr.runWarnings) problems.push(`${name}: Lighthouse: ${warning}`);
        results.get(name).push({ ...figures, benchmarkIndex: lhr.environment.benchmarkIndex });
        meta ??= {
          lighthouse: lhr.lighthouseVersion,
          formFactor: lhr.configSettings.formFactor,
          throttlingMethod: lhr.configSettings.throttlingMethod,
          throttling: lhr.configSettings.throttling,
        };
      } finally {
        await page.close();
      }
    }
  }
  const chromium = await browser.version();
  const rows = pages.map(({ name, path }) => ({
    name,
    url: path,
    figures: medianFigures(results.get(name)),
    runs: results.get(name),
  }));
  const benchmarkIndex = median(
    [...results.values()].flat().map((figures) => figures.benchmarkIndex),
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const load = { before: loadBefore, after: loadavg()[0], cpus: availableParallelism() };
  const unique = [...new Set(problems)];
  const shifts = rows
    .map(({ name, runs }) => [name, [...new Set(runs.flatMap((figures) => figures.shifted))]])
    .filter(([, shifted]) => shifted.length);

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          command: COMMAND,
          date: new Date().toISOString(),
          chromium,
          ...meta,
          benchmarkIndex,
          loadAverage: load,
          runsPerPage: RUNS,
          seconds,
          pages: rows.map(({ name, url, figures, runs }) => ({
            name,
            url,
            medians: figures,
            runs: runs.map(({ failed: _failed, ...figures }) => figures),
          })),
          problems: unique,
        },
        null,
        2,
      ),
    );
  } else {
    const t = meta.throttling;
    console.log(
      [
        `$ ${COMMAND}`,
        `Lighthouse ${meta.lighthouse}, ${chromium}, ${new Date().toISOString()}.`,
        `${meta.formFactor}, ${meta.throttlingMethod} throttling (${t.rttMs} ms RTT, ` +
          `${Math.round(t.throughputKbps)} kbit/s, CPU ×${t.cpuSlowdownMultiplier}); ` +
          `this machine's benchmarkIndex ${Math.round(benchmarkIndex)}, load average ` +
          `${load.before.toFixed(1)} → ${load.after.toFixed(1)} on ${load.cpus} CPUs. ` +
          `Medians of ${RUNS} run${RUNS === 1 ? '' : 's'} per page, ${seconds} s in all.`,
        '',
        formatTable(rows),
        '',
        'script (gzip): what Lighthouse counts, gzip bodies plus response headers, of every ' +
          'script request; requests: script requests. Gzip bodies alone: ' +
          rows
            .map(({ name, figures }) => `${name} ${formatBytes(figures.scriptGzipBodies)}`)
            .join(', '),
        `TBT of each run: ${rows.map(({ name, runs }) => `${name} ${runs.map((figures) => Math.round(figures.tbt)).join(' / ')} ms`).join('; ')}`,
        ...shifts.map(([name, shifted]) => `Layout shifts, ${name}: ${shifted.join(', ')}`),
      ].join('\n'),
    );
  }
  if (unique.length) {
    console.error(`Problems:\n  ${unique.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
