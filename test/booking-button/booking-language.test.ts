import { sourceOf } from '../helpers/source.js';
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/clinic/define.js';
import '../../src/booking-button/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import {
  BOOKING_MESSAGES,
  type BookingMessages,
} from '../../src/booking-button/booking-messages.js';
import FRENCH from '../../src/booking-button/languages/fr.js';
import SPANISH from '../../src/booking-button/languages/es.js';
import type { Message } from '../../src/shared/messages.js';
import { englishLeft, englishPhrases } from '../helpers/english-left.js';
import { callLink, offer, openPopup, popup, refusal } from '../harness/booking-button.js';
import { bookingButton, calendlyPopup, closeEveryPopup, renderQuietly } from './fixtures.js';

const TABLES: Record<string, BookingMessages> = { fr: FRENCH.booking, es: SPANISH.booking };
const ENGLISH = englishPhrases(BOOKING_MESSAGES);
const PHONE = '+1 555 010 0100';
const CLINIC = 'Harbour Physio';

/** A message with sample values: each function's value stands for itself. */
const say = (message: Message, ...values: string[]) =>
  typeof message === 'string' ? message : (message as (...given: string[]) => string)(...values);

describe('booking button messages', () => {
  for (const [language, table] of Object.entries(TABLES)) {
    it(`${language}: has every English key and no other, each of the same kind`, () => {
      expect(Object.keys(table)).to.have.members(Object.keys(BOOKING_MESSAGES));
      for (const [key, english] of Object.entries(BOOKING_MESSAGES))
        expect(typeof table[key as keyof BookingMessages], key).to.equal(typeof english);
    });

    it(`${language}: says something for every key, with each value once`, () => {
      for (const [key, message] of Object.entries(table) as [string, Message][]) {
        const said = say(message, '⟨value⟩');
        expect(said.trim(), key).to.not.equal('');
        // Once: the phone sentence is cut around its number, and a name shown twice reads oddly.
        if (typeof message === 'function') expect(said.split('⟨value⟩'), key).to.have.length(2);
        expect(
          ENGLISH.filter((phrase) => said.includes(phrase)),
          key,
        ).to.deep.equal([]);
      }
    });
  }

  it('uses every English key in the code that renders the button and its popup', async () => {
    // The files as the test server serves them (TypeScript compiled, names kept), where the
    // table is always called `text`: `this.close` (a method) is not `text.close`.
    const files = ['booking-face', 'booking-button', 'booking-button-view', 'booking-dialog'];
    const code = await sourceOf(
      'booking-button',
      files.map((file) => `${file}.ts`),
    );
    const unused = Object.keys(BOOKING_MESSAGES).filter(
      (key) => !new RegExp(`\\btext\\.${key}\\b`).test(code),
    );
    expect(unused).to.deep.equal([]);
  });
});

/** A state of the button worth seeing, on a page in `lang`, and what it must say there. */
interface State {
  readonly name: string;
  readonly page: (lang: string) => TemplateResult | Element;
  readonly open?: boolean;
  readonly says: (button: KneadBookingButton, text: BookingMessages) => void;
}

const WEB = 'https://book.example.com/massage';
const CALENDLY = 'booking-provider="calendly" booking-account="harbour-physio"';

