// The layers of src/ (README, "Architecture"), checked from the code's own imports: each
// layer uses only those before it, and no module imports itself back through others.
// 1 shared, 2 pure core, 3 controllers and browser adapters, 4 elements, styles and views,
// 5 define files and the package entries (with the CDN loader). Type-only imports are left
// out (they vanish in the build); a dynamic `import()` of a define file is how an element
// loads the widgets it renders when it needs them, and how the CDN loader loads the widgets
// a page shows, so it is allowed from layers 4 and 5.
// Run with `node --test test/scripts/` (`npm run test:scripts`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** Browser work a pure module never does. */
const BROWSER =
  /\b(document|window|navigator|localStorage|sessionStorage|AudioContext|speechSynthesis|MutationObserver|IntersectionObserver|customElements|setTimeout|setInterval|requestAnimationFrame|matchMedia|ReactiveController)\b/;

/** The layer a module belongs to, from where it is and what it does. */
export function layerOf(path, text) {
  const name = relative(SRC, path).replaceAll('\\', '/');
  if (name.startsWith('shared/')) return 1;
  if (/^(index|define|autoload|widget-modules)\.ts$|\/define\.ts$/.test(name)) return 5;
  if (/-adapters\.ts$/.test(name)) return 3;
  if (
    /\.styles\.ts$|-view\.ts$/.test(name) ||
    /extends (KneadElement|LitElement|TimerCommands)\b/.test(text)
  )
    return 4;
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return BROWSER.test(code) ? 3 : 2;
}

/** Static imports that stay in the build (not `import type`), as absolute .ts paths. */
export function staticImports(path, text) {
  const found = [];
  const pattern =
    /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const [, , typeOnly, spec] of text.matchAll(pattern))
    if (!typeOnly) found.push(normalize(join(dirname(path), spec.replace(/\.js$/, '.ts'))));
  return found;
}

const modules = new Map(
  files(SRC).map((path) => {
    const text = readFileSync(path, 'utf8');
    return [path, { layer: layerOf(path, text), imports: staticImports(path, text), text }];
  }),
);
const show = (path) => relative(ROOT, path).replaceAll('\\', '/');

test('every static import resolves to a module in src/', () => {
  for (const [path, { imports }] of modules)
    for (const target of imports)
      assert.ok(modules.has(target), `${show(path)} imports ${show(target)}`);
});

test('each layer imports only from itself and the layers before it', () => {
  const upward = [];
  for (const [path, { layer, imports }] of modules)
    for (const target of imports) {
      const to = modules.get(target)?.layer ?? 0;
      if (to > layer)
        upward.push(`${show(path)} (layer ${layer}) imports ${show(target)} (layer ${to})`);
    }
  assert.deepEqual(upward, []);
});

test('a dynamic import loads a define file, from an element or the CDN loader', () => {
  const wrong = [];
  for (const [path, { layer, text }] of modules)
    for (const [, spec] of text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
      const target = normalize(join(dirname(path), spec.replace(/\.js$/, '.ts')));
      const to = modules.get(target)?.layer;
      if (to === undefined) wrong.push(`${show(path)}: ${spec} is not in src/`);
      else if (to === 5 && layer < 4)
        wrong.push(`${show(path)} (layer ${layer}) loads ${show(target)}`);
      else if (to !== 5 && to > layer)
        wrong.push(`${show(path)} (layer ${layer}) loads ${show(target)} (layer ${to})`);
    }
  assert.deepEqual(wrong, []);
});

test('no module imports itself back through others', () => {
  const cycles = [];
  const state = new Map(); // path -> 'open' | 'done'
  const visit = (path, trail) => {
    if (state.get(path) === 'done') return;
    if (state.get(path) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(path)), path].map(show).join(' -> '));
      return;
    }
    state.set(path, 'open');
    for (const target of modules.get(path)?.imports ?? []) visit(target, [...trail, path]);
    state.set(path, 'done');
  };
  for (const path of modules.keys()) visit(path, []);
  assert.deepEqual(cycles, []);
});

test('the layer rules see each kind of module', () => {
  // The checks above mean something only if the classification finds every layer.
  const layers = new Set([...modules.values()].map((module) => module.layer));
  assert.deepEqual([...layers].sort(), [1, 2, 3, 4, 5]);
  const at = (name) => modules.get(join(SRC, name))?.layer;
  assert.equal(at('shared/safe-url.ts'), 1);
  assert.equal(at('symptom-check/flow-machine.ts'), 2);
  assert.equal(at('clinic/clinic-consumer.ts'), 3);
  assert.equal(at('symptom-check/symptom-check.ts'), 4);
  assert.equal(at('exercise-timer/define.ts'), 5);
  assert.equal(at('widget-modules.ts'), 5);
});

/** Content and generated tables, which grow with what they hold, not with logic. */
const DATA = /(^|\/)(built-in-[^/]+|back-pain-flow|time-zone-regions)\.ts$/;
const ELEMENT = /extends (KneadElement|LitElement)\b/;

test('elements stay under 300 lines and other modules at most 350, data files aside', () => {
  // A newcomer reads one concern per file (README, "Architecture"); a file past these sizes
  // has taken on a second one.
  const tooLong = [];
  for (const [path, { text }] of modules) {
    if (DATA.test(show(path))) continue;
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const limit = ELEMENT.test(text) ? 299 : 350;
    if (lines > limit) tooLong.push(`${show(path)}: ${lines} lines (limit ${limit})`);
  }
  assert.deepEqual(tooLong, []);
  assert.ok(DATA.test('src/technique-card/built-in-techniques.ts'));
  assert.ok(!DATA.test('src/symptom-check/flow-machine.ts'));
});
