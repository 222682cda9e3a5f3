// Measures what a page downloads, in gzip bytes (minified, level 9), from the CDN builds as
// vite.config.ts makes them (built again here, in memory):
// - each element through the autoloader: the loader, the element's chunk and every chunk
//   those import statically, which is what a page with only that element loads; "lazy" is
//   what the element imports only when needed (the booking popup, the validators of a
//   clinic's own JSON, the cards in the symptom check's result); some lazy parts also have
//   a row and a limit of their own (the exercise pictures);
// - the loader alone (a page that pastes the script but shows no widget), every element on
//   one page through the loader, and the all-in-one file;
// - each element's French and Spanish: the chunks its language module needs that the page
//   has not loaded already (only a page in that language loads them; the all-in-one file
//   carries every language);
// - each element's npm entry with lit left out: what an app that bundles its own lit adds.
// Checks the figures against size-budget.json: exits 1 above a `limit`, or when a page with
// every widget loads more than the all-in-one file plus `every widget.overAllInOne`, and
// reports each `target` not met. `--json` prints the figures only.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import minifyLiterals from './minify-literals-plugin.js';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const elements = {
  'knead-clinic': 'src/clinic/define.ts',
  'knead-booking-button': 'src/booking-button/define.ts',
  'knead-technique-card': 'src/technique-card/define.ts',
  'knead-technique-list': 'src/technique-list/define.ts',
  'knead-symptom-check': 'src/symptom-check/define.ts',
  'knead-exercise-timer': 'src/exercise-timer/define.ts',
  'knead-booking-frame': 'src/booking-frame/define.ts',
  'knead-self-care-tips': 'src/self-care-tips/define.ts',
};
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const sum = (chunks) => [...chunks].reduce((total, chunk) => total + gzip(chunk.code), 0);

/** The chunks of one build of vite.config.ts in `mode`, not written to disk. */
async function chunksOf(mode) {
  const result = await build({ mode, logLevel: 'silent', build: { write: false } });
  return (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((file) => file.type === 'chunk');
}

/** `from` and every chunk reachable from it through `links` (imports, dynamic imports). */
function reach(from, byName, links, into = new Set()) {
  for (const chunk of from) {
    if (!chunk || into.has(chunk)) continue;
    into.add(chunk);
    reach(
      links(chunk).map((name) => byName.get(name)),
      byName,
      links,
      into,
    );
  }
  return into;
}

const chunks = await chunksOf('cdn');
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const loader = chunks.find((chunk) => chunk.isEntry);
const staticImports = (chunk) => chunk.imports;
const anyImports = (chunk) => [...chunk.imports, ...chunk.dynamicImports];

/** The chunk of each language module of `entry`'s widget folder, by language. */
const LANGUAGES = ['fr', 'es'];
const languageChunks = (entry, language) =>
  chunks.filter((chunk) =>
    chunk.moduleIds.includes(resolve(dirname(entry), 'languages', `${language}.ts`)),
  );

const alone = reach([loader], byName, staticImports);
/** What each element's page loads at first, by element. */
const initialOf = {};
const rows = [{ name: 'autoloader alone', page: sum(alone), files: alone.size }];
const everyWidget = new Set();
for (const [name, entry] of Object.entries(elements)) {
  const own = chunks.find((chunk) => chunk.moduleIds.includes(resolve(entry)));
  const initial = reach([loader, own], byName, staticImports);
  const languages = {};
  const inLanguages = new Set();
  for (const language of LANGUAGES) {
    const needs = reach(languageChunks(entry, language), byName, staticImports);
    const extra = [...needs].filter((chunk) => !initial.has(chunk));
    extra.forEach((chunk) => inLanguages.add(chunk));
    languages[language] = sum(extra);
  }
  // The loader's own dynamic imports are the other widgets, not this one's lazy parts (the
  // shared chunk imports the language registry from the loader's file).
  const lazy = [
    ...reach([own], byName, (chunk) => (chunk === loader ? [] : anyImports(chunk))),
  ].filter(
    (chunk) =>
      !initial.has(chunk) &&
      !inLanguages.has(chunk) &&
      // A nested widget's languages (the cards in the symptom check's result) are no lazy part.
      !chunk.moduleIds.every((id) => /[\\/]languages[\\/]/.test(id)),
  );
  initial.forEach((chunk) => everyWidget.add(chunk));
  initialOf[name] = initial;
  rows.push({ name, page: sum(initial), files: initial.size, lazy: sum(lazy), ...languages });
}
rows.push({ name: 'every widget', page: sum(everyWidget), files: everyWidget.size });

// Lazy parts with a budget of their own: what a page with the element loads after its first
// render, beyond what it had (issue 15: the exercise figures, their templates and styles, and
// the printed routine, which the timer fetches once it is on the page).
const LAZY_PARTS = {
  'exercise pictures (after the timer)': {
    element: 'knead-exercise-timer',
    entry: 'src/exercise-timer/pictures/pictures-view.ts',
  },
};
for (const [name, { element, entry }] of Object.entries(LAZY_PARTS)) {
  const own = chunks.find((chunk) => chunk.moduleIds.includes(resolve(entry)));
  const extra = [...reach([own], byName, staticImports)].filter(
    (chunk) => !initialOf[element].has(chunk),
  );
  rows.push({ name, page: sum(extra), files: extra.length });
}
const [allInOne] = await chunksOf('cdn-all');
const allInOneBytes = gzip(allInOne.code);
rows.push({ name: 'all-in-one file', page: allInOneBytes, files: 1 });

// What an app that bundles its own lit adds for each element (the npm build's define entry).
for (const [name, entry] of Object.entries(elements)) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(entry), formats: ['es'] },
      rollupOptions: { external: [/^lit($|\/)/, /^@lit\//], output: { minify: true } },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
  rows.find((row) => row.name === name).npm = gzip(
    output.find((file) => file.type === 'chunk' && file.isEntry).code,
  );
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const show = (n) => (n === undefined || n === 0 ? '-' : `${n} B (${(n / 1024).toFixed(2)} KB)`);
console.log(
  '| gzip bytes of minified code | page loads | files | lazy | French | Spanish | npm, lit left out | limit | target |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const over = [];
const short = [];
for (const row of rows) {
  const { limit, target } = budget[row.name] ?? {};
  // Every figure needs a limit: a new element must not grow unwatched.
  if (limit === undefined) over.push(`${row.name}: no limit in size-budget.json`);
  if (limit !== undefined && row.page > limit)
    over.push(`${row.name}: ${row.page} B > limit ${limit} B`);
  if (target !== undefined && row.page > target)
    short.push(`${row.name}: ${row.page} B > target ${target} B`);
  const cells = [row.name, show(row.page), row.files, show(row.lazy), show(row.fr), show(row.es)];
  cells.push(show(row.npm));
  console.log(`| ${[...cells, show(limit), show(target)].join(' | ')} |`);
}
const every = rows.find((row) => row.name === 'every widget').page;
const allowance = budget['every widget'].overAllInOne;
if (every > allInOneBytes + allowance)
  over.push(`every widget: ${every} B > the all-in-one file + ${allowance} B`);
if (short.length) console.log(`\nTargets not met yet:\n${short.join('\n')}`);
if (over.length) {
  console.error(`\nOver the limit in size-budget.json:\n${over.join('\n')}`);
  process.exit(1);
}
console.log('\nAll within their limits.');
