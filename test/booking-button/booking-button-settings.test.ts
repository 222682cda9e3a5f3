import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { BookingClickEvent } from '../../src/shared/events.js';
import { captureReports } from '../helpers/console.js';
import { accessibleName } from './accessible-name.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

const popupPart = <T extends Element = HTMLElement>(el: Element, name: string) =>
  el
    .shadowRoot!.querySelector('knead-booking-dialog')
    ?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/**
 * Renders `template`, lets every button in it settle, and returns the console errors and
 * warnings (an ignored setting is a warning; a refused one an error).
 */
async function render(
  template: TemplateResult,
): Promise<{ root: HTMLElement; errors: string[]; warnings: string[] }> {
  let root!: HTMLElement;
  const { errors, warnings } = await captureReports(async () => {
    root = await fixture<HTMLElement>(template);
    for (const el of root.querySelectorAll<KneadBookingButton>('knead-booking-button')) {
      await el.updateComplete;
    }
    await (root.localName === 'knead-booking-button'
      ? (root as KneadBookingButton).updateComplete
      : undefined);
  });
  return { root, errors, warnings };
}

/** Renders a button again a few times over, as pages change attributes: what it logged. */
async function rerender(el: KneadBookingButton): Promise<string[]> {
  const { errors, warnings } = await captureReports(async () => {
    el.variant = 'secondary';
    await el.updateComplete;
    el.theme = 'dark';
    await el.updateComplete;
  });
  return [...errors, ...warnings];
}

