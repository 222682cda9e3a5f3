import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { present } from '../harness/dom.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { CAL, CALENDLY, frameState, iframeOf, keepFrameHere } from '../harness/booking-frame.js';
import { captureReports } from '../helpers/console.js';
import {
  clearPage,
  holder,
  makeFrame,
  post,
  problemsDuring,
  recordCompletions,
  settleAll,
  showHeld,
  statusOf,
  wait,
  windowOf,
} from './support.js';

/**
 * Settings changed under a frame that is already showing the provider's page: provider,
 * account and href switched (to safe and unsafe values), autoload toggled, its clinic
 * changed or removed. The frame must follow, never frame an unsafe page, never load
 * anything unasked, and hear only the provider it now shows.
 */

const LOADING = 'Loading the booking calendar…';
type Button = HTMLElement & { updateComplete: Promise<unknown>; bookingUrl?: string };

/** The booking button shown instead of a frame, rendered. */
async function buttonInstead(el: KneadBookingFrame): Promise<Button | null> {
  const button = frameState(el).button as Button | null;
  if (!button) return null;
  await customElements.whenDefined('knead-booking-button');
  await button.updateComplete;
  return button;
}

/** Is anything of the provider's framed, or about to be: an iframe with a non-blank src. */
const framedUrl = (el: KneadBookingFrame) => iframeOf(el)?.getAttribute('src') ?? null;

