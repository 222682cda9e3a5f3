import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { define } from '../../src/shared/define.js';
import { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { BookingClickEvent } from '../../src/shared/events.js';
import { captureConsole, captureReports } from '../helpers/console.js';
import { browserWorkDuring } from '../shared/browser-work.js';
import { accessibleName } from './accessible-name.js';

const part = <T extends Element = HTMLElement>(el: KneadBookingButton, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** A part of the popup, which lives in the button's internal dialog element. */
const popupPart = <T extends Element = HTMLElement>(el: KneadBookingButton, name: string) =>
  el
    .shadowRoot!.querySelector('knead-booking-dialog')
    ?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the button and stops any navigation, reporting whether the element prevented it. */
async function clickWithoutLeaving(el: KneadBookingButton): Promise<{ prevented: boolean }> {
  const result = { prevented: false };
  const guard = (event: Event) => {
    result.prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', guard, { once: true });
  part(el, 'button')!.click();
  await el.updateComplete;
  return result;
}

/** Renders quietly, with the console errors (refused settings) and warnings (ignored ones). */
async function quietFixture<T extends Element>(
  template: TemplateResult,
): Promise<{ el: T; errors: string[]; warnings: string[] }> {
  let el!: T;
  const { errors, warnings } = await captureReports(async () => {
    el = await fixture<T>(template);
    await (el as unknown as KneadBookingButton).updateComplete;
  });
  return { el, errors, warnings };
}

describe('<knead-booking-button>', () => {
  afterEach(() => {
    document
      .querySelectorAll('dialog[open]')
      .forEach((dialog) => (dialog as HTMLDialogElement).close());
  });

  describe('link modes', () => {
    it('opens a checked booking link in a new tab by default', async () => {
      const el = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://book.example.com/massage"></knead-booking-button>`,
      );
      const link = part<HTMLAnchorElement>(el, 'button')!;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://book.example.com/massage');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(accessibleName(link)).to.equal('Book an appointment, opens in a new tab');
      await expect(el).to.be.accessible();
    });

    it('stays in the same tab in same-tab mode', async () => {
      const el = await fixture<KneadBookingButton>(
        html`<knead-booking-button
          mode="same-tab"
          href="https://book.example.com/"
        ></knead-booking-button>`,
      );
      const link = part<HTMLAnchorElement>(el, 'button')!;
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.textContent).not.to.include('new tab');
    });

    it('builds the provider URL and adds UTM parameters', async () => {
      const el = await fixture<KneadBookingButton>(html`
        <knead-booking-button
          provider="calendly"
          account="harbour-physio"
          service="60min"
          utm-source="clinic-site"
          utm-medium="widget"
          utm-campaign="spring"
        ></knead-booking-button>
      `);
      const url = new URL(part<HTMLAnchorElement>(el, 'button')!.href);
      expect(url.origin + url.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        utm_source: 'clinic-site',
        utm_medium: 'widget',
        utm_campaign: 'spring',
      });
      expect(el.bookingUrl).to.equal(url.href);
    });

    it('calls a phone number in the same tab', async () => {
      const el = await fixture<KneadBookingButton>(
        html`<knead-booking-button
          href="tel:+15550100"
          label="Call to book"
        ></knead-booking-button>`,
      );
      const link = part<HTMLAnchorElement>(el, 'button')!;
      expect(link.getAttribute('href')).to.equal('tel:+15550100');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.textContent!.trim()).to.equal('Call to book');
    });

    it('takes its text from label, else from slotted text', async () => {
      const labelled = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://x.example/" label="Book a massage"
          >Ignored</knead-booking-button
        >`,
      );
      expect(part(labelled, 'button')!.textContent).to.include('Book a massage');
      const slotted = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://x.example/"
          >Reserve a session</knead-booking-button
        >`,
      );
      const slot = part(slotted, 'button')!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.include('Reserve a session');
      await expect(slotted).to.be.accessible();
    });

    it('warns about an unknown mode and falls back to a new tab', async () => {
      const { el, errors, warnings } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button
          mode="sideways"
          href="https://x.example/"
        ></knead-booking-button>`,
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('mode').and.include('sideways');
      expect(part<HTMLAnchorElement>(el, 'button')!.target).to.equal('_blank');
    });
  });

  describe('progressive enhancement', () => {
    it('upgrades a light-DOM link, keeping its href and text', async () => {
      const el = await fixture<KneadBookingButton>(html`
        <knead-booking-button
          ><a href="https://book.example.com/fallback">Book a massage</a></knead-booking-button
        >
      `);
      const link = part<HTMLAnchorElement>(el, 'button')!;
      expect(link.href).to.equal('https://book.example.com/fallback');
      expect(link.textContent).to.include('Book a massage');
      // The original link is no longer shown: only the upgraded one is.
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the same height before and after upgrade with the documented CSS', async () => {
      class LateButton extends KneadBookingButton {}
      const style = document.createElement('style');
      style.textContent = `knead-late-button:not(:defined) { display: inline-block; min-height: 44px; line-height: 1.5; }`;
      document.head.append(style);
      const wrapper = await fixture(html`
        <div style="font: 16px/1.5 sans-serif">
          <knead-late-button><a href="https://book.example.com/">Book</a></knead-late-button>
        </div>
      `);
      const host = wrapper.querySelector('knead-late-button')!;
      const before = host.getBoundingClientRect().height;
      customElements.define('knead-late-button', LateButton);
      await (host as KneadBookingButton).updateComplete;
      await nextFrame();
      expect(host.getBoundingClientRect().height).to.be.closeTo(before, 1);
      style.remove();
    });

    it('does not run a refused fallback link', async () => {
      const hostile = Object.assign(document.createElement('a'), { textContent: 'Book' });
      hostile.setAttribute('href', 'javascript:alert(1)');
      const { el, errors } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button>${hostile}</knead-booking-button>`,
      );
      expect(part(el, 'button')!.localName).to.equal('button');
      expect(errors[0]).to.include('<a href> child').and.include('javascript:alert(1)');
    });
  });

  describe('refused and unavailable', () => {
    it('refuses an unsafe URL with a visible, accessible explanation and one console error', async () => {
      const { el, errors } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button
          href="javascript:alert(document.cookie)"
        ></knead-booking-button>`,
      );
      const button = part<HTMLButtonElement>(el, 'button')!;
      expect(button.localName).to.equal('button');
      expect(button.disabled).to.equal(true);
      const message = part(el, 'message')!;
      expect(message.textContent).to.include('blocked');
      expect(button.getAttribute('aria-describedby')).to.equal(message.id);
      expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
      expect(el.bookingUrl).to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('href').and.include('javascript:alert(document.cookie)');
      await expect(el).to.be.accessible();
    });

    it('refuses a look-alike host for a provider', async () => {
      const { el, errors } = await quietFixture<KneadBookingButton>(html`
        <knead-booking-button
          provider="calendly"
          href="https://calendly.com.evil.example/x"
        ></knead-booking-button>
      `);
      expect(part<HTMLButtonElement>(el, 'button')!.disabled).to.equal(true);
      expect(errors[0]).to.include('calendly.com.evil.example');
    });

    it('names an unknown provider', async () => {
      const { el, errors } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button provider="bookly" account="x"></knead-booking-button>`,
      );
      expect(part(el, 'message')!.textContent).to.include('not valid');
      expect(errors[0]).to.include('provider').and.include('bookly').and.include('calendly');
    });

    it('says when booking is not set up', async () => {
      const { el, errors } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button></knead-booking-button>`,
      );
      expect(part(el, 'message')!.textContent).to.include('not set up');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('does not fire a click event when refused', async () => {
      const { el } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button href="data:text/html,hi"></knead-booking-button>`,
      );
      let fired = false;
      el.addEventListener('knead-booking-click', () => (fired = true));
      part(el, 'button')!.click();
      expect(fired).to.equal(false);
    });

    it('shows a disabled button when disabled', async () => {
      const el = await fixture<KneadBookingButton>(
        html`<knead-booking-button disabled href="https://x.example/"></knead-booking-button>`,
      );
      expect(part<HTMLButtonElement>(el, 'button')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      el.disabled = false;
      await el.updateComplete;
      expect(part(el, 'button')!.localName).to.equal('a');
    });

    it('logs each problem once, not on every render', async () => {
      const errors = await captureConsole('error', async () => {
        const el = await fixture<KneadBookingButton>(
          html`<knead-booking-button href="http://x.example/"></knead-booking-button>`,
        );
        el.label = 'Again';
        await el.updateComplete;
        el.variant = 'secondary';
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed knead-booking-click with the booking details', async () => {
      const el = await fixture<KneadBookingButton>(html`
        <knead-booking-button
          provider="cal"
          account="harbour"
          service="massage-60"
        ></knead-booking-button>
      `);
      const heard = new Promise<BookingClickEvent>((resolve) =>
        document.addEventListener('knead-booking-click', resolve, { once: true }),
      );
      const { prevented } = await clickWithoutLeaving(el);
      const event = await heard;
      expect(prevented).to.equal(false);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.include({
        url: 'https://cal.com/harbour/massage-60',
        provider: 'cal',
        service: 'massage-60',
        source: el,
      });
    });

    it('lets a listener cancel the navigation', async () => {
      const el = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://x.example/"></knead-booking-button>`,
      );
      el.addEventListener('knead-booking-click', (event) => event.preventDefault());
      const { prevented } = await clickWithoutLeaving(el);
      expect(prevented).to.equal(true);
    });
  });

  describe('popup mode', () => {
    const popup = () => html`
      <knead-booking-button
        mode="popup"
        provider="calendly"
        account="harbour-physio"
        service="60min"
      ></knead-booking-button>
    `;

    it('opens a modal dialog with the framed booking page and moves focus in', async () => {
      const el = await fixture<KneadBookingButton>(popup());
      const trigger = part(el, 'button')!;
      expect(trigger.localName).to.equal('button');
      expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
      const opened = oneEvent(el, 'knead-booking-open');
      trigger.click();
      await opened;
      const dialog = popupPart<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(deepActiveElement()).to.equal(popupPart(el, 'close'));
      const frame = popupPart<HTMLIFrameElement>(el, 'frame')!;
      expect(frame.title).to.include('booking page');
      const src = new URL(frame.src);
      expect(src.origin + src.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(src.searchParams.get('embed_domain')).to.equal(location.hostname);
      const newTab = popupPart(el, 'dialog')!.querySelector('a[target="_blank"]')!;
      expect(newTab.getAttribute('href')).to.equal(el.bookingUrl);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
    });

    it('closes on Escape, returns focus to the button and unlocks scrolling', async () => {
      const el = await fixture<KneadBookingButton>(popup());
      part(el, 'button')!.click();
      await oneEvent(el, 'knead-booking-open');
      const closed = oneEvent(el, 'knead-booking-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(popupPart<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(deepActiveElement()).to.equal(part(el, 'button'));
      expect(document.documentElement.style.overflow).to.equal('');
      await el.updateComplete;
      expect(popupPart(el, 'frame')).to.equal(null);
    });

    it('closes with its labelled close button', async () => {
      const el = await fixture<KneadBookingButton>(popup());
      part(el, 'button')!.click();
      await oneEvent(el, 'knead-booking-open');
      const close = popupPart<HTMLButtonElement>(el, 'close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close booking');
      const closed = oneEvent(el, 'knead-booking-close');
      close.click();
      await closed;
      expect(popupPart<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });

    it('does not open when the click is cancelled', async () => {
      const el = await fixture<KneadBookingButton>(popup());
      el.addEventListener('knead-booking-click', (event) => event.preventDefault());
      part(el, 'button')!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(popupPart<HTMLDialogElement>(el, 'dialog')?.open ?? false).to.equal(false);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('fires knead-booking-complete only for Calendly messages from its own frame and origin', async () => {
      const el = await fixture<KneadBookingButton>(popup());
      part(el, 'button')!.click();
      await oneEvent(el, 'knead-booking-open');
      const frameWindow = popupPart<HTMLIFrameElement>(el, 'frame')!.contentWindow!;
      let completions = 0;
      el.addEventListener('knead-booking-complete', () => completions++);
      const post = (origin: string, data: unknown, source: Window | null = frameWindow) =>
        window.dispatchEvent(new MessageEvent('message', { origin, data, source }));

      post('https://calendly.com.evil.example', { event: 'calendly.event_scheduled' });
      post('https://calendly.com', { event: 'calendly.event_scheduled' }, window);
      post('https://calendly.com', { event: 'calendly.date_and_time_selected' });
      expect(completions).to.equal(0);
      post('https://calendly.com', { event: 'calendly.event_scheduled' });
      expect(completions).to.equal(1);
    });

    it('falls back to a new tab for providers that refuse framing, and says so', async () => {
      const { el, errors, warnings } = await quietFixture<KneadBookingButton>(
        html`<knead-booking-button
          mode="popup"
          provider="jane"
          account="harbourphysio"
        ></knead-booking-button>`,
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('mode="popup"').and.include('Calendly');
      const link = part<HTMLAnchorElement>(el, 'button')!;
      expect(link.localName).to.equal('a');
      expect(link.target).to.equal('_blank');
      expect(link.href).to.equal('https://harbourphysio.janeapp.com/');
      expect(el.shadowRoot!.querySelector('knead-booking-dialog')).to.equal(null);
    });
  });

  describe('with a clinic', () => {
    it("books with the clinic's provider when it has no settings of its own", async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic
          booking-provider="calendly"
          booking-account="harbour-physio"
          name="Harbour Physio"
        >
          <knead-booking-button service="30min"></knead-booking-button>
        </knead-clinic>
      `);
      const el = clinic.querySelector('knead-booking-button')!;
      await el.updateComplete;
      expect(el.bookingUrl).to.equal('https://calendly.com/harbour-physio/30min');
    });

    it('follows the clinic live', async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic booking-url="https://book.example.com/a"
          ><knead-booking-button></knead-booking-button
        ></knead-clinic>
      `);
      const el = clinic.querySelector('knead-booking-button')!;
      clinic.setAttribute('booking-url', 'https://book.example.com/b');
      await clinic.updateComplete;
      await el.updateComplete;
      expect(part<HTMLAnchorElement>(el, 'button')!.href).to.equal('https://book.example.com/b');
    });

    it('prefers its own href over the clinic', async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic booking-url="https://book.example.com/clinic">
          <knead-booking-button href="https://book.example.com/own"></knead-booking-button>
        </knead-clinic>
      `);
      const el = clinic.querySelector('knead-booking-button')!;
      await el.updateComplete;
      expect(el.bookingUrl).to.equal('https://book.example.com/own');
    });

    it('uses a page clinic when it is not inside one', async () => {
      const page = await fixture(html`
        <div>
          <knead-clinic page booking-url="https://book.example.com/page"></knead-clinic>
          <p><knead-booking-button></knead-booking-button></p>
        </div>
      `);
      const el = page.querySelector('knead-booking-button')!;
      await page.querySelector<KneadClinic>('knead-clinic')!.updateComplete;
      await el.updateComplete;
      expect(el.bookingUrl).to.equal('https://book.example.com/page');
    });

    it("names the clinic's attribute when its URL is refused, and offers its phone", async () => {
      let clinic!: KneadClinic;
      const errors = await captureConsole('error', async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic booking-url="https://user:pw@book.example.com/" phone="+1 (555) 010-0100">
            <knead-booking-button></knead-booking-button>
          </knead-clinic>
        `);
        await clinic.querySelector('knead-booking-button')!.updateComplete;
      });
      expect(errors.some((e) => e.includes('<knead-clinic> booking-url'))).to.equal(true);
      const el = clinic.querySelector('knead-booking-button')!;
      const call = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="message"] a')!;
      expect(call.getAttribute('href')).to.equal('tel:+15550100100');
      expect(call.textContent).to.equal('+1 (555) 010-0100');
      await expect(el).to.be.accessible();
    });
  });

  it('shows a clinic phone that is not a number as text, not as a link', async () => {
    let clinic!: KneadClinic;
    await captureConsole('error', async () => {
      clinic = await fixture<KneadClinic>(html`
        <knead-clinic phone="ask at reception"
          ><knead-booking-button></knead-booking-button
        ></knead-clinic>
      `);
      await clinic.querySelector('knead-booking-button')!.updateComplete;
    });
    const message = clinic
      .querySelector('knead-booking-button')!
      .shadowRoot!.querySelector('[part~="message"]')!;
    expect(message.textContent).to.include('Please call ask at reception to book.');
    expect(message.querySelector('a')).to.equal(null);
  });

  it('starts no browser work when constructed, nor its popup', async () => {
    await import('../../src/booking-button/booking-dialog.js');
    const work = await browserWorkDuring(() => {
      document.createElement('knead-booking-button').setAttribute('mode', 'popup');
      document.createElement('knead-booking-dialog');
    });
    expect(work).to.deep.equal([]);
  });

  it('warns without throwing when another version defines the tag again', async () => {
    class OtherCopy extends KneadBookingButton {
      static override readonly version = '9.9.9';
    }
    const warnings = await captureConsole('warn', () => define('knead-booking-button', OtherCopy));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('9.9.9').and.include(KneadBookingButton.version);
  });
});
