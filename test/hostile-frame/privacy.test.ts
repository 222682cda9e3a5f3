import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { CAL, CALENDLY, iframeOf, keepFrameHere, showButton } from '../harness/booking-frame.js';
import { captureReports } from '../helpers/console.js';
import {
  clearPage,
  holder,
  makeFrame,
  post,
  settleAll,
  showHeld,
  wait,
  windowOf,
} from './support.js';

/**
 * Nothing of a provider's loads until the visitor asks (the browser's own record of
 * requests, and every element on the page that could make one), even after a while, and
 * the element itself writes no cookie and no storage, whatever happens to it.
 */

const PROVIDER_HOST = /(^|\.)(calendly\.com|cal\.com|acuityscheduling\.com|as\.me)$/;

/** Requests the page made to a provider's host, by the browser's record. */
const providerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => PROVIDER_HOST.test(new URL(name).hostname));

/**
 * Every element on the page, shadow roots included, that would fetch from a provider's
 * host: a frame, image, script, style sheet, preconnect or prefetch (links a visitor must
 * follow, `<a href>`, are not fetches).
 */
function providerFetchers(): string[] {
  const found: string[] = [];
  const fetches = (value: string | null) => {
    if (!value) return false;
    try {
      return PROVIDER_HOST.test(new URL(value, location.href).hostname);
    } catch {
      return false;
    }
  };
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      for (const name of ['src', 'data', 'poster', 'action', 'formaction'])
        if (fetches(element.getAttribute(name))) found.push(`<${element.localName} ${name}>`);
      const srcset = element.getAttribute('srcset');
      if (srcset && srcset.split(',').some((each) => fetches(each.trim().split(/\s+/)[0]!)))
        found.push(`<${element.localName} srcset>`);
      if (element.localName === 'link' && fetches(element.getAttribute('href')))
        found.push(`<link rel="${element.getAttribute('rel')}">`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** What the page keeps about the visitor: cookies, both storages, the IndexedDB names. */
async function kept(): Promise<string> {
  const entries = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i)!)
      .sort()
      .map((key) => [key, storage.getItem(key)]);
  const databases =
    'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name).sort() : [];
  return JSON.stringify({
    cookie: document.cookie,
    local: entries(localStorage),
    session: entries(sessionStorage),
    databases,
  });
}

const PROVIDERS: Record<string, string>[] = [
  { provider: 'calendly', account: 'harbour' },
  { provider: 'cal', account: 'harbour' },
  { provider: 'acuity', account: '12345' },
  { href: 'https://harbour.as.me/schedule.php' },
];

describe('<knead-booking-frame> privacy', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  afterEach(() => {
    clearPage();
    KneadBookingFrame.readyTimeout = timeout;
  });

  it('loads nothing of any provider’s before Show, nor 2 s later, nor in another language, nor inside a clinic', async function () {
    this.timeout(10_000);
    performance.clearResourceTimings();
    const page = holder();
    for (const settings of PROVIDERS) makeFrame(settings, page);
    makeFrame({ provider: 'calendly', account: 'harbour' }, holder('fr'));
    const clinic = holder();
    clinic.innerHTML = `<knead-clinic name="Harbour" booking-provider="cal" booking-account="harbour"
      ><knead-booking-frame></knead-booking-frame></knead-clinic>`;
    await settleAll(document.body, 100);
    const frames = [...document.querySelectorAll('knead-booking-frame')];
    expect(frames.length).to.equal(6);
    for (const el of frames) expect(iframeOf(el) === null, 'framed unasked').to.equal(true);
    expect(providerFetchers()).to.deep.equal([]);
    expect(providerRequests()).to.deep.equal([]);
    await wait(2000);
    expect(providerFetchers()).to.deep.equal([]);
    expect(providerRequests()).to.deep.equal([]);
    for (const el of frames) expect(iframeOf(el) === null, 'framed unasked').to.equal(true);
    // And the watch above sees a frame once one is asked for.
    await showHeld(frames[0] as KneadBookingFrame);
    showButton(frames[1]!).click();
    await (frames[1] as KneadBookingFrame).updateComplete;
    expect(providerFetchers()).to.deep.equal(['<iframe src>']);
  });

  it('a page that cancels the click (its consent banner says no) gets nothing loaded, ever', async () => {
    const el = makeFrame({ provider: 'calendly', account: 'harbour' });
    await el.updateComplete;
    el.addEventListener('knead-booking-click', (event) => event.preventDefault());
    for (let i = 0; i < 5; i++) showButton(el).click();
    await settleAll(document.body, 40);
    expect(providerFetchers()).to.deep.equal([]);
  });

  it('writes no cookie and no storage, through a whole life: shown, failed, retried, ready, booked, moved, switched, removed', async () => {
    const before = await kept();
    await captureReports(async () => {
      KneadBookingFrame.readyTimeout = 30;
      const page = holder('es');
      const el = makeFrame(
        { provider: 'calendly', account: 'harbour', 'utm-source': 'site' },
        page,
      );
      const cal = makeFrame({ provider: 'cal', account: 'harbour', autoload: true }, page);
      const jane = makeFrame({ provider: 'jane', account: 'harbour' }, page);
      await settleAll(page, 100);
      keepFrameHere(iframeOf(cal)!);
      document.addEventListener('knead-booking-click', (event) => event.preventDefault(), {
        once: true,
      });
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="new-tab"]')!.click();
      await showHeld(el);
      await wait(80);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
      KneadBookingFrame.readyTimeout = 10_000;
      await el.updateComplete;
      post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
      post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
      post(CAL.origin, CAL.ready, windowOf(cal));
      post(CAL.origin, CAL.booked(), windowOf(cal));
      holder().append(el);
      keepFrameHere(iframeOf(el)!);
      el.setAttribute('provider', 'cal');
      jane.setAttribute('provider', 'calendly');
      await settleAll(document.body, 100);
      for (const each of [el, cal, jane]) each.remove();
    });
    expect(await kept()).to.equal(before);
  });
});
