// The figures `npm run bench:page` reads out of Lighthouse (scripts/bench-page-figures.js):
// checked on a Lighthouse 12 result trimmed to what the benchmark reads, with the shapes
// of a real run of bench/pages/one-button.html. No browser here.
// Run with `node --test test/scripts/` (`npm run test:scripts`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIGURES,
  formatBytes,
  formatTable,
  isScript,
  median,
  medianFigures,
  pageFigures,
  versus,
} from '../../scripts/bench-page-figures.js';

const ORIGIN = 'http://127.0.0.1:41503';

/** A network-requests item as Lighthouse 12 writes it. */
const request = (path, resourceType, transferSize, extra = {}) => ({
  url: ORIGIN + path,
  sessionTargetType: 'page',
  protocol: 'http/1.1',
  finished: true,
  transferSize,
  resourceSize: transferSize * 2,
  statusCode: 200,
  mimeType: resourceType === 'Script' ? 'text/javascript' : 'text/html',
  resourceType,
  priority: 'High',
  experimentalFromMainFrame: true,
  entity: '127.0.0.1',
  ...extra,
});

/** A trimmed Lighthouse result: the audits the benchmark reads, and a few it does not. */
function lighthouseResult({ tbt = 160, cls = 0.009446525459863499, lcp = 1247, fcp = 900 } = {}) {
  return {
    lighthouseVersion: '12.8.2',
    environment: { benchmarkIndex: 652 },
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    runWarnings: [],
    categories: { performance: { id: 'performance', score: 0.97 } },
    audits: {
      'total-blocking-time': { id: 'total-blocking-time', numericValue: tbt, numericUnit: 'ms' },
      'cumulative-layout-shift': {
        id: 'cumulative-layout-shift',
        numericValue: cls,
        numericUnit: 'unitless',
      },
      'largest-contentful-paint': { id: 'largest-contentful-paint', numericValue: lcp },
      'first-contentful-paint': { id: 'first-contentful-paint', numericValue: fcp },
      'resource-summary': {
        details: {
          type: 'table',
          items: [{ resourceType: 'script', requestCount: 3, transferSize: 6337 }],
        },
      },
      'layout-shifts': {
        details: {
          type: 'table',
          items: cls
            ? [
                {
                  node: { type: 'node', selector: 'body > main#top > section#about' },
                  score: cls,
                },
              ]
            : [],
        },
      },
      'network-requests': {
        details: {
          type: 'table',
          items: [
            request('/bench/pages/one-button.html', 'Document', 2224),
            request('/dist/cdn/knead-widgets.js', 'Script', 1339),
            request('/dist/cdn/chunks/define-e3-M-HT5.js', 'Script', 4988),
            // A module the network log did not type as a script still counts: its path says so.
            request('/dist/cdn/chunks/as-text-C7zpn29D.js', 'Other', 10),
            request('/dist/cdn/custom.json', 'Fetch', 500),
          ],
        },
      },
    },
  };
}

/** What the server sent, gzip bodies by path. */
const BODIES = new Map([
  ['/bench/pages/one-button.html', 2004],
  ['/dist/cdn/knead-widgets.js', 1119],
  ['/dist/cdn/chunks/define-e3-M-HT5.js', 4768],
  ['/dist/cdn/chunks/as-text-C7zpn29D.js', 7],
  ['/dist/cdn/custom.json', 480],
]);

test('median: the middle value, or the mean of the middle two, whatever the order', () => {
  assert.equal(median([5]), 5);
  assert.equal(median([300, 12, 40]), 40);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([0.009, 0, 0.009]), 0.009);
  const values = [3, 1, 2];
  median(values);
  assert.deepEqual(values, [3, 1, 2], 'the input is left unsorted');
});

test('median: no values or a missing figure is an error, not a number', () => {
  assert.throws(() => median([]), /No values/);
  assert.throws(() => median([1, NaN, 3]), /Not all numbers/);
  assert.throws(() => median([1, undefined]), /Not all numbers/);
});

test('isScript: Chromium calls it a script, or its path ends in .js', () => {
  assert.ok(isScript(request('/a.json', 'Script', 1)));
  assert.ok(isScript(request('/dist/cdn/x.js?v=1', 'Other', 1)));
  assert.ok(isScript(request('/x.mjs', 'Other', 1)));
  assert.ok(!isScript(request('/page.html', 'Document', 1)));
  assert.ok(!isScript(request('/dist/cdn/x.js.map', 'Other', 1)));
});

test('pageFigures: script bytes, requests and metrics from one run', () => {
  const figures = pageFigures(lighthouseResult(), BODIES);
  assert.deepEqual(figures, {
    scriptBytes: 1339 + 4988 + 10,
    scriptGzipBodies: 1119 + 4768 + 7,
    scriptRequests: 3,
    requests: 5,
    tbt: 160,
    cls: 0.009446525459863499,
    lcp: 1247,
    fcp: 900,
    score: 0.97,
    shifted: ['body > main#top > section#about (0.009)'],
    failed: [],
  });
  // The same count as Lighthouse's own summary of the run.
  const summary = lighthouseResult().audits['resource-summary'].details.items[0];
  assert.equal(figures.scriptRequests, summary.requestCount);
  assert.equal(figures.scriptBytes, summary.transferSize);
});

