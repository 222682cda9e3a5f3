import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { BookingClickEvent } from '../../src/booking-button/booking-events.js';
import { captureReports } from '../helpers/console.js';
import {
  activate,
  control,
  nextEvent,
  offer,
  openPopup,
  popup,
} from '../harness/booking-button.js';
import { bookingButton, closeEveryPopup, renderQuietly, rerender } from './fixtures.js';

describe('<knead-booking-button> settings', () => {
  afterEach(closeEveryPopup);

  describe('the README popup example', () => {
    const example = () => html`
      <knead-clinic
        name="Harbour Physio"
        booking-provider="calendly"
        booking-account="harbour-physio"
        phone="+1 (604) 555-0142"
      >
        <knead-booking-button mode="popup" service="60min">
          <a href="https://calendly.com/harbour-physio/60min">Book a massage</a>
        </knead-booking-button>
      </knead-clinic>
    `;

    it('opens a popup with the Calendly page of its fallback link, not a new tab', async () => {
      const { button } = await renderQuietly(example());
      expect(offer(button)).to.deep.include({ role: 'button', popup: true });
      const clicked = nextEvent<BookingClickEvent>(button, 'knead-booking-click');
      await openPopup(button);
      const click = await clicked;
      expect(click.detail.provider).to.equal('calendly');
      expect(click.detail.service, 'the ignored service is not reported').to.equal(undefined);
      const { frame, title } = popup(button);
      expect(frame!.origin + frame!.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(frame!.searchParams.get('embed_domain')).to.equal(location.host);
      expect(title).to.equal('Book with Harbour Physio');
    });

    it('warns once that service is ignored, because the fallback link gives the URL', async () => {
      const { button, errors, warnings } = await renderQuietly(example());
      const later = await rerender(button);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^knead-widgets: <knead-booking-button> service="60min": /);
      expect(warnings[0]).to.include('<a href> child');
      expect(later).to.deep.equal([]);
    });

    it('is silent without the service attribute', async () => {
      const { errors, warnings } = await renderQuietly(html`
        <knead-clinic booking-provider="calendly" booking-account="harbour-physio">
          <knead-booking-button mode="popup">
            <a href="https://calendly.com/harbour-physio/60min">Book a massage</a>
          </knead-booking-button>
        </knead-clinic>
      `);
      expect([...errors, ...warnings]).to.deep.equal([]);
    });
  });

  describe('a link on a known provider counts as that provider', () => {
    for (const [name, page] of [
      ['own href', () => bookingButton({ mode: 'popup', href: 'https://cal.com/harbour/60min' })],
      [
        "the clinic's booking-url",
        () =>
          html`<knead-clinic booking-url="https://cal.com/harbour/60min"
            ><knead-booking-button mode="popup"></knead-booking-button
          ></knead-clinic>`,
      ],
    ] as const) {
      it(`opens ${name} in a popup`, async () => {
        const { button, errors, warnings } = await renderQuietly(page());
        expect([...errors, ...warnings]).to.deep.equal([]);
        expect(offer(button).role).to.equal('button');
        await openPopup(button);
        expect(popup(button).frame!.href).to.equal(
          'https://app.cal.com/harbour/60min/embed?embed=knead&embedType=modal',
        );
      });
    }
  });

  describe('an ignored attribute warns once', () => {
    const cases: [string, TemplateResult | Element, string[]][] = [
      [
        'account and service beside href',
        bookingButton({ href: 'https://book.example.com/', account: 'harbour', service: '60min' }),
        ['account="harbour"', 'service="60min"'],
      ],
      [
        "service beside the clinic's booking-url",
        html`<knead-clinic booking-url="https://book.example.com/"
          ><knead-booking-button service="60min"></knead-booking-button
        ></knead-clinic>`,
        ['service="60min"'],
      ],
      [
        'account without provider',
        html`<knead-clinic booking-provider="calendly" booking-account="harbour-physio"
          ><knead-booking-button account="other"></knead-booking-button
        ></knead-clinic>`,
        ['account="other"'],
      ],
      [
        'UTM parameters on a phone link',
        bookingButton({ href: 'tel:+15550100', 'utm-source': 'site' }),
        ['utm-source="site"'],
      ],
      [
        'popup for a provider that refuses framing',
        bookingButton({ mode: 'popup', provider: 'jane', account: 'harbourphysio' }),
        ['mode="popup"'],
      ],
    ];
    for (const [name, template, expected] of cases) {
      it(name, async () => {
        const { button: el, errors, warnings } = await renderQuietly(template);
        const later = await rerender(el);
        expect(errors, 'nothing was refused').to.deep.equal([]);
        expect(warnings.map((warning) => /> ([^:]+):/.exec(warning)?.[1]).sort()).to.deep.equal(
          expected,
        );
        for (const warning of warnings) expect(warning).to.include('ignored');
        expect(later).to.deep.equal([]);
        expect(el.bookingUrl, 'booking still works').to.be.a('string');
      });
    }
  });

  describe('a Noterro service', () => {
    const noterro = (service: string) =>
      bookingButton({ provider: 'noterro', account: 'harbourphysio', service });

    it('links the service page of an id and name, silently', async () => {
      const { button, errors, warnings } = await renderQuietly(noterro('26506/myofascial-therapy'));
      expect([...errors, ...warnings]).to.deep.equal([]);
      expect(offer(button)).to.deep.include({
        role: 'link',
        newTab: true,
        href: 'https://harbourphysio.noterro.com/service/26506/myofascial-therapy',
      });
      const clicked = nextEvent<BookingClickEvent>(button, 'knead-booking-click');
      await activate(button);
      expect((await clicked).detail).to.deep.include({
        provider: 'noterro',
        service: '26506/myofascial-therapy',
      });
    });

    it("links the service of its clinic's Noterro account", async () => {
      const { button, errors, warnings } = await renderQuietly(html`
        <knead-clinic booking-provider="noterro" booking-account="harbourphysio">
          <knead-booking-button service="26506/myofascial-therapy"></knead-booking-button>
        </knead-clinic>
      `);
      expect([...errors, ...warnings]).to.deep.equal([]);
      expect(offer(button).href).to.equal(
        'https://harbourphysio.noterro.com/service/26506/myofascial-therapy',
      );
    });

    it('links the account page for a bare id, and warns once with the form to use', async () => {
      const { button, errors, warnings } = await renderQuietly(noterro('26506'));
      const later = await rerender(button);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^knead-widgets: <knead-booking-button> service="26506": /);
      expect(warnings[0]).to.include('service="26506/myofascial-therapy"');
      expect(warnings[0]).to.include('the account page is used');
      expect(later).to.deep.equal([]);
      expect(offer(button).href).to.equal('https://harbourphysio.noterro.com/');
    });

    it('refuses an id with a malformed name, naming service', async () => {
      const { button, errors } = await renderQuietly(noterro('26506/x/y'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^knead-widgets: <knead-booking-button> service="26506\/x\/y": /);
      expect(button.bookingUrl).to.equal(undefined);
    });
  });

  describe('an unknown variant', () => {
    it('warns once, naming it, and looks like the primary button', async () => {
      const {
        button: el,
        errors,
        warnings,
      } = await renderQuietly(
        bookingButton({ href: 'https://book.example.com/', variant: 'outline' }),
      );
      const primary = await fixture<KneadBookingButton>(
        bookingButton({ href: 'https://book.example.com/' }),
      );
      const background = (button: KneadBookingButton) =>
        getComputedStyle(control(button)).backgroundColor;
      expect(background(el)).to.equal(background(primary));
      const later = await rerender(el);
      el.variant = 'outline' as 'link';
      const again = await captureReports(() => el.updateComplete);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^knead-widgets: <knead-booking-button> variant="outline": /);
      expect(warnings[0]).to.include('primary, secondary, link');
      expect([...later, ...again.errors, ...again.warnings]).to.deep.equal([]);
    });
  });

  describe('accessible name', () => {
    const NAME = 'Book a massage, opens in a new tab';
    const href = 'https://book.example.com/';
    const sources: [string, () => TemplateResult | Element][] = [
      ['label', () => bookingButton({ href, label: 'Book a massage' })],
      ['label with stray spaces', () => bookingButton({ href, label: '  Book   a massage  ' })],
      [
        'the fallback link',
        () =>
          html`<knead-booking-button><a href=${href}> Book a massage </a></knead-booking-button>`,
      ],
      ['the slot', () => bookingButton({ href }, '\n  Book a massage\n')],
    ];
    for (const [name, page] of sources) {
      it(`is "${NAME}" exactly, from ${name}`, async () => {
        const { button } = await renderQuietly(page());
        expect(offer(button)).to.deep.include({ role: 'link', name: NAME });
        await expect(button).to.be.accessible();
      });
    }

    it('says "Book an appointment, opens in a new tab" by default', async () => {
      const { button } = await renderQuietly(bookingButton({ href }));
      expect(offer(button).name).to.equal('Book an appointment, opens in a new tab');
    });

    it('has no new-tab words in the same tab or on the popup button', async () => {
      const { root } = await renderQuietly(html`
        <div>
          <knead-booking-button mode="same-tab" href="https://book.example.com/">
            Book a massage
          </knead-booking-button>
          <knead-booking-button
            mode="popup"
            href="https://calendly.com/harbour/60min"
            label="Book a massage"
          ></knead-booking-button>
        </div>
      `);
      const [sameTab, popupButton] = root.querySelectorAll('knead-booking-button');
      expect(offer(sameTab!).name).to.equal('Book a massage');
      expect(offer(popupButton!).name).to.equal('Book a massage');
    });

    it('names the popup\'s own new-tab link once: "Open in a new tab"', async () => {
      const { button } = await renderQuietly(
        bookingButton({ mode: 'popup', href: 'https://calendly.com/harbour/60min' }),
      );
      await openPopup(button);
      expect(popup(button).newTabLink!.name).to.equal('Open in a new tab');
    });

    it('shows the default text when the slot holds only whitespace', async () => {
      const { button } = await renderQuietly(bookingButton({ href }, '\n   \n'));
      expect(control(button).innerText.trim()).to.equal('Book an appointment');
      expect(offer(button).name).to.equal('Book an appointment, opens in a new tab');
    });
  });

  describe('label length', () => {
    it('takes a label of up to 120 characters: "Book" and the longest technique name', async () => {
      const label = `Book ${'N'.repeat(80)} ${'B'.repeat(34)}`;
      const { button, errors } = await renderQuietly(
        bookingButton({ href: 'https://book.example.com/', label }),
      );
      expect(errors).to.deep.equal([]);
      expect(offer(button).name).to.equal(`${label}, opens in a new tab`);
    });

    it('refuses a longer label once, naming it, and falls back to the default text', async () => {
      const label = 'Book '.repeat(60).trim();
      const { button, errors } = await renderQuietly(
        bookingButton({ href: 'https://book.example.com/', label }),
      );
      const later = await rerender(button);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^knead-widgets: <knead-booking-button> label="Book Book/);
      expect(errors[0]).to.include('at most 120 characters');
      expect(later).to.deep.equal([]);
      expect(offer(button).name).to.equal('Book an appointment, opens in a new tab');
    });
  });
});
