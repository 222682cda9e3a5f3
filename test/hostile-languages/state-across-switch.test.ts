import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import { closePopup, openPopup, popup } from '../harness/booking-button.js';
import { deepActiveElement, parts, textOf } from '../harness/dom.js';
import { settleAll } from './probes.js';

/**
 * What a visitor is in the middle of when the page switches language: an open booking
 * popup with focus in it, filters chosen in the technique list, an open card's details.
 * The switch changes the words, and nothing else.
 */

describe('state kept across a language switch', () => {
  before(async () => {
    const warm = await fixture(
      html`<div>
        <div lang="fr">
          <knead-technique-list filter></knead-technique-list
          ><knead-booking-button provider="calendly" account="h"></knead-booking-button>
        </div>
        <div lang="es">
          <knead-technique-list filter></knead-technique-list
          ><knead-booking-button provider="calendly" account="h"></knead-booking-button>
        </div>
      </div>`,
    );
    await settleAll(document.body, 400);
    warm.remove();
  });

  it('an open booking popup: still open and modal, focus kept, its words in the new language', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <knead-clinic name="Harbour"
          ><knead-booking-button
            mode="popup"
            provider="calendly"
            account="harbour"
          ></knead-booking-button
        ></knead-clinic>
      </div>`,
    );
    const button = page.querySelector<KneadBookingButton>('knead-booking-button')!;
    await settleAll();
    await openPopup(button);
    expect(popup(button).title).to.equal('Prendre rendez-vous chez Harbour');
    const focused = deepActiveElement();
    page.setAttribute('lang', 'es');
    await settleAll();
    const shown = popup(button);
    expect(shown.open && shown.modal).to.equal(true);
    expect(shown.title).to.equal('Reservar una cita en Harbour');
    expect(shown.closeName).to.equal('Cerrar la ventana de reserva');
    expect(deepActiveElement() === focused, 'focus still on the close button').to.equal(true);
    const dialog = button.shadowRoot!.querySelector('knead-booking-dialog')!;
    expect(dialog.getAttribute('lang') ?? dialog.closest('[lang]')?.getAttribute('lang')).to.equal(
      'es',
    );
    await closePopup(button);
  });

  it('chosen filters stay chosen, the count in the new words', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <knead-technique-list filter></knead-technique-list>
      </div>`,
    );
    const list = page.querySelector<KneadTechniqueList>('knead-technique-list')!;
    await settleAll();
    const chips = () => parts<HTMLButtonElement>(list, 'chip');
    chips()[0]!.click();
    chips()[3]!.click();
    await settleAll();
    const pressed = () => chips().map((chip) => chip.getAttribute('aria-pressed'));
    const before = pressed();
    const shownBefore = list.cards.filter((card) => card.checkVisibility()).length;
    expect(before.filter((each) => each === 'true')).to.have.length(2);
    page.setAttribute('lang', 'es');
    await settleAll();
    expect(pressed()).to.deep.equal(before);
    expect(list.cards.filter((card) => card.checkVisibility()).length).to.equal(shownBefore);
    expect(textOf(list.shadowRoot)).to.match(/técnica/);
    expect(textOf(list.shadowRoot)).not.to.match(/affichée/);
  });
});
