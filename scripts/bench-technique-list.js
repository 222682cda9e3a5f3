// Benchmark, not a test: how much slower is a first render of <knead-technique-list> with 50
// cards than the same content written as plain HTML? Each run opens a fresh tab, inserts
// the list (or the static copy) and times DOM creation, style, layout and the first frame
// with performance.now(). Runs alternate which page goes first, so neither always gets the
// warmer browser; the table shows medians and quartiles, and widget/static as a ratio.
//
// The widgets are the production CDN bundle, built in memory from src/ with the repo's own
// `--mode cdn` config (production Lit, and it never touches dist/), unless --bundle names
// a built file.
//
// Usage: node scripts/bench-technique-list.js [--runs 21] [--static template|innerhtml]
//                                             [--bundle dist/cdn/knead-widgets.js] [--json]
//   --static template  (default) the static cards are parsed once at load into a <template>;
//                      the timed step clones it, as Lit clones its own parsed templates.
//   --static innerhtml the timed step assigns the HTML string, so it pays for parsing too.
import { parseArgs } from 'node:util';
import { bundleCode, inlineJson, quantile, serve } from './bench-server.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../web-test-runner.browsers.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    static: { type: 'string', default: 'template' },
    bundle: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a whole number ≥ 1`);
if (!['template', 'innerhtml'].includes(options.static))
  throw new Error(`--static wants template or innerhtml, not ${options.static}`);
const CARDS = 50;
const VIEWPORT = { width: 1200, height: 900 };
// Chromium's first tab pays one-off costs (renderer start, code caching) that belong to
// neither side, so the first pair of runs is thrown away.
const WARMUP_PAIRS = 1;

const log = (message) => options.json || console.error(message);

// ---- Pages -------------------------------------------------------------------------------

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

// Both pages share this: the same page font and width, so the cards wrap alike.
const PAGE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d2624; }
  main { max-width: 1100px; margin: 0 auto; padding: 1em; }
`;

// The timing, the same on both pages. `insert(main)` creates the content and resolves once
// it is all in the DOM; then a forced layout, then the first frame after it: rAF runs just
// before the frame is produced, the setTimeout after it.
// Headless Chromium starts frames on a 60 Hz clock that no flag turned off (tried:
// --disable-frame-rate-limit, --disable-gpu-vsync, --run-all-compositor-stages-before-draw),
// so "to the next frame" holds 0–16.7 ms of idle wait at a random phase: noise that also
// pulls the ratio towards 1. The idle stretch is from the forced layout to the rAF callback,
// and `busy` leaves it out.
const HARNESS = `
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.measure = async () => {
    // Start from an idle main thread, not amid the new tab's own start-up work.
    await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
    await nextFrame();
    await nextFrame();
    const main = document.querySelector('main');
    const start = performance.now();
    const count = await insert(main);
    void document.body.offsetHeight;
    const laidOut = performance.now();
    const frameStart = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    await new Promise((r) => setTimeout(r, 0));
    const end = performance.now();
    return {
      frame: end - start,
      busy: end - start - (frameStart - laidOut),
      layout: laidOut - start,
      count,
      height: document.documentElement.scrollHeight,
    };
  };
`;

