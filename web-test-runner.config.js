import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from './web-test-runner.browsers.js';

/** `npm test`: every test under test/ in headless Chromium, with coverage of src/. */
export default {
  files: ['test/**/*.test.ts', '!test/bundle/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts'],
    threshold: { lines: 90, statements: 90, branches: 80, functions: 85 },
  },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