test('pageFigures: a page with no script has none, and no shift listed', () => {
  const lhr = lighthouseResult({ cls: 0, tbt: 0 });
  const items = lhr.audits['network-requests'].details.items;
  lhr.audits['network-requests'].details.items = items.filter((item) => !isScript(item));
  const figures = pageFigures(lhr, BODIES);
  assert.equal(figures.scriptBytes, 0);
  assert.equal(figures.scriptGzipBodies, 0);
  assert.equal(figures.scriptRequests, 0);
  assert.equal(figures.tbt, 0);
  assert.deepEqual(figures.shifted, []);
});

test('pageFigures: a failed script is listed, and counts no body', () => {
  const lhr = lighthouseResult();
  lhr.audits['network-requests'].details.items.push(
    request('/dist/cdn/chunks/gone.js', 'Script', 180, { statusCode: 404 }),
    request('/dist/cdn/chunks/cut.js', 'Script', 0, { statusCode: -1, finished: false }),
  );
  const figures = pageFigures(lhr, BODIES);
  assert.deepEqual(figures.failed, [
    `404 ${ORIGIN}/dist/cdn/chunks/gone.js`,
    `failed ${ORIGIN}/dist/cdn/chunks/cut.js`,
  ]);
  assert.equal(figures.scriptRequests, 5);
  assert.equal(figures.scriptBytes, 1339 + 4988 + 10 + 180);
  assert.equal(figures.scriptGzipBodies, 1119 + 4768 + 7);
});

test('pageFigures: a run Lighthouse could not measure is an error', () => {
  const broken = { ...lighthouseResult(), runtimeError: { code: 'NO_FCP', message: 'No FCP' } };
  assert.throws(() => pageFigures(broken, BODIES), /Lighthouse: No FCP/);

  const noLcp = lighthouseResult();
  noLcp.audits['largest-contentful-paint'] = {
    id: 'largest-contentful-paint',
    score: null,
    errorMessage: 'NO_LCP',
  };
  assert.throws(() => pageFigures(noLcp, BODIES), /no largest-contentful-paint: NO_LCP/);

  const noRequests = lighthouseResult();
  delete noRequests.audits['network-requests'];
  assert.throws(() => pageFigures(noRequests, BODIES), /no network-requests/);

  assert.throws(
    () => pageFigures(lighthouseResult(), new Map()),
    /did not send http:\/\/127\.0\.0\.1:41503\/dist\/cdn\/knead-widgets\.js/,
  );
});

test('medianFigures: each figure on its own, over the runs', () => {
  const runs = [
    pageFigures(lighthouseResult({ tbt: 160, lcp: 1247, cls: 0.009 }), BODIES),
    pageFigures(lighthouseResult({ tbt: 2012, lcp: 661, cls: 0 }), BODIES),
    pageFigures(lighthouseResult({ tbt: 324, lcp: 673, cls: 0.009 }), BODIES),
  ];
  const medians = medianFigures(runs);
  assert.deepEqual(Object.keys(medians), FIGURES);
  assert.equal(medians.tbt, 324);
  assert.equal(medians.lcp, 673);
  assert.equal(medians.cls, 0.009);
  assert.equal(medians.scriptBytes, 6337);
  assert.equal(medians.scriptRequests, 3);
  assert.ok(!('failed' in medians) && !('shifted' in medians), 'lists are not averaged');
  assert.throws(() => medianFigures([]), /No runs/);
});

test('versus: the difference to the baseline, and the ratio when the baseline is not 0', () => {
  assert.equal(versus(324, 262), '+62 ms (×1.2)');
  assert.equal(versus(2251, 317), '+1,934 ms (×7.1)');
  assert.equal(versus(100, 250), '−150 ms (×0.4)');
  assert.equal(versus(40, 0), '+40 ms');
  assert.equal(versus(0, 0), '±0 ms');
});

test('formatBytes: bytes, with KB for the eye', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(17368), '17,368 B (17.0 KB)');
});

test('formatTable: one markdown row per page, TBT against the bare page', () => {
  const figures = (scriptBytes, scriptRequests, tbt, cls, lcp) => ({
    scriptBytes,
    scriptRequests,
    tbt,
    cls,
    lcp,
  });
  const table = formatTable([
    { name: 'bare', figures: figures(0, 0, 262.4, 0, 667.2) },
    { name: 'one-button', figures: figures(17368, 4, 324, 0.009446, 673) },
    { name: 'all-in-one', figures: figures(54724, 1, 2222, 0, 1087) },
  ]);
  assert.equal(
    table,
    [
      '| page       |      script (gzip) | requests |      TBT |   CLS |      LCP |      TBT vs bare |',
      '| ---------- | -----------------: | -------: | -------: | ----: | -------: | ---------------: |',
      '| bare       |                0 B |        0 |   262 ms | 0.000 |   667 ms |                — |',
      '| one-button | 17,368 B (17.0 KB) |        4 |   324 ms | 0.009 |   673 ms |    +62 ms (×1.2) |',
      '| all-in-one | 54,724 B (53.4 KB) |        1 | 2,222 ms | 0.000 | 1,087 ms | +1,960 ms (×8.5) |',
    ].join('\n'),
  );
});

test('formatTable: without the baseline page the comparison says so', () => {
  const table = formatTable([
    { name: 'one-button', figures: { scriptBytes: 1, scriptRequests: 1, tbt: 1, cls: 0, lcp: 1 } },
  ]);
  const [header, , row] = table.split('\n');
  assert.match(header, /\| TBT vs bare \|$/);
  assert.match(row, /\| +\? \|$/);
});