function page(title, head, script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${PAGE_CSS}</style>
${head}
<script type="module">
${HARNESS}
${script}
window.ready = true;
</script>
</head>
<body><main></main></body>
</html>`;
}

function widgetPage(techniques) {
  // Module scripts run in order: the bundle has defined every element before the harness.
  return page(
    'bench: knead-technique-list',
    `<script type="module" src="/knead-widgets.js"></script>
<script>window.TECHNIQUES = ${inlineJson(techniques)};</script>`,
    `async function insert(main) {
      const list = document.createElement('knead-technique-list');
      list.data = window.TECHNIQUES;
      main.append(list);
      await list.updateComplete;
      const cards = list.cards;
      await Promise.all(cards.map((card) => card.updateComplete));
      return cards.length;
    }`,
  );
}

// The card and list styles, moved out of shadow DOM onto classes: same tokens, same
// layout rules, so style and layout do comparable work on both pages.
const STATIC_CSS = `
  .list {
    container-type: inline-size; display: block;
    --_accent: light-dark(#0b6b61, #7fd8cb); --_text: light-dark(#1d2624, #e8efed);
    --_muted: light-dark(#4a5654, #b5c2bf); --_surface: light-dark(#ffffff, #17201e);
    --_border: light-dark(#8a9794, #6d7b78); --_radius: 8px; --_target: 44px;
    --_tag: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    box-sizing: border-box; line-height: 1.5; color: var(--_text);
  }
  .list *, .list *::before, .list *::after { box-sizing: border-box; }
  .grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em;
    margin: 0; padding: 0; list-style: none; }
  .grid > li { display: flex; min-width: 0; }
  @container (min-width: 560px) {
    .grid { grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr)); }
  }
  .card { display: flex; flex: 1; flex-direction: column; height: 100%; min-width: 0;
    overflow: hidden; background: var(--_surface); border: 1px solid var(--_border);
    border-radius: var(--_radius); }
  .body { display: flex; flex: 1; flex-direction: column; gap: 0.75em; padding: 1.25em; }
  .heading { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
    gap: 0.25em 0.75em; }
  .name { margin: 0; font-size: 1.25em; font-weight: 700; line-height: 1.25; }
  .card p, .card ul { margin: 0; }
  .facts { display: grid; grid-template-columns: auto 1fr; align-items: baseline;
    gap: 0.25em 0.75em; margin: 0; }
  .facts > div { display: contents; }
  .card dt, .card .label { color: var(--_muted); font-size: 0.8125em; }
  .card dd { margin: 0; font-weight: 600; }
  .pressure { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  .meter { display: inline-flex; gap: 3px; }
  .pip { width: 0.75em; height: 0.75em; border: 2px solid var(--_accent); border-radius: 50%; }
  .pip.on { background: var(--_accent); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  .goals ul { display: flex; flex-wrap: wrap; gap: 0.375em; margin-top: 0.25em; padding: 0;
    list-style: none; }
  .tag { padding: 0.125em 0.625em; border-radius: 999px; background: var(--_tag);
    font-size: 0.875em; }
  .details { border-top: 1px solid var(--_border); }
  .details summary { display: flex; align-items: center; min-height: var(--_target);
    color: var(--_accent); font-weight: 600; cursor: pointer; }
  .details summary::marker { content: ''; }
  .details summary::before { content: '+'; display: inline-block; width: 1.25em; font-weight: 700; }
  .details[open] > summary::before { content: '−'; }
  .details-body { display: flex; flex-direction: column; gap: 0.5em; padding-bottom: 0.5em; }
  .subheading { margin: 0; font-size: 1em; font-weight: 700; }
  .cautions { padding-inline-start: 1.25em; }
`;

// The words the card uses, read from the bundle with the catalog (see the probe below).
let GOAL_LABELS = {};
let PRESSURE_LABELS = {};

const list = (items, item) => items.map(item).join('');
const minutes = ({ min, max }) => (min === max ? `${min} min` : `${min}–${max} min`);

/** One card as plain HTML: what <knead-technique-card> renders, element for element. */
function staticCard(t) {
  const e = escapeHtml;
  const pips = list(
    [1, 2, 3, 4, 5],
    (n) => `<span class="${n <= t.pressure ? 'pip on' : 'pip'}"></span>`,
  );
  const session = t.duration ? `<div><dt>Session</dt><dd>${minutes(t.duration)}</dd></div>` : '';
  const goals = t.goals.length
    ? `<div class="goals"><span class="label" id="goals-${t.id}">Good for</span>
        <ul aria-labelledby="goals-${t.id}">
          ${list(t.goals, (goal) => `<li class="tag">${e(GOAL_LABELS[goal])}</li>`)}
        </ul></div>`
    : '';
  const feels = t.feelsLike
    ? `<h4 class="subheading">What it feels like</h4><p>${e(t.feelsLike)}</p>`
    : '';
  const cautions = t.cautions.length
    ? `<h4 class="subheading">Cautions</h4>
        <ul class="cautions">${list(t.cautions, (caution) => `<li>${e(caution)}</li>`)}</ul>`
    : '';
  return `<li><article class="card" aria-labelledby="name-${t.id}"><div class="body">
    <div class="heading"><h3 class="name" id="name-${t.id}">${e(t.name)}</h3></div>
    <p class="summary">${e(t.summary)}</p>
    <dl class="facts"><div><dt>Pressure</dt><dd class="pressure">
      <span>${e(t.pressureLabel || PRESSURE_LABELS[t.pressure])}</span>
      <meter class="visually-hidden" aria-label="Pressure" min="1" max="5" value="${t.pressure}">
        ${t.pressure} of 5
      </meter>
      <span class="meter" aria-hidden="true">${pips}</span></dd></div>${session}</dl>
    ${goals}
    <details class="details"><summary>More about ${e(t.name)}</summary><div class="details-body">
      ${t.description ? `<p>${e(t.description)}</p>` : ''}${feels}${cautions}</div></details>
  </div></article></li>`;
}

function staticPage(techniques, mode) {
  const html = `<div class="list"><ul class="grid" aria-label="Massage techniques">
    ${list(techniques, staticCard)}
  </ul></div>`;
  const insert =
    mode === 'template'
      ? `const template = document.querySelector('#cards');
         async function insert(main) {
           main.append(template.content.cloneNode(true));
           return main.querySelectorAll('article').length;
         }`
      : `const html = ${inlineJson(html)};
         async function insert(main) {
           main.innerHTML = html;
           return main.querySelectorAll('article').length;
         }`;
  const template = mode === 'template' ? `<template id="cards">${html}</template>` : '';
  const head = `<style>${STATIC_CSS}</style>${template}`;
  return page('bench: static HTML', head, insert);
}

/** `count` techniques: the catalog over and over, each copy with its own id. */
function cycledTechniques(catalog, count) {
  return Array.from({ length: count }, (_, i) => {
    const technique = catalog[i % catalog.length];
    return { ...technique, id: `${technique.id}-${Math.floor(i / catalog.length) + 1}` };
  });
}

// ---- Statistics --------------------------------------------------------------------------

const round = (n) => Math.round(n * 100) / 100;
const summary = (values) => ({
  median: round(quantile(values, 0.5)),
  p25: round(quantile(values, 0.25)),
  p75: round(quantile(values, 0.75)),
});

// ---- Run ---------------------------------------------------------------------------------

const routes = new Map([
  ['/knead-widgets.js', ['text/javascript', await bundleCode(options.bundle, log)]],
]);
routes.set('/empty.html', ['text/html', page('bench: catalog', '', 'async function insert() {}')]);
const { server, origin } = await serve(routes);

const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  // The catalog and labels as the bundle has them, so the benchmark follows src/ without
  // importing TypeScript.
  const probe = await browser.newPage();
  await probe.goto(`${origin}/empty.html`);
  await probe.addScriptTag({ url: '/knead-widgets.js', type: 'module' });
  const { catalog, goalLabels, pressureLabels } = await probe.evaluate(async () => {
    const library = await import('/knead-widgets.js');
    return JSON.parse(
      JSON.stringify({
        catalog: library.BUILT_IN_TECHNIQUES,
        goalLabels: library.GOAL_LABELS,
        pressureLabels: library.PRESSURE_LABELS,
      }),
    );
  });
  GOAL_LABELS = goalLabels;
  PRESSURE_LABELS = pressureLabels;
  await probe.close();
  const techniques = cycledTechniques(catalog, CARDS);
  routes.set('/widget.html', ['text/html', widgetPage(techniques)]);
  routes.set('/static.html', ['text/html', staticPage(techniques, options.static)]);
  log(`${catalog.length} built-in techniques, cycled to ${CARDS} cards.`);

  const problems = [];
  async function measure(kind) {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => problems.push(`${kind}: ${error.message}`));
    tab.on('console', (message) => {
      if (['error', 'warn', 'warning'].includes(message.type()))
        problems.push(`${kind}: console.${message.type()}: ${message.text()}`);
    });
    await tab.setViewport(VIEWPORT);
    await tab.goto(`${origin}/${kind}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.ready === true);
    const result = await tab.evaluate(() => window.measure());
    await tab.close();
    if (result.count !== CARDS) problems.push(`${kind}: ${result.count} cards, not ${CARDS}`);
    return result;
  }

  const samples = { widget: [], static: [] };
  for (let i = -WARMUP_PAIRS; i < RUNS; i++) {
    for (const kind of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
      const result = await measure(kind);
      if (i >= 0) samples[kind].push(result);
    }
    if (i >= 0) log(`run ${i + 1}/${RUNS}`);
  }
  if (problems.length) {
    // Dev-mode Lit warns on the console; so would a card that failed to render.
    console.error(`The pages reported problems:\n${[...new Set(problems)].join('\n')}`);
    process.exitCode = 1;
  }

  const figures = (metric) => {
    const widget = summary(samples.widget.map((s) => s[metric]));
    const plain = summary(samples.static.map((s) => s[metric]));
    // The two runs of a pair are seconds apart, so they share whatever else the machine is
    // doing: the median of their ratios is steadier than the ratio of medians on a busy box.
    const pairs = samples.widget.map((s, i) => s[metric] / samples.static[i][metric]);
    return {
      widget,
      static: plain,
      ratio: round(widget.median / plain.median),
      pairRatio: summary(pairs),
    };
  };
  const report = {
    date: new Date().toISOString(),
    chromium: await browser.version(),
    cards: CARDS,
    runs: RUNS,
    static: options.static,
    bundle: options.bundle ?? 'built in memory from src/ (vite --mode cdn)',
    firstFrame: figures('frame'),
    firstFrameLessVsyncWait: figures('busy'),
    throughLayout: figures('layout'),
    pageHeight: { widget: samples.widget[0].height, static: samples.static[0].height },
    samples: {
      widget: samples.widget.map((s) => round(s.frame)),
      static: samples.static.map((s) => round(s.frame)),
    },
  };

  if (report.pageHeight.widget !== report.pageHeight.static) {
    // Equal heights are the cheap sign that both pages lay out the same boxes; a change to
    // the card's markup or styles should be copied into staticCard and STATIC_CSS.
    console.error(
      `Warning: the static copy no longer matches the cards (page height ${report.pageHeight.static} px, widget ${report.pageHeight.widget} px).`,
    );
  }
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const spread = ({ median, p25, p75 }, digits, unit = '') =>
      `${median.toFixed(digits)}${unit} (${p25.toFixed(digits)}–${p75.toFixed(digits)})`;
    const row = (label, f) =>
      `| ${label} | ${spread(f.widget, 1)} | ${spread(f.static, 1)} | ${f.ratio.toFixed(2)}× | ${spread(f.pairRatio, 2, '×')} |`;
    console.log(
      [
        `First render of ${CARDS} technique cards: ${RUNS} runs each, a fresh tab per run.`,
        `${report.chromium}, ${report.date}. Static HTML inserted by ${options.static === 'template' ? 'cloning a <template>' : 'innerHTML'}.`,
        '',
        '| ms, median (p25–p75) | widget | static HTML | widget/static | per-pair ratio |',
        '| --- | --- | --- | --- | --- |',
        row('to first frame', report.firstFrame),
        row('same, less vsync wait', report.firstFrameLessVsyncWait),
        row('to layout, no frame', report.throughLayout),
      ].join('\n'),
    );
  }
} finally {
  await browser.close();
  server.close();
}