describe('hostile settings on a loaded <knead-booking-frame>', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  let completions: ReturnType<typeof recordCompletions>;
  beforeEach(() => (completions = recordCompletions()));
  afterEach(() => {
    completions.stop();
    clearPage();
    KneadBookingFrame.readyTimeout = timeout;
  });

  it('provider switched calendly → cal → jane → calendly while ready: follows, hears only the provider shown', async () => {
    let el!: KneadBookingFrame;
    const { errors, warnings } = await captureReports(async () => {
      el = makeFrame({ provider: 'calendly', account: 'harbour' });
      await el.updateComplete;
      await showHeld(el);
      post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');

      el.setAttribute('provider', 'cal');
      await el.updateComplete;
      const cal = new URL(iframeOf(el)!.src);
      expect(cal.origin + cal.pathname).to.equal('https://app.cal.com/harbour/embed');
      expect(statusOf(el), 'a new page: not ready until it says so').to.equal(LOADING);
      keepFrameHere(iframeOf(el)!);
      // Calendly's page, on its way out, is not heard any more; Cal.com's is.
      post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
      post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
      await el.updateComplete;
      expect(statusOf(el)).to.equal(LOADING);
      expect(completions.events).to.have.length(0);
      post(CAL.origin, CAL.booked(), windowOf(el));
      expect(completions.events.map((event) => event.detail.provider)).to.deep.equal(['cal']);

      const frameWindow = windowOf(el);
      el.setAttribute('provider', 'jane');
      await el.updateComplete;
      expect(present(iframeOf(el)), 'Jane refuses framing').to.equal(false);
      const button = await buttonInstead(el);
      expect(button?.bookingUrl).to.equal('https://harbour.janeapp.com/');
      post(CAL.origin, CAL.booked('bk_late'), frameWindow);
      expect(completions.events).to.have.length(1);

      el.setAttribute('provider', 'calendly');
      await el.updateComplete;
      expect(present(frameState(el).button)).to.equal(false);
      // Nothing of Calendly's loads again unasked: the visitor is asked again.
      expect(framedUrl(el)).to.equal(null);
      expect(frameState(el).placeholder).to.include('Calendly');
      const iframe = await showHeld(el);
      expect(iframe === iframeOf(el)).to.equal(true);
      expect(statusOf(el)).to.equal(LOADING);
      post(CALENDLY.origin, CALENDLY.scheduled('E2', 'I2'), windowOf(el));
      expect(completions.events.map((event) => event.detail.provider)).to.deep.equal([
        'cal',
        'calendly',
      ]);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('jane'))).to.have.length(1);
  });

  it('the account changed while loading: the new page has its own full time to be ready', async () => {
    KneadBookingFrame.readyTimeout = 400;
    const el = makeFrame({ provider: 'calendly', account: 'harbour' });
    await el.updateComplete;
    await showHeld(el);
    await wait(250);
    el.setAttribute('account', 'harbour-north');
    await el.updateComplete;
    expect(new URL(iframeOf(el)!.src).pathname).to.equal('/harbour-north');
    keepFrameHere(iframeOf(el)!);
    await wait(250); // 500 ms after Show, 250 ms after the change
    await el.updateComplete;
    expect(statusOf(el)).to.equal(LOADING);
    expect(frameState(el).newTab).to.equal('https://calendly.com/harbour-north');
  });

  const UNSAFE = [
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://calendly.com/harbour',
    'https://calendly.com.evil.example/harbour',
    'https://calendly.com@evil.example/harbour',
    'https://evil.example/calendly.com/harbour',
    '//calendly.com/harbour',
    '/harbour',
    'https://calendly.com:8443/harbour',
  ];

  it('href switched to unsafe or look-alike URLs while ready: never framed, never linked unsafely', async () => {
    const el = makeFrame({ provider: 'calendly', href: 'https://calendly.com/harbour' });
    await el.updateComplete;
    await showHeld(el);
    post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
    const { errors } = await captureReports(async () => {
      for (const href of UNSAFE) {
        el.setAttribute('href', href);
        await el.updateComplete;
        expect(framedUrl(el), `framed for ${href}`).to.equal(null);
        const button = await buttonInstead(el);
        expect(present(button), `a booking button for ${href}`).to.equal(true);
        // With provider="calendly", only Calendly's own https pages are links at all.
        const links = [...button!.shadowRoot!.querySelectorAll('a[href]')].map(
          (a) => (a as HTMLAnchorElement).href,
        );
        expect(links, `linked for ${href}`).to.deep.equal([]);
        expect(present(el.shadowRoot!.querySelector('[part="new-tab"]'))).to.equal(false);
      }
    });
    expect(errors.length, 'each refused href is named in the console').to.be.at.least(1);
    for (const error of errors) expect(error).to.include('href');
  });

  it('href without a provider on a look-alike host: a plain link, never framed', async () => {
    const { warnings } = await captureReports(async () => {
      const el = makeFrame({ href: 'https://calendly.com/harbour', autoload: true });
      await el.updateComplete;
      expect(new URL(framedUrl(el)!).host).to.equal('calendly.com');
      for (const href of [
        'https://calendly.com.evil.example/harbour',
        'https://calendly.com@evil.example/x',
        'https://xn--calendly-evil.example/x',
      ]) {
        el.setAttribute('href', href);
        await el.updateComplete;
        expect(framedUrl(el), `framed for ${href}`).to.equal(null);
      }
    });
    expect(warnings.join('\n')).to.include('cannot be shown inside another page');
  });

  it('the frame URL always says where it is framed: a pasted embed_domain or embed is replaced', async () => {
    const el = makeFrame({
      href: 'https://calendly.com/harbour?embed_domain=evil.example&embed_type=PopupWidget',
      autoload: true,
    });
    const cal = makeFrame({
      href: 'https://app.cal.com/harbour/embed?embed=evil&embedType=modal',
      autoload: true,
    });
    await el.updateComplete;
    await cal.updateComplete;
    const src = new URL(framedUrl(el)!);
    expect(src.searchParams.getAll('embed_domain')).to.deep.equal([location.host]);
    expect(src.searchParams.getAll('embed_type')).to.deep.equal(['Inline']);
    const calSrc = new URL(framedUrl(cal)!);
    expect(calSrc.pathname).to.equal('/harbour/embed');
    expect(calSrc.searchParams.getAll('embed')).to.deep.equal(['knead']);
    expect(calSrc.searchParams.getAll('embedType')).to.deep.equal(['inline']);
  });

  it('autoload added later loads at once, without a click; removed, the page stays; on jane, nothing loads', async () => {
    let clicks = 0;
    const count = () => clicks++;
    document.addEventListener('knead-booking-click', count);
    try {
      const el = makeFrame({ provider: 'calendly', account: 'harbour' });
      const jane = makeFrame({ provider: 'jane', account: 'harbour' });
      await captureReports(async () => {
        await el.updateComplete;
        await jane.updateComplete;
        expect(framedUrl(el)).to.equal(null);
        el.autoload = true;
        jane.setAttribute('autoload', '');
        await el.updateComplete;
        await jane.updateComplete;
      });
      expect(new URL(framedUrl(el)!).host).to.equal('calendly.com');
      expect(el.hasAttribute('autoload'), 'reflected').to.equal(true);
      expect(framedUrl(jane)).to.equal(null);
      const iframe = iframeOf(el);
      el.removeAttribute('autoload');
      await el.updateComplete;
      expect(iframeOf(el) === iframe).to.equal(true);
      expect(clicks).to.equal(0);
    } finally {
      document.removeEventListener('knead-booking-click', count);
    }
  });

  it('a click the page cancelled (consent pending), then autoload once consent is given: loads', async () => {
    const el = makeFrame({ provider: 'calendly', account: 'harbour' });
    await el.updateComplete;
    el.addEventListener('knead-booking-click', (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show"]')!.click();
    await el.updateComplete;
    expect(framedUrl(el)).to.equal(null);
    el.autoload = true;
    await el.updateComplete;
    expect(new URL(framedUrl(el)!).host).to.equal('calendly.com');
  });

  it('UTM parameters of 100,000 characters do not make a URL past 2,048 characters', async () => {
    const huge = 'x'.repeat(100_000);
    await captureReports(async () => {
      const el = makeFrame({
        provider: 'calendly',
        account: 'harbour',
        'utm-source': huge,
        'utm-campaign': huge,
        autoload: true,
      });
      await el.updateComplete;
      const urls = [framedUrl(el) ?? '', frameState(el).newTab ?? ''];
      for (const url of urls) expect(url.length).to.be.at.most(2048 + 200);
    });
  });

  it('knead-booking-open fires once when the calendar is shown, by Show or by autoload', async () => {
    const opened: EventTarget[] = [];
    const listen = (event: Event) => opened.push(event.composedPath()[0]!);
    document.addEventListener('knead-booking-open', listen);
    try {
      const el = makeFrame({ provider: 'calendly', account: 'harbour' });
      const auto = makeFrame({ provider: 'cal', account: 'harbour', autoload: true });
      await el.updateComplete;
      await auto.updateComplete;
      await showHeld(el);
      expect(opened.length).to.equal(2);
      expect(opened.includes(el) && opened.includes(auto)).to.equal(true);
    } finally {
      document.removeEventListener('knead-booking-open', listen);
    }
  });

  it('readyTimeout = Infinity means no time limit, not none', async () => {
    for (const value of [Infinity, 2 ** 31]) {
      KneadBookingFrame.readyTimeout = value;
      const el = makeFrame({ provider: 'calendly', account: 'harbour' });
      await el.updateComplete;
      await showHeld(el);
      await wait(60);
      await el.updateComplete;
      expect(statusOf(el), `readyTimeout = ${value}`).to.equal(LOADING);
      el.remove();
    }
  });

  it('its clinic’s booking account changes while loaded: the frame follows', async () => {
    const page = holder();
    page.innerHTML = `<knead-clinic name="Harbour" booking-provider="calendly" booking-account="harbour"
      ><knead-booking-frame></knead-booking-frame></knead-clinic>`;
    const clinic = page.querySelector('knead-clinic')!;
    const el = page.querySelector('knead-booking-frame')!;
    await settleAll(page, 20);
    await showHeld(el);
    clinic.setAttribute('booking-account', 'harbour-north');
    await settleAll(page, 20);
    expect(new URL(iframeOf(el)!.src).pathname).to.equal('/harbour-north');
    expect(statusOf(el)).to.equal(LOADING);
    clinic.setAttribute('booking-provider', 'jane');
    await captureReports(() => settleAll(page, 20));
    expect(present(iframeOf(el))).to.equal(false);
  });

  it('a page clinic removed while its frame is loaded: the frame goes, no booking heard from it, one console error', async () => {
    const page = holder();
    page.innerHTML = `<knead-clinic page name="Harbour" booking-provider="calendly" booking-account="harbour"></knead-clinic>
      <section><knead-booking-frame></knead-booking-frame></section>`;
    const el = page.querySelector('knead-booking-frame')!;
    await settleAll(page, 20);
    expect(frameState(el).newTab).to.equal('https://calendly.com/harbour');
    await showHeld(el);
    const frameWindow = windowOf(el);
    let reports!: { errors: string[]; warnings: string[] };
    const problems = await problemsDuring(async () => {
      reports = await captureReports(async () => {
        page.querySelector('knead-clinic')!.remove();
        await settleAll(page, 40);
      });
      post(CALENDLY.origin, CALENDLY.scheduled(), frameWindow);
    });
    expect(problems).to.deep.equal([]);
    // No clinic, no booking settings: the frame goes, booking is "not set up", said plainly
    // once, and a booking from the frame it no longer shows is not heard.
    expect(present(iframeOf(el))).to.equal(false);
    expect(completions.events).to.have.length(0);
    expect(reports.errors).to.have.length(1);
    expect(reports.errors[0]).to.include('no booking link');
  });

  it('a clinic removed with its frame inside while loaded: it stops hearing; put back, it loads and hears again', async () => {
    const page = holder();
    page.innerHTML = `<knead-clinic name="Harbour" booking-provider="cal" booking-account="harbour"
      ><knead-booking-frame></knead-booking-frame></knead-clinic>`;
    const clinic = page.querySelector('knead-clinic')!;
    const el = page.querySelector('knead-booking-frame')!;
    await settleAll(page, 20);
    await showHeld(el);
    const frameWindow = windowOf(el);
    clinic.remove();
    post(CAL.origin, CAL.booked(), frameWindow);
    expect(completions.events).to.have.length(0);
    page.append(clinic);
    keepFrameHere(iframeOf(el)!);
    await settleAll(page, 20);
    expect(statusOf(el)).to.equal(LOADING);
    post(CAL.origin, CAL.booked(), windowOf(el));
    expect(completions.events).to.have.length(1);
  });
});
