import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/booking-button/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { BOOKING_MESSAGES } from '../../src/booking-button/booking-messages.js';
import FRENCH from '../../src/booking-button/languages/fr.js';
import SPANISH from '../../src/booking-button/languages/es.js';
import { registerLanguage } from '../../src/shared/messages.js';
import { captureConsole } from '../helpers/console.js';
import { nextFrame, offer, openPopup, popup, renderedButton } from '../harness/booking-button.js';
import { closeEveryPopup } from './fixtures.js';

const BOOK = { en: BOOKING_MESSAGES.book, fr: FRENCH.booking.book, es: SPANISH.booking.book };
const WEB = 'https://book.example.com/massage';

/** What the button's link or button says: its name without ", opens in a new tab". */
const says = (button: Element) => offer(button).name.split(',')[0];

/** Lets `lang` observers report and the buttons render again. */
async function settle(...buttons: KneadBookingButton[]) {
  await nextFrame();
  for (const button of buttons) await button.updateComplete;
  await nextFrame();
}

describe('<knead-booking-button> chooses its language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    closeEveryPopup();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks a language by its subtag: fr-CA French, es-MX Spanish, de English', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <knead-booking-button lang="fr-CA" href=${WEB}></knead-booking-button>
        <knead-booking-button lang="es-MX" href=${WEB}></knead-booking-button>
        <knead-booking-button lang="de" href=${WEB}></knead-booking-button>
      </div>
    `);
    const buttons = [...page.querySelectorAll('knead-booking-button')];
    for (const button of buttons) await renderedButton(button);
    expect(buttons.map(says)).to.deep.equal([BOOK.fr, BOOK.es, BOOK.en]);
  });

  it('renders in its language the first time, never English first', async () => {
    const button = document.createElement('knead-booking-button');
    button.setAttribute('href', WEB);
    button.lang = 'es';
    document.body.append(button);
    await button.updateComplete;
    expect(says(button)).to.equal(BOOK.es);
    button.remove();
  });

  it('takes its own lang, then its clinic’s, then the nearest ancestor’s, then the page’s', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const page = await fixture<HTMLElement>(html`
      <div>
        <knead-clinic lang="es-MX" booking-url=${WEB}>
          <p lang="fr"><knead-booking-button lang="en-CA"></knead-booking-button></p>
        </knead-clinic>
        <p lang="fr"><knead-booking-button href=${WEB}></knead-booking-button></p>
        <knead-booking-button href=${WEB}></knead-booking-button>
      </div>
    `);
    const [inClinic, inParagraph, onPage] = page.querySelectorAll('knead-booking-button');
    for (const button of [inClinic!, inParagraph!, onPage!]) await renderedButton(button);
    expect(says(inClinic!), 'its own').to.equal(BOOK.en);
    inClinic!.removeAttribute('lang');
    await settle(inClinic!);
    expect(says(inClinic!), 'the clinic’s, before the paragraph around it').to.equal(BOOK.es);
    expect(says(inParagraph!), 'the nearest ancestor’s').to.equal(BOOK.fr);
    expect(says(onPage!), 'the page’s').to.equal(BOOK.es);
  });

  it('takes a page clinic’s language, which is not its ancestor', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const page = await fixture<HTMLElement>(html`
      <div>
        <knead-clinic page lang="fr" booking-url=${WEB}></knead-clinic>
        <p><knead-booking-button></knead-booking-button></p>
      </div>
    `);
    await (page.querySelector('knead-clinic') as KneadClinic).updateComplete;
    const button = await renderedButton(page);
    expect(button.bookingUrl).to.equal(WEB);
    expect(says(button)).to.equal(BOOK.fr);
  });

  it('in a clinic inside an app’s open shadow root: the clinic’s language', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const app = await fixture<HTMLElement>(html`<div></div>`);
    const root = app.attachShadow({ mode: 'open' });
    root.innerHTML = `<knead-clinic lang="fr" name="Harbour Physio"
        booking-provider="calendly" booking-account="harbour-physio">
      <section><knead-booking-button mode="popup"></knead-booking-button></section>
    </knead-clinic>`;
    await (root.querySelector('knead-clinic') as KneadClinic).updateComplete;
    const button = await renderedButton(root);
    expect(says(button)).to.equal(BOOK.fr);
    await openPopup(button);
    expect(popup(button).title).to.equal(FRENCH.booking.bookWithClinic('Harbour Physio'));
    await expect(button).to.be.accessible();
  });

  it('speaks again when an ancestor’s lang changes, the open popup too', async () => {
    const page = await fixture<HTMLElement>(html`
      <div lang="fr">
        <knead-booking-button mode="popup" provider="calendly" account="harbour-physio">
        </knead-booking-button>
      </div>
    `);
    const button = await renderedButton(page);
    expect(says(button)).to.equal(BOOK.fr);
    await openPopup(button);
    expect(popup(button).closeName).to.equal(FRENCH.booking.close);

    page.setAttribute('lang', 'es-419');
    await settle(button);
    expect(says(button)).to.equal(BOOK.es);
    expect(popup(button)).to.deep.include({ open: true, closeName: SPANISH.booking.close });

    page.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'en-US');
    await settle(button);
    expect(says(button)).to.equal(BOOK.en);
    expect(popup(button).title).to.equal('Book with Calendly');
  });

  it('speaks a language a developer registers, English for the keys it lacks, with one warning', async () => {
    registerLanguage('pt', {
      booking: {
        book: 'Marcar uma consulta',
        opensInNewTab: (label: string) => `${label}, abre numa nova aba`,
      },
    });
    const warnings = await captureConsole('warn', async () => {
      const page = await fixture<HTMLElement>(html`
        <div lang="pt-BR">
          <knead-booking-button href=${WEB}></knead-booking-button>
          <knead-booking-button mode="popup" provider="calendly" account="harbour-physio">
          </knead-booking-button>
        </div>
      `);
      const [link, popupButton] = page.querySelectorAll('knead-booking-button');
      await renderedButton(link!);
      await renderedButton(popupButton!);
      expect(offer(link!).name).to.equal('Marcar uma consulta, abre numa nova aba');
      await openPopup(popupButton!);
      expect(popup(popupButton!)).to.deep.include({
        title: 'Book with Calendly',
        closeName: BOOKING_MESSAGES.close,
      });
    });
    expect(warnings).to.have.length(1);
    const missing = Object.keys(BOOKING_MESSAGES).filter(
      (key) => key !== 'book' && key !== 'opensInNewTab',
    );
    expect(warnings[0]).to.include(`booking messages in "pt" lack ${missing.join(', ')}`);
  });
});
