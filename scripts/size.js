// Measures what a page downloads, in gzip bytes: each element's define entry bundled and
// minified with lit inside and with lit left out, and the whole CDN file. Compares them
// with size-budget.json and exits 1 when any is over. `--json` prints the figures only.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyLiterals from './minify-literals-plugin.js';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const elements = {
  'knead-clinic': 'src/clinic/define.ts',
  'knead-booking-button': 'src/booking-button/define.ts',
};

async function gzipOfBundle(entry, withLit) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rollupOptions: {
        input: resolve(entry),
        preserveEntrySignatures: 'exports-only',
        external: withLit ? [] : [/^lit($|\/)/, /^@lit\//],
        output: { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  return gzipSync(code, { level: 9 }).length;
}

const rows = [];
for (const [name, entry] of Object.entries(elements)) {
  rows.push({
    name,
    withLit: await gzipOfBundle(entry, true),
    withoutLit: await gzipOfBundle(entry, false),
  });
}
const cdn = gzipSync(readFileSync('dist/cdn/knead-widgets.js'), { level: 9 }).length;
rows.push({ name: 'CDN bundle (dist/cdn/knead-widgets.js)', withLit: cdn, withoutLit: undefined });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}
const over = [];
const kb = (n) => (n === undefined ? '-' : `${n} B (${(n / 1024).toFixed(2)} KB)`);
console.log('gzip bytes, minified, level 9');
console.log(['what', 'with lit', 'without lit', 'budget (with lit)'].join(' | '));
for (const row of rows) {
  const limit = budget[row.name];
  if (limit !== undefined && row.withLit > limit)
    over.push(`${row.name}: ${row.withLit} B > ${limit} B`);
  console.log(
    [row.name, kb(row.withLit), kb(row.withoutLit), limit === undefined ? '-' : kb(limit)].join(
      ' | ',
    ),
  );
}
if (over.length) {
  console.error(`Over budget:\n${over.join('\n')}`);
  process.exit(1);
}
console.log('All within budget.');
