import { expect, fixture, html, nextFrame } from '@open-wc/testing';
// The widgets only. <knead-clinic> is defined by the last test, the way a tag manager or a
// CDN script that loads after the npm build would define it; a tag is defined once per page,
// and wtr gives each test file its own page, so these tests run in order in this file.
import '../../src/booking-button/define.js';
import '../../src/technique-list/define.js';
import '../../src/symptom-check/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import '../helpers/clinic-probe.js';
import { captureConsole } from '../helpers/console.js';

async function settle(root: ParentNode) {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll<KneadBookingButton>('*')];
    await Promise.all(elements.map((element) => element.updateComplete));
    await nextFrame();
  }
}

/** Every console error and warning while `run` runs and the page settles. */
async function consoleDuring(root: ParentNode, run: () => unknown): Promise<string[]> {
  let errors: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    errors = await captureConsole('error', async () => {
      await run();
      await settle(root);
    });
  });
  return [...errors, ...warnings];
}

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** What a visitor sees of a booking button: its control, its text, and any message. */
function seen(button: KneadBookingButton) {
  const control = button.shadowRoot!.querySelector<HTMLElement>('[part~="button"]');
  return {
    control: control?.localName,
    disabled: control?.matches(':disabled') ?? false,
    text: text(button),
    message: button.shadowRoot!.querySelector('[part~="message"]') !== null,
  };
}

describe('widgets defined before <knead-clinic>', () => {
  it('stop waiting when the clinic they wait for leaves', async () => {
    let page!: HTMLElement;
    const messages = await consoleDuring(document, async () => {
      page = await fixture(html`
        <div>
          <knead-clinic page booking-url="https://book.example.com/gone"></knead-clinic>
          <knead-clinic><clinic-probe id="moved"></clinic-probe></knead-clinic>
          <knead-booking-button></knead-booking-button>
          <clinic-probe id="loose"></clinic-probe>
        </div>
      `);
    });
    expect(messages).to.deep.equal([]);
    const button = page.querySelector('knead-booking-button')!;
    expect(seen(button).message).to.equal(false);
    expect(text(page.querySelector('#loose')!)).to.equal('waiting');
    expect(text(page.querySelector('#moved')!)).to.equal('waiting');

    // Moved out of its clinic, with no page clinic any more: no clinic, said plainly.
    const errors = await captureConsole('error', async () => {
      page.querySelector('knead-clinic[page]')!.remove();
      page.append(page.querySelector('#moved')!);
      await settle(page);
    });
    expect(text(page.querySelector('#loose')!)).to.equal('no clinic');
    expect(text(page.querySelector('#moved')!)).to.equal('no clinic');
    expect(seen(button).text).to.include('Online booking is not set up yet.');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('no booking link');
  });

  it('wait calmly for an undefined clinic, then use its settings once it is defined', async () => {
    let page!: HTMLElement;
    const before = await consoleDuring(document, async () => {
      page = await fixture(html`
        <div>
          <knead-clinic
            name="Harbour"
            booking-provider="calendly"
            booking-account="harbour-physio"
            phone="+1 555 0100"
          >
            <script type="application/json">
              { "services": { "swedish": "relax-45" } }
            </script>
            <knead-booking-button id="inside"></knead-booking-button>
            <knead-technique-card technique="swedish"></knead-technique-card>
            <clinic-probe id="inside-probe"></clinic-probe>
          </knead-clinic>
          <knead-clinic
            page
            name="Page"
            booking-url="https://book.example.com/page"
            emergency-number="112"
          ></knead-clinic>
          <p>
            <knead-booking-button id="outside">Book now</knead-booking-button>
            <clinic-probe id="outside-probe"></clinic-probe>
          </p>
          <knead-symptom-check></knead-symptom-check>
        </div>
      `);
    });

    expect(before, 'console while waiting').to.deep.equal([]);
    const inside = page.querySelector<KneadBookingButton>('#inside')!;
    const outside = page.querySelector<KneadBookingButton>('#outside')!;
    // A calm button with its label, not yet active, and no "not set up" message.
    expect(seen(inside)).to.deep.equal({
      control: 'button',
      disabled: true,
      text: 'Book an appointment',
      message: false,
    });
    expect(seen(outside).message).to.equal(false);
    expect(outside.textContent).to.equal('Book now');
    expect(text(page.querySelector('#inside-probe')!)).to.equal('waiting');
    expect(text(page.querySelector('#outside-probe')!)).to.equal('waiting');

    const after = await consoleDuring(document, () => import('../../src/clinic/define.js'));

    expect(after, 'console once defined').to.deep.equal([]);
    expect(inside.bookingUrl).to.equal('https://calendly.com/harbour-physio');
    expect(outside.bookingUrl).to.equal('https://book.example.com/page');
    expect(seen(outside)).to.include({ control: 'a', disabled: false, message: false });
    expect(text(page.querySelector('#inside-probe')!)).to.equal('Harbour');
    expect(text(page.querySelector('#outside-probe')!)).to.equal('Page');
    const card = page.querySelector<KneadTechniqueCard>('knead-technique-card')!;
    const cardButton = card.shadowRoot!.querySelector<KneadBookingButton>('knead-booking-button');
    await cardButton?.updateComplete;
    expect(cardButton?.bookingUrl).to.equal('https://calendly.com/harbour-physio/relax-45');
  });
});
