import { expect } from '@open-wc/testing';
// Not src/define.js: the frame is defined first and <knead-clinic> only by the second test,
// the way a tag manager or a second script loading late would. A tag is defined once per
// page, and wtr gives each test file its own page, so these tests run in this order.
import '../../src/booking-frame/define.js';
import { present } from '../harness/dom.js';
import type { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { frameState, iframeOf, showCalendar } from '../harness/booking-frame.js';
import { captureReports } from '../helpers/console.js';
import { settleAll } from './support.js';

/** Every element anywhere on the page (shadow roots too) that could fetch from a provider. */
function providerFetchers(): string[] {
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      for (const name of ['src', 'srcset', 'data', 'poster'])
        if (/calendly|cal\.com/.test(element.getAttribute(name) ?? ''))
          found.push(`<${element.localName} ${name}>`);
      if (
        element.localName === 'link' &&
        /calendly|cal\.com/.test(element.getAttribute('href') ?? '')
      )
        found.push('<link href>');
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

describe('<knead-booking-frame> defined before its <knead-clinic>', () => {
  let page: HTMLElement;
  let inside: KneadBookingFrame;
  let autoloaded: KneadBookingFrame;
  let loose: KneadBookingFrame;

  it('waits calmly: no console message, no booking button refusing, nothing framed', async () => {
    page = document.createElement('div');
    page.innerHTML = `
      <knead-clinic name="Harbour Physio" booking-provider="calendly" booking-account="harbour-physio">
        <knead-booking-frame id="inside" service="60min"></knead-booking-frame>
      </knead-clinic>
      <knead-clinic name="North" booking-provider="cal" booking-account="north">
        <knead-booking-frame id="autoloaded" autoload></knead-booking-frame>
      </knead-clinic>
      <knead-clinic page name="Page clinic" booking-url="https://calendly.com/page-clinic"></knead-clinic>
      <main><knead-booking-frame id="loose"></knead-booking-frame></main>`;
    const { errors, warnings } = await captureReports(async () => {
      document.body.append(page);
      await settleAll(document.body, 200);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    inside = page.querySelector('#inside')!;
    autoloaded = page.querySelector('#autoloaded')!;
    loose = page.querySelector('#loose')!;
    for (const el of [inside, autoloaded, loose]) {
      expect(present(frameState(el).button), `${el.id}: a refusing button`).to.equal(false);
      expect(present(iframeOf(el)), `${el.id}: framed`).to.equal(false);
      expect(el.shadowRoot!.textContent!.trim(), `${el.id}: words while waiting`).to.not.include(
        'not set up',
      );
    }
    expect(providerFetchers()).to.deep.equal([]);
  });

  it('…then the clinic is defined: each frame uses its clinic’s settings; autoload loads only then', async () => {
    const { errors } = await captureReports(async () => {
      await import('../../src/clinic/define.js');
      await settleAll(document.body, 200);
    });
    expect(errors).to.deep.equal([]);
    expect(frameState(inside).newTab).to.equal('https://calendly.com/harbour-physio/60min');
    expect(present(iframeOf(inside))).to.equal(false);
    expect(frameState(inside).placeholder).to.include('Calendly');
    expect(frameState(loose).newTab).to.equal('https://calendly.com/page-clinic');
    expect(present(iframeOf(loose))).to.equal(false);
    const auto = new URL(iframeOf(autoloaded)!.src);
    expect(auto.origin + auto.pathname).to.equal('https://app.cal.com/north/embed');
    expect(iframeOf(autoloaded)!.title).to.equal('Booking calendar: North');
    const iframe = await showCalendar(inside);
    expect(iframe.title).to.equal('Booking calendar: Harbour Physio');
    page.remove();
  });
});
