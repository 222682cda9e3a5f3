import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import minifyLiterals from './scripts/minify-literals-plugin.js';
import noPreloadHelper from './scripts/no-preload-helper-plugin.js';

/**
 * Two builds from one config:
 * - default: the npm build, unbundled ESM mirroring src/ with lit external, so apps
 *   dedupe lit and import one element at a time;
 * - `--mode cdn`: one minified file with lit inside that defines every element, for a
 *   `<script type="module">` pasted into any page.
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
  'exercise-timer/exercise-timer': 'src/exercise-timer/exercise-timer.ts',
  'exercise-timer/define': 'src/exercise-timer/define.ts',
};

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyLiterals(), noPreloadHelper()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          // Not lib mode: vite leaves whitespace unminified in ES lib builds.
          rollupOptions: {
            input: resolve('src/define.ts'),
            preserveEntrySignatures: 'exports-only',
            output: { entryFileNames: 'knead-widgets.js', codeSplitting: false },
          },
          minify: true,
          sourcemap: true,
        },
      }
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
