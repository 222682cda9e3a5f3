// The CDN folder carries the licence of every npm package whose code its files contain
// (the minifier drops the licence comments). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT } from './serve.js';
import { readCdn } from './cdn-graph.js';

test('THIRD-PARTY-LICENSES.txt names every package the CDN files hold, with its licence', async () => {
  const text = await readFile(`${ROOT}dist/cdn/THIRD-PARTY-LICENSES.txt`, 'utf8');
  const cdn = await readCdn();
  const packages = new Set();
  for (const name of cdn.files.keys())
    for (const source of cdn.sources(name)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (match) packages.add(match[1]);
    }
  assert.ok(packages.has('lit-html') && packages.has('@lit/context'), [...packages].join(', '));
  for (const name of packages)
    assert.match(text, new RegExp(`^${name.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
  assert.match(text, /BSD 3-Clause License\n\nCopyright \(c\) 2017 Google LLC/);
});
