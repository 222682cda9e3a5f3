/**
 * `npm run analyze`: describes the elements in src/ as custom-elements.json at the repo
 * root, for editors, frameworks and Storybook's docs and controls. Tests, builds and
 * stories are not read.
 */
export default {
  globs: ['src/**/*.ts'],
  // The CDN loader and what only it uses are not in the npm build, so not described here.
  exclude: [
    'src/**/*.d.ts',
    'src/autoload.ts',
    'src/widget-modules.ts',
    'src/shared/reserve-space.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [guardedDefine(), publishedPaths()],
};

/**
 * Elements register through our guarded helper, `define('knead-x', KneadX)`, which the
 * analyzer does not know: it would leave every element without a `tagName`, and record the
 * helper's own `customElements.define(tag, ctor)` as a definition of a tag named "tag".
 * This plugin reads the helper's calls instead. It also drops events the analyzer found
 * from `dispatchEvent(new SomeEvent())` with no name; the `@fires` tags name them.
 */
function guardedDefine() {
  /** @type {{ tag: string, className: string, module: string }[]} */
  const definitions = [];
  return {
    name: 'knead-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({
          tag: node.arguments[0].text,
          className: node.arguments[1].text,
          module: moduleDoc.path,
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement) classes.set(declaration.name, { mod, declaration });
        }
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration?.name),
        );
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      }
      for (const { tag, className, module } of definitions) {
        const found = classes.get(className);
        if (!found) continue;
        found.declaration.tagName = tag;
        const mod = customElementsManifest.modules.find((m) => m.path === module);
        mod.exports ??= [];
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          mod.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: found.mod.path },
          });
        }
      }
    },
  };
}

/**
 * The package ships dist/, not src/: point every module path at the built file, so tools
 * that import from the manifest (framework wrappers, type generators) find it. Re-export
 * paths relative to src/ (`./clinic/clinic.js`) are left as they are: they hold in dist/ too.
 * Modules are listed by path.
 */
function publishedPaths() {
  const toDist = (value) => value.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = toDist(value);
      else walk(value);
    }
  };
  return {
    name: 'knead-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
      // Files are globbed in directory order, which differs between machines: sort, so
      // the manifest a fresh clone generates is the one committed.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}
