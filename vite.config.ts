import { defineConfig, type PluginOption } from 'vite';
import { resolve } from 'node:path';
import minifyLiterals from './scripts/minify-literals-plugin.js';
import sharedChunk from './scripts/shared-chunk.js';
import thirdPartyLicenses from './scripts/third-party-licenses.js';
import { RESERVED } from './src/shared/reserve-space.js';

/**
 * Three builds from one config:
 * - default: the npm build, unbundled ESM mirroring src/ with lit external, so apps
 *   dedupe lit and import one element at a time;
 * - `--mode cdn`: the autoloader a page pastes (`knead-widgets.js`), with every widget, lit
 *   and the shared code in chunks beside it that it imports by relative URL when the page
 *   has a use for them;
 * - `--mode cdn-all`: one file that defines every element (`knead-widgets-all.js`), for a
 *   site that self-hosts a single file.
 * `vite` (dev) serves the demo clinic page, index.html.
 */
const entries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'clinic/clinic': 'src/clinic/clinic.ts',
  'clinic/define': 'src/clinic/define.ts',
  'booking-button/booking-button': 'src/booking-button/booking-button.ts',
  'booking-button/define': 'src/booking-button/define.ts',
  'technique-card/technique-card': 'src/technique-card/technique-card.ts',
  'technique-list/technique-list': 'src/technique-list/technique-list.ts',
  'technique-card/define': 'src/technique-card/define.ts',
  'technique-list/define': 'src/technique-list/define.ts',
  'symptom-check/symptom-check': 'src/symptom-check/symptom-check.ts',
  'symptom-check/define': 'src/symptom-check/define.ts',
  'booking-frame/booking-frame': 'src/booking-frame/booking-frame.ts',
  'booking-frame/define': 'src/booking-frame/define.ts',
  'exercise-timer/exercise-timer': 'src/exercise-timer/exercise-timer.ts',
  'exercise-timer/define': 'src/exercise-timer/define.ts',
  'self-care-tips/self-care-tips': 'src/self-care-tips/self-care-tips.ts',
  'self-care-tips/define': 'src/self-care-tips/define.ts',
};

/**
 * A CDN build: minified, modern, lit inside. Lib mode, so vite wraps no dynamic import in
 * its module-preload helper (about 600 B gzip, added even with `modulePreload: false`
 * outside lib mode: https://github.com/vitejs/vite/issues/18551); lib mode leaves
 * whitespace in ES output unless the output itself is told to minify.
 */
const cdn = (
  entry: string,
  fileName: string,
  output: Record<string, unknown>,
  plugins: PluginOption[] = [],
) => ({
  plugins: [minifyLiterals(), thirdPartyLicenses(), ...plugins],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: resolve(entry), formats: ['es' as const], fileName: () => fileName },
    // Pure annotations help a bundler that reads these files again; nobody does (lib mode
    // keeps them, about 50 in the shared chunk). License comments stay.
    // The entry may export more than its own API: the language registry stays in the
    // loader's file and the chunks import it from there (see the cdn build below).
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension' as const,
      output: { minify: true, comments: { annotation: false }, ...output },
    },
  },
});

const shared = sharedChunk();

/** Writes the loader's reserved boxes as `knead-widgets.css`, for a page to link. */
const reservedCss: PluginOption = {
  name: 'knead-reserved-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'knead-widgets.css', source: `${RESERVED}\n` });
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? cdn(
        'src/autoload.ts',
        'knead-widgets.js',
        {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Only the modules the group names: by default a group also takes in everything
          // they import, which would move the language registry from the loader into the
          // shared chunk and make a page with no widget load it.
          codeSplitting: { includeDependenciesRecursively: false, groups: [shared.group] },
        },
        [shared.plugin, reservedCss],
      )
    : mode === 'cdn-all'
      ? cdn('src/define.ts', 'knead-widgets-all.js', { codeSplitting: false })
      : {
          plugins: [minifyLiterals()],
          build: {
            outDir: 'dist',
            emptyOutDir: false,
            target: 'es2022',
            minify: false,
            sourcemap: true,
            lib: {
              entry: Object.fromEntries(
                Object.entries(entries).map(([name, file]) => [name, resolve(file)]),
              ),
              formats: ['es'],
            },
            rollupOptions: {
              external: [/^lit($|\/)/, /^@lit\//],
              output: {
                preserveModules: true,
                preserveModulesRoot: 'src',
                entryFileNames: '[name].js',
              },
            },
          },
        },
);
