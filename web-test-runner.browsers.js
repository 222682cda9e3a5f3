// The system browsers the tests run in. No test tool may download its own browser on these
// machines, so we point puppeteer at Debian's Chromium (or $CHROME_PATH) and firefox-esr.
// The places each browser may be live in scripts/ensure-browser.js, the pre-step of
// `npm test` and `npm run test:firefox` that installs a missing one.
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserPath } from './scripts/ensure-browser.js';

/** The Chromium executable: $CHROME_PATH, else the usual install locations. */
export function chromiumPath() {
  return browserPath('chromium');
}

/**
 * Headless, and quiet on the network: without the background-networking flags Chromium
 * keeps trying to reach hosts these machines cannot reach. No sandbox, for running as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  });
}

export async function firefox() {
  const puppeteer = await import('puppeteer-core');
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: browserPath('firefox'),
      headless: true,
    },
  });
}