describe('<knead-booking-button> settings', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll<KneadBookingButton>('knead-booking-button'))
      el.closePopup();
  });

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
      const { root } = await render(example());
      const el = root.querySelector('knead-booking-button')!;
      const trigger = part(el, 'button')!;
      expect(trigger.localName).to.equal('button');
      expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
      const clicked = oneEvent(el, 'knead-booking-click') as Promise<BookingClickEvent>;
      const opened = oneEvent(el, 'knead-booking-open');
      trigger.click();
      const click = await clicked;
      await opened;
      expect(click.detail.provider).to.equal('calendly');
      expect(click.detail.service, 'the ignored service is not reported').to.equal(undefined);
      const frame = new URL(popupPart<HTMLIFrameElement>(el, 'frame')!.src);
      expect(frame.origin + frame.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(frame.searchParams.get('embed_domain')).to.equal(location.hostname);
      expect(popupPart(el, 'dialog')!.textContent).to.include('Book with Harbour Physio');
    });

    it('warns once that service is ignored, because the fallback link gives the URL', async () => {
      const { root, errors, warnings } = await render(example());
      const el = root.querySelector('knead-booking-button')!;
      const later = await rerender(el);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^knead-widgets: <knead-booking-button> service="60min": /);
      expect(warnings[0]).to.include('<a href> child');
      expect(later).to.deep.equal([]);
    });

    it('is silent without the service attribute', async () => {
      const { errors, warnings } = await render(html`
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
    for (const [name, template] of [
      [
        'own href',
        html`<knead-booking-button
          mode="popup"
          href="https://cal.com/harbour/60min"
        ></knead-booking-button>`,
      ],
      [
        "the clinic's booking-url",
        html`<knead-clinic booking-url="https://cal.com/harbour/60min"
          ><knead-booking-button mode="popup"></knead-booking-button
        ></knead-clinic>`,
      ],
    ] as const) {
      it(`opens ${name} in a popup`, async () => {
        const { root, errors, warnings } = await render(template);
        const el =
          root.localName === 'knead-booking-button'
            ? (root as KneadBookingButton)
            : root.querySelector('knead-booking-button')!;
        expect([...errors, ...warnings]).to.deep.equal([]);
        expect(part(el, 'button')!.localName).to.equal('button');
        const opened = oneEvent(el, 'knead-booking-open');
        part(el, 'button')!.click();
        await opened;
        expect(popupPart<HTMLIFrameElement>(el, 'frame')!.src).to.equal(
          'https://cal.com/harbour/60min',
        );
      });
    }
  });

  describe('an ignored attribute warns once', () => {
    const cases: [string, TemplateResult, string[]][] = [
      [
        'account and service beside href',
        html`<knead-booking-button
          href="https://book.example.com/"
          account="harbour"
          service="60min"
        ></knead-booking-button>`,
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
        html`<knead-booking-button href="tel:+15550100" utm-source="site"></knead-booking-button>`,
        ['utm-source="site"'],
      ],
      [
        'popup for a provider that refuses framing',
        html`<knead-booking-button
          mode="popup"
          provider="jane"
          account="harbourphysio"
        ></knead-booking-button>`,
        ['mode="popup"'],
      ],
    ];
    for (const [name, template, expected] of cases) {
      it(name, async () => {
        const { root, errors, warnings } = await render(template);
        const el =
          root.localName === 'knead-booking-button'
            ? (root as KneadBookingButton)
            : root.querySelector('knead-booking-button')!;
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

  describe('an unknown variant', () => {
    it('warns once, naming it, and looks like the primary button', async () => {
      const { root, errors, warnings } = await render(html`
        <knead-booking-button
          href="https://book.example.com/"
          variant="outline"
        ></knead-booking-button>
      `);
      const el = root as KneadBookingButton;
      const primary = await fixture<KneadBookingButton>(html`
        <knead-booking-button href="https://book.example.com/"></knead-booking-button>
      `);
      const background = (button: KneadBookingButton) =>
        getComputedStyle(part(button, 'button')!).backgroundColor;
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
    const sources: [string, TemplateResult][] = [
      [
        'label',
        html`<knead-booking-button
          href="https://book.example.com/"
          label="Book a massage"
        ></knead-booking-button>`,
      ],
      [
        'label with stray spaces',
        html`<knead-booking-button
          href="https://book.example.com/"
          label="  Book   a massage  "
        ></knead-booking-button>`,
      ],
      [
        'the fallback link',
        html`<knead-booking-button>
          <a href="https://book.example.com/"> Book a massage </a>
        </knead-booking-button>`,
      ],
      [
        'the slot',
        html`<knead-booking-button href="https://book.example.com/">
          Book a massage
        </knead-booking-button>`,
      ],
    ];
    for (const [name, template] of sources) {
      it(`is "${NAME}" exactly, from ${name}`, async () => {
        const { root } = await render(template);
        const link = part(root, 'button')!;
        expect(link.localName).to.equal('a');
        expect(accessibleName(link)).to.equal(NAME);
        await expect(root).to.be.accessible();
      });
    }

    it('says "Book an appointment, opens in a new tab" by default', async () => {
      const { root } = await render(
        html`<knead-booking-button href="https://book.example.com/"></knead-booking-button>`,
      );
      expect(accessibleName(part(root, 'button')!)).to.equal(
        'Book an appointment, opens in a new tab',
      );
    });

    it('has no new-tab words in the same tab or on the popup button', async () => {
      const { root } = await render(html`
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
      const [sameTab, popup] = root.querySelectorAll('knead-booking-button');
      expect(accessibleName(part(sameTab!, 'button')!)).to.equal('Book a massage');
      expect(accessibleName(part(popup!, 'button')!)).to.equal('Book a massage');
    });

    it('names the popup\'s own new-tab link once: "Open in a new tab"', async () => {
      const { root } = await render(
        html`<knead-booking-button
          mode="popup"
          href="https://calendly.com/harbour/60min"
        ></knead-booking-button>`,
      );
      const el = root as KneadBookingButton;
      const opened = oneEvent(el, 'knead-booking-open');
      part(el, 'button')!.click();
      await opened;
      const link = popupPart(el, 'dialog')!.querySelector('a[target="_blank"]')!;
      expect(accessibleName(link)).to.equal('Open in a new tab');
    });

    it('shows the default text when the slot holds only whitespace', async () => {
      const el = document.createElement('knead-booking-button');
      el.setAttribute('href', 'https://book.example.com/');
      el.append('\n   \n');
      const { root } = await render(html`${el}`);
      const link = part(root, 'button')!;
      expect(link.innerText.trim()).to.equal('Book an appointment');
      expect(accessibleName(link)).to.equal('Book an appointment, opens in a new tab');
    });
  });

  describe('label length', () => {
    it('takes a label of up to 120 characters: "Book" and the longest technique name', async () => {
      const label = `Book ${'N'.repeat(80)} ${'B'.repeat(34)}`;
      const { root, errors } = await render(
        html`<knead-booking-button
          href="https://book.example.com/"
          label=${label}
        ></knead-booking-button>`,
      );
      expect(errors).to.deep.equal([]);
      expect(accessibleName(part(root, 'button')!)).to.equal(`${label}, opens in a new tab`);
    });

    it('refuses a longer label once, naming it, and falls back to the default text', async () => {
      const label = 'Book '.repeat(60).trim();
      const { root, errors } = await render(
        html`<knead-booking-button
          href="https://book.example.com/"
          label=${label}
        ></knead-booking-button>`,
      );
      const later = await rerender(root as KneadBookingButton);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^knead-widgets: <knead-booking-button> label="Book Book/);
      expect(errors[0]).to.include('at most 120 characters');
      expect(later).to.deep.equal([]);
      expect(accessibleName(part(root, 'button')!)).to.equal(
        'Book an appointment, opens in a new tab',
      );
    });
  });
});