const STATES: State[] = [
  {
    name: 'a link in the same tab',
    page: (lang) =>
      html`<div lang=${lang}>
        <knead-booking-button href=${WEB} mode="same-tab"></knead-booking-button>
      </div>`,
    says: (button, text) =>
      expect(offer(button)).to.deep.include({ role: 'link', name: text.book }),
  },
  {
    name: 'a link to a new tab, which says so',
    page: (lang) => html`<knead-booking-button lang=${lang} href=${WEB}></knead-booking-button>`,
    says: (button, text) => expect(offer(button).name).to.equal(text.opensInNewTab(text.book)),
  },
  {
    name: 'the popup button',
    page: (lang) => calendlyPopup({ lang }),
    says: (button, text) =>
      expect(offer(button)).to.deep.include({ role: 'button', popup: true, name: text.book }),
  },
  {
    name: 'the open popup, titled with the provider',
    open: true,
    page: (lang) =>
      html`<div lang=${lang}>
        <knead-booking-button mode="popup" provider="calendly" account="harbour-physio">
        </knead-booking-button>
      </div>`,
    says: (button, text) => {
      const shown = popup(button);
      const title = text.bookWithProvider('Calendly');
      expect(shown).to.deep.include({ open: true, title, closeName: text.close });
      expect(shown.frameTitle).to.equal(text.frameTitle(title));
      expect(shown.newTabLink!.name).to.equal(text.openInNewTab);
      const dialog = button.shadowRoot!.querySelector('knead-booking-dialog')!.shadowRoot!;
      // Shown until the framed page loads (which it may have done by now).
      const line = dialog.querySelector('.loading')?.textContent;
      if (line) expect(line).to.equal(text.loading);
    },
  },
  {
    name: 'the open popup, titled with the clinic’s name',
    open: true,
    page: (lang) =>
      clinicPage(lang, `name="${CLINIC}" ${CALENDLY}`, '<knead-booking-button mode="popup">'),
    says: (button, text) => expect(popup(button).title).to.equal(text.bookWithClinic(CLINIC)),
  },
  {
    name: 'refused: not set up, with the clinic’s phone to call',
    page: (lang) => clinicPage(lang, `phone="${PHONE}"`, '<knead-booking-button>'),
    says: (button, text) => {
      expect(refusal(button)).to.equal(`${text.notSetUp} ${text.callToBook(PHONE)}`);
      expect(callLink(button)).to.deep.equal({ text: PHONE, href: 'tel:+15550100100' });
      expect(offer(button)).to.deep.include({ disabled: true, name: text.book });
    },
  },
  {
    name: 'refused: an unsafe link',
    page: (lang) =>
      clinicPage(lang, `phone="${PHONE}"`, '<knead-booking-button href="javascript:alert(1)">'),
    says: (button, text) =>
      expect(refusal(button)).to.equal(`${text.unsafeLink} ${text.callToBook(PHONE)}`),
  },
  {
    name: 'refused: settings that are not valid',
    page: (lang) => bookingButton({ lang, provider: 'calendly', account: 'not an account!' }),
    says: (button, text) => expect(refusal(button)).to.equal(text.invalidSettings),
  },
  {
    name: 'disabled',
    page: (lang) =>
      html`<knead-booking-button lang=${lang} href=${WEB} disabled></knead-booking-button>`,
    says: (button, text) =>
      expect(offer(button)).to.deep.include({ disabled: true, name: text.book }),
  },
];

/** A clinic in `lang` with these attributes, around a button written as HTML. */
function clinicPage(lang: string, attributes: string, button: string): TemplateResult {
  const page = document.createElement('div');
  page.innerHTML = `<knead-clinic lang="${lang}" ${attributes}>${button}</knead-booking-button></knead-clinic>`;
  return html`${page}`;
}

describe('<knead-booking-button> in French and Spanish', () => {
  afterEach(closeEveryPopup);

  for (const [language, text] of Object.entries(TABLES)) {
    describe(language, () => {
      for (const state of STATES) {
        it(`${state.name}: no English left, accessible`, async () => {
          const { root, button } = await renderQuietly(state.page(language));
          if (state.open) await openPopup(button);
          state.says(button, text);
          expect(englishLeft(root, ENGLISH)).to.deep.equal([]);
          await expect(root).to.be.accessible();
        });
      }
    });
  }

  it('says the same states in English as before, in a page with no language', async () => {
    for (const state of STATES) {
      const { button } = await renderQuietly(state.page(''));
      if (state.open) await openPopup(button);
      state.says(button, BOOKING_MESSAGES);
      closeEveryPopup();
    }
  });
});
