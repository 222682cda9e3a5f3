// The system browsers the tests run in. No test tool may download its own browser on these
// machines, so we point puppeteer at Debian's Chromium (or $CHROME_PATH) and firefox-esr.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function findExecutable(variable, candidates, installHint) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${variable}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No browser found. Set ${variable} to its executable, or install it (${installHint}).`,
    );
  }
  return found;
}

/** The Chromium executable: $CHROME_PATH, else the usual install locations. */
export function chromiumPath() {
  return findExecutable('CHROME_PATH', CHROME_CANDIDATES, 'apt-get install chromium');
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
      executablePath: findExecutable(
        'FIREFOX_PATH',
        ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
        'apt-get install firefox-esr',
      ),
      headless: true,
    },
  });
}
