// The pure half of scripts/bench-page.js: the figures it reads out of a Lighthouse result
// (LHR), their medians over runs, and the markdown table it prints. No browser, no server,
// so test/scripts/bench-page.test.js checks it on result objects built by hand.

/** The figures of one page, in the order the JSON gives them. */
export const FIGURES = [
  'scriptBytes',
  'scriptGzipBodies',
  'scriptRequests',
  'requests',
  'tbt',
  'cls',
  'lcp',
  'fcp',
  'score',
];

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  if (!values.length) throw new Error('No values to take the median of.');
  if (values.some((value) => typeof value !== 'number' || Number.isNaN(value)))
    throw new Error(`Not all numbers: ${JSON.stringify(values)}`);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A script request: what Chromium reports as a script, or a `.js` path (a module the
 * network log types otherwise, or a script that failed before it had a type).
 */
export const isScript = (request) =>
  request.resourceType === 'Script' || /\.m?js$/.test(new URL(request.url).pathname);

/** An audit's numeric value; throws when the run produced none (a failed metric). */
function numeric(lhr, id) {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number' || Number.isNaN(value))
    throw new Error(
      `Lighthouse gave no ${id}${lhr.audits[id]?.errorMessage ? `: ${lhr.audits[id].errorMessage}` : ''}.`,
    );
  return value;
}

/**
 * The figures of one Lighthouse run. Script bytes are the `transferSize` of every script
 * request in the `network-requests` audit: the encoded (here gzip) body plus the response
 * headers, what the page actually downloaded. `gzipBodies` (URL path -> gzip bytes, from the
 * server) gives the bodies alone, which Lighthouse does not report.
 */
export function pageFigures(lhr, gzipBodies) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const requests = lhr.audits['network-requests']?.details?.items;
  if (!Array.isArray(requests)) throw new Error('Lighthouse gave no network-requests items.');
  const scripts = requests.filter(isScript);
  const body = ({ url, statusCode, finished }) => {
    if (statusCode >= 400 || finished === false) return 0;
    const bytes = gzipBodies.get(new URL(url).pathname);
    if (bytes === undefined) throw new Error(`The server did not send ${url}.`);
    return bytes;
  };
  return {
    scriptBytes: scripts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    scriptGzipBodies: scripts.reduce((sum, request) => sum + body(request), 0),
    scriptRequests: scripts.length,
    requests: requests.length,
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    fcp: numeric(lhr, 'first-contentful-paint'),
    score: lhr.categories?.performance?.score ?? NaN,
    // Kept out of the medians: a broken page or a shift should be reported, not averaged.
    shifted: (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${item.node?.selector ?? 'unknown element'} (${item.score.toFixed(3)})`,
    ),
    failed: requests
      .filter((request) => request.statusCode >= 400 || request.finished === false)
      .map((request) => `${request.statusCode > 0 ? request.statusCode : 'failed'} ${request.url}`),
  };
}

/** Each figure's median over the runs of one page. */
export function medianFigures(runs) {
  if (!runs.length) throw new Error('No runs.');
  return Object.fromEntries(
    FIGURES.map((name) => [name, median(runs.map((figures) => figures[name]))]),
  );
}

const grouped = (n) => Math.round(n).toLocaleString('en-US');
export const formatBytes = (bytes) =>
  bytes === 0 ? '0 B' : `${grouped(bytes)} B (${(bytes / 1024).toFixed(1)} KB)`;
export const formatMs = (ms) => `${grouped(ms)} ms`;
export const formatCls = (cls) => cls.toFixed(3);

/** A page's TBT against the baseline's: the difference, and the ratio where it has one. */
export function versus(tbt, baseline) {
  const difference = Math.round(tbt - baseline);
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const ratio = baseline > 0 ? ` (×${(tbt / baseline).toFixed(1)})` : '';
  return `${sign}${grouped(Math.abs(difference))} ms${ratio}`;
}

/**
 * The markdown table: one row per page (`{ name, figures }`, figures being medians), in the
 * order given, TBT compared with the page named `baseline`.
 */
export function formatTable(rows, baseline = 'bare') {
  const base = rows.find((row) => row.name === baseline);
  const header = ['page', 'script (gzip)', 'requests', 'TBT', 'CLS', 'LCP', `TBT vs ${baseline}`];
  const body = rows.map(({ name, figures: f }) => [
    name,
    formatBytes(f.scriptBytes),
    String(f.scriptRequests),
    formatMs(f.tbt),
    formatCls(f.cls),
    formatMs(f.lcp),
    !base ? '?' : name === baseline ? '—' : versus(f.tbt, base.figures.tbt),
  ]);
  // Padded columns, so the table reads well in a terminal as well as rendered.
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((row) => row[i].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
