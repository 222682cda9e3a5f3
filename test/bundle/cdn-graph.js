// The autoloader's build (dist/cdn/) read as a graph, so tests can name chunks by what they
// hold rather than by their hashed file names: each file's static and dynamic imports
// (from its code) and the source files it was built from (from its source map). Not a test
// itself; autoload.test.js imports it. Needs `npm run build` first.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { ROOT } from './serve.js';

const CDN = join(ROOT, 'dist/cdn');
/** The autoloader, the file a page pastes. */
export const LOADER = 'knead-widgets.js';

// Minified ES modules name their imports in these two shapes only: `from"./x.js"` or a
// bare `import"./x.js"`, and `import("./x.js")`, with any of the three quotes.
const STATIC = /\b(?:from|import)\s*["'`](\.\.?\/[^"'`]+)["'`]/g;
const DYNAMIC = /\bimport\s*\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g;

/** A chunk above this size without a source map could hide code from `sources`. */
const UNMAPPED_LIMIT = 1024;

/** Every .js file of dist/cdn/, by its path there (`chunks/define-x1y2.js`). */
export async function readCdn() {
  const names = (await readdir(CDN, { recursive: true }))
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.js'));
  const files = new Map();
  for (const name of names) {
    const code = await readFile(join(CDN, name), 'utf8');
    const target = (specifier) => posix.join(posix.dirname(name), specifier);
    const imports = [...code.matchAll(STATIC)].map((match) => target(match[1]));
    const dynamic = [...code.matchAll(DYNAMIC)].map((match) => target(match[1]));
    let sources = [];
    try {
      const map = JSON.parse(await readFile(join(CDN, `${name}.map`), 'utf8'));
      const base = resolve(dirname(join(CDN, name)), map.sourceRoot ?? '');
      sources = map.sources.map((source) => relative(ROOT, resolve(base, source)));
    } catch {
      if (code.length > UNMAPPED_LIMIT) throw new Error(`dist/cdn/${name} has no source map`);
    }
    files.set(name, { imports, dynamic, sources });
  }
  for (const [name, { imports, dynamic }] of files)
    for (const target of [...imports, ...dynamic])
      if (!files.has(target)) throw new Error(`dist/cdn/${name} imports ${target}, not built`);

  /**
   * The files `start` needs: its static imports, and with `dynamic` what it may load. The
   * loader is not followed: the chunks import the language registry from it, but the page
   * loaded it already, and its dynamic imports are every other widget.
   */
  const reachable = (start, { dynamic = true } = {}) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name) || (name === LOADER && name !== start)) return;
      seen.add(name);
      const file = files.get(name);
      for (const next of dynamic ? [...file.imports, ...file.dynamic] : file.imports) visit(next);
    };
    visit(start);
    return seen;
  };

  /** The one chunk the autoloader may load that was built from `source` (a path in src/). */
  const chunkOf = (source) => {
    const found = [...reachable(LOADER)].filter((name) => files.get(name).sources.includes(source));
    if (found.length !== 1) throw new Error(`${found.length} autoloader chunks hold ${source}`);
    return found[0];
  };
  const folder = (tag) => tag.replace(/^knead-/, '');
  /**
   * The autoloader's chunk built from a tag's define module (src/booking-button/define.ts),
   * which registers it; the all-in-one file holds every define module too, but the
   * autoloader never loads it.
   */
  const entryOf = (tag) => chunkOf(`src/${folder(tag)}/define.ts`);
  /** The chunk of a tag's class (src/booking-button/booking-button.ts): its code, unregistered. */
  const codeOf = (tag) => chunkOf(`src/${folder(tag)}/${folder(tag)}.ts`);

  return { files, reachable, entryOf, codeOf, sources: (name) => files.get(name)?.sources ?? [] };
}
