// Measures what a page downloads, in gzip bytes (minified, level 9): each element's define
// entry bundled with lit inside and with lit left out, and the whole CDN file. "Initial" is
// what loads with the element; "lazy" is code it imports only when needed (the booking
// popup). Checks the initial figures with lit against size-budget.json: exits 1 above a
// `limit`, and reports each `target` not met yet. `--json` prints the figures only.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyLiterals from './minify-literals-plugin.js';
import noPreloadHelper from './no-preload-helper-plugin.js';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const elements = {
  'knead-clinic': 'src/clinic/define.ts',
  'knead-booking-button': 'src/booking-button/define.ts',
  'knead-technique-card': 'src/technique-card/define.ts',
  'knead-technique-list': 'src/technique-list/define.ts',
  'knead-symptom-check': 'src/symptom-check/define.ts',
  'knead-exercise-timer': 'src/exercise-timer/define.ts',
};
const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function measure(entry, withLit) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals(), noPreloadHelper()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rollupOptions: {
        input: resolve(entry),
        preserveEntrySignatures: 'exports-only',
        external: withLit ? [] : [/^lit($|\/)/, /^@lit\//],
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The entry and everything it imports statically load at once; the rest on demand.
  const initial = new Set();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const lazy = chunks.filter((chunk) => !initial.has(chunk));
  const join = (list) => list.map((chunk) => chunk.code).join('\n');
  return { initial: gzip(join([...initial])), lazy: lazy.length ? gzip(join(lazy)) : 0 };
}

const rows = [];
for (const [name, entry] of Object.entries(elements)) {
  const withLit = await measure(entry, true);
  const withoutLit = await measure(entry, false);
  rows.push({
    name,
    withLit: withLit.initial,
    withoutLit: withoutLit.initial,
    lazy: withoutLit.lazy,
  });
}
rows.push({
  name: 'CDN bundle',
  withLit: gzip(readFileSync('dist/cdn/knead-widgets.js')),
  withoutLit: undefined,
  lazy: 0,
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const show = (n) => (n === undefined || n === 0 ? '-' : `${n} B (${(n / 1024).toFixed(2)} KB)`);
console.log(
  'gzip bytes of minified code | initial with lit | initial without lit | lazy | limit | target',
);
const over = [];
const short = [];
for (const row of rows) {
  const { limit, target } = budget[row.name] ?? {};
  // Every figure needs a limit: a new element must not grow unwatched.
  if (limit === undefined) over.push(`${row.name}: no limit in size-budget.json`);
  if (limit !== undefined && row.withLit > limit)
    over.push(`${row.name}: ${row.withLit} B > limit ${limit} B`);
  if (target !== undefined && row.withLit > target)
    short.push(`${row.name}: ${row.withLit} B > target ${target} B`);
  console.log(
    [
      row.name,
      show(row.withLit),
      show(row.withoutLit),
      show(row.lazy),
      show(limit),
      show(target),
    ].join(' | '),
  );
}
if (short.length) console.log(`Targets not met yet:\n${short.join('\n')}`);
if (over.length) {
  console.error(`Over the limit in size-budget.json:\n${over.join('\n')}`);
  process.exit(1);
}
console.log('All within their limits.');
