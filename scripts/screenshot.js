// Screenshots the demo clinic page as a visitor sees it, for a person to look at:
// the page, the booking popup open, and the page in dark mode. Needs `npm start` running
// (or pass the URL). Usage: node scripts/screenshot.js [url] [out-dir]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '../web-test-runner.browsers.js';

const url = process.argv[2] ?? 'http://localhost:5173/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.goto(url, { waitUntil: 'load' });
await page.waitForFunction(() => customElements.get('knead-booking-button'));
await page.screenshot({ path: `${out}/page.png` });

await page.evaluate(() => document.querySelector('knead-booking-button[mode="popup"]').openPopup());
await new Promise((resolve) => setTimeout(resolve, 500));
await page.screenshot({ path: `${out}/popup.png` });

// Dark: what a dark site gets when it sets theme="dark" on the widgets.
await page.goto(url, { waitUntil: 'load' });
await page.evaluate(() => {
  document.documentElement.style.cssText =
    'background:#121816;color:#e8efed;--knead-color-accent:unset';
  document
    .querySelectorAll('.services li, .site-header')
    .forEach((box) => (box.style.background = '#1b2422'));
  document
    .querySelectorAll('knead-booking-button')
    .forEach((button) => button.setAttribute('theme', 'dark'));
});
await page.screenshot({ path: `${out}/dark.png` });
await browser.close();
console.log(`Screenshots in ${out}/`);
