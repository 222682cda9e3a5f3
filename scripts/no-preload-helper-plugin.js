// A vite plugin that replaces vite's module-preload helper with a plain call. Outside lib
// mode vite wraps every dynamic `import()` in `__vitePreload`, about 600 B gzip of code
// that adds <link rel="modulepreload"> tags, even with `build.modulePreload: false`
// (https://github.com/vitejs/vite/issues/18551). The npm build is a lib build and has no
// helper; the CDN build and the size measurements use this so they count what we ship.
const HELPER_ID = '\0vite/preload-helper.js';

export default function noPreloadHelper() {
  return {
    name: 'knead-no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === HELPER_ID ? id : null;
    },
    load(id) {
      return id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
