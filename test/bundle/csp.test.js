// Loads the built CDN file into a page served with a strict Content Security Policy (no
// unsafe-inline, no unsafe-eval) and Trusted Types required, in headless Chromium, and
// checks that the widgets work and the browser reports no violation.
// Run after `npm run build`: `node --test test/bundle/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../web-test-runner.browsers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  'frame-src https://calendly.com',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = join(ROOT, path === '/' ? 'test/bundle/csp-page.html' : path);
    if (!file.startsWith(ROOT)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': POLICY,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the CDN bundle works under a strict CSP with Trusted Types', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const response = await page.goto(origin, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], POLICY);
  await page.waitForFunction(
    () => customElements.get('knead-booking-button') && customElements.get('knead-clinic'),
  );

  const state = await page.evaluate(async () => {
    const read = async (id) => {
      const el = document.getElementById(id);
      await el.updateComplete;
      const button = el.shadowRoot.querySelector('[part~="button"]');
      return {
        tag: button.localName,
        href: button.getAttribute('href'),
        text: button.textContent.trim(),
        disabled: button.disabled ?? false,
        height: el.getBoundingClientRect().height,
        styled: getComputedStyle(button).minHeight,
      };
    };
    return {
      clinic: await read('clinic-button'),
      fallback: await read('fallback'),
      refused: await read('refused'),
      popup: await read('popup'),
    };
  });
  assert.equal(state.clinic.href, 'https://calendly.com/harbour-physio/60min');
  assert.equal(state.fallback.href, 'https://book.example.com/massage');
  assert.match(state.fallback.text, /Book a massage/);
  assert.equal(state.refused.tag, 'button');
  assert.equal(state.refused.disabled, true);
  assert.equal(state.popup.tag, 'button');
  // The component styles applied (constructable stylesheets are allowed by style-src 'self').
  assert.equal(state.clinic.styled, '44px');

  // Popup: opening it renders the iframe through lit under Trusted Types, as frame-src allows.
  const opened = await page.evaluate(async () => {
    const el = document.getElementById('popup');
    const done = new Promise((resolve) =>
      el.addEventListener('knead-booking-open', resolve, { once: true }),
    );
    el.shadowRoot.querySelector('[part~="button"]').click();
    await done;
    const popup = el.shadowRoot.querySelector('knead-booking-dialog').shadowRoot;
    return {
      open: popup.querySelector('dialog').open,
      src: popup.querySelector('iframe').getAttribute('src'),
    };
  });
  assert.equal(opened.open, true);
  // The clinic's Calendly page, told where it is embedded so it posts the booking back.
  assert.match(opened.src, /^https:\/\/calendly\.com\/harbour-physio\/30min\?/);
  assert.match(opened.src, /embed_domain=127\.0\.0\.1/);

  // Techniques: the list reads its JSON child, renders its cards, and filters by a chip.
  const techniques = await page.evaluate(async () => {
    const list = document.getElementById('techniques');
    await list.updateComplete;
    await Promise.all(list.cards.map((card) => card.updateComplete));
    const relaxation = [...list.shadowRoot.querySelectorAll('[part~="chip"]')].find((chip) =>
      chip.textContent.includes('Relaxation'),
    );
    relaxation.click();
    await list.updateComplete;
    return {
      names: list.cards.map((card) =>
        card.shadowRoot.querySelector('[part~="name"]').textContent.trim(),
      ),
      highlighted: list.cards.filter((card) => card.highlighted).map((card) => card.technique),
      count: list.shadowRoot.querySelector('[part~="count"]').textContent.trim(),
    };
  });
  assert.deepEqual(techniques.names, [
    'Swedish massage',
    'Deep tissue massage',
    'Hot stone massage',
  ]);
  assert.deepEqual(techniques.highlighted, ['deep-tissue']);
  assert.equal(techniques.count, 'Showing 2 of 3 techniques');

  // Symptom check: an emergency answer ends at "get medical help now" with the number.
  const check = await page.evaluate(async () => {
    const el = document.getElementById('check');
    const root = el.shadowRoot;
    const click = async (selector) => {
      root.querySelector(selector).click();
      await el.updateComplete;
    };
    await click('[part~="primary"]');
    await click('input[type="checkbox"]');
    await click('[part~="primary"]');
    return {
      heading: root.querySelector('[part~="heading"]').textContent.trim(),
      call: root.querySelector('[part~="call"]').getAttribute('href'),
      booking: root.querySelector('knead-booking-button') !== null,
    };
  });
  // The page is lang="en-GB": the number is the UK's.
  assert.deepEqual(check, { heading: 'Get medical help now', call: 'tel:999', booking: false });

  // Exercise timer: a clinic's one-rep routine runs from Start to done on the real clock.
  const timer = await page.evaluate(async () => {
    const el = document.getElementById('timer');
    const root = el.shadowRoot;
    const done = new Promise((resolve) =>
      el.addEventListener('knead-exercise-complete', (event) => resolve(event.detail)),
    );
    root.querySelector('[part~="primary"]').click();
    await el.updateComplete;
    const phase = root.querySelector('[part~="phase"]').textContent.trim();
    const detail = await done;
    await el.updateComplete;
    return { phase, detail, button: root.querySelector('[part~="primary"]').textContent.trim() };
  });
  assert.deepEqual(timer, {
    phase: 'Move',
    detail: { routine: 'csp-check', durationSeconds: 5 },
    button: 'Start again',
  });

  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  // The refused URL logs exactly one error naming it; nothing else may fail.
  assert.equal(
    errors.filter((e) => !e.includes('javascript:alert(1)') && !e.includes('calendly.com')).length,
    0,
    errors.join('\n'),
  );
  assert.equal(errors.filter((e) => e.includes('javascript:alert(1)')).length, 1);
  await page.close();
});
