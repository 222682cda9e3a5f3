import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { ROUTES, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { closePopup, openPopup, popup } from '../harness/booking-button.js';
import { captureConsole } from '../helpers/console.js';
import { overflows } from '../helpers/layout.js';
import { kneadElements, settleAll, spokenOn } from './probes.js';

/**
 * A Quebec clinic whose name is one 80-character word (a name written without spaces, as
 * a CMS field or a domain name gets pasted), on a 320 px phone, with every widget in French
 * and in Spanish: the name sits inside the language's own sentences ("Prendre rendez-vous
 * chez …", "Des questions ? Appelez … au …"), which are longer than English. Nothing may
 * stick out of a widget sideways.
 */

const WORD = 'Massothérapieetphysiothérapiedesîlesdelamadeleineetdelagaspésieàboucherville'
  .padEnd(80, 'é')
  .slice(0, 80);

const ALL = `
  <knead-booking-button mode="popup" provider="calendly" account="harbour"></knead-booking-button>
  <knead-booking-button label="${WORD}" href="https://book.example.com"></knead-booking-button>
  <knead-booking-button provider="calendly" account="not valid!"></knead-booking-button>
  <knead-technique-card technique="deep-tissue" bookable highlighted></knead-technique-card>
  <knead-technique-list filter></knead-technique-list>
  <knead-symptom-check></knead-symptom-check>
  <knead-exercise-timer></knead-exercise-timer>`;

for (const lang of ['fr-CA', 'es-MX'] as const)
  describe(`an 80-character clinic name at 320 px, in ${lang}`, function () {
    this.timeout(20_000);
    before(() => setViewport({ width: 320, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    let clinic: HTMLElement;
    beforeEach(async () => {
      await captureConsole('warn', async () => {
        await captureConsole('error', async () => {
          clinic = await fixture<HTMLElement>(html`<div></div>`);
          clinic.innerHTML = `<knead-clinic lang="${lang}" name="${WORD}" phone="+1 418 555 0142"
            booking-provider="calendly" booking-account="harbour" emergency-number="911">${ALL}</knead-clinic>`;
          await settleAll(document.body, 300);
        });
      });
    });

    it('every widget fits, and speaks the language', async () => {
      for (const el of clinic.querySelectorAll('knead-clinic > *')) {
        expect(overflows(el), el.localName).to.deep.equal([]);
      }
      expect(spokenOn(clinic.querySelector('knead-symptom-check')!, 'check')).to.equal(
        lang.slice(0, 2),
      );
      // The refused button names the clinic's phone in the language's sentence.
      const refused = clinic.querySelectorAll('knead-booking-button')[2]!;
      expect(refused.shadowRoot!.textContent).to.include('555');
    });

    it('the open popup, titled with the name in the language’s sentence, fits', async () => {
      const button = clinic.querySelector<KneadBookingButton>('knead-booking-button')!;
      await openPopup(button);
      expect(popup(button).title).to.include(WORD);
      expect(popup(button).title).not.to.match(/^Book with/);
      // The dialog is in the top layer, outside its host's box: measured against the screen.
      const dialog = button.shadowRoot!.querySelector('knead-booking-dialog')!;
      const wide: string[] = [];
      for (const element of dialog.shadowRoot!.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width && (box.left < -1 || box.right > 321))
          wide.push(`<${element.localName}> ${box.left}-${box.right}px`);
        if (element.clientWidth && element.scrollWidth > element.clientWidth + 1)
          wide.push(
            `<${element.localName}> holds ${element.scrollWidth}px in ${element.clientWidth}px`,
          );
      }
      expect(wide).to.deep.equal([]);
      await closePopup(button);
    });

    it('the check’s result with "Questions? Call <name> at …" fits', async () => {
      // A clinic that books by phone only: a clinician-level result names it.
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      holder.innerHTML = `<knead-clinic lang="${lang}" name="${WORD}" phone="+1 418 555 0142"
        emergency-number="911"><knead-symptom-check></knead-symptom-check></knead-clinic>`;
      const check = holder.querySelector<Check>('knead-symptom-check')!;
      await captureConsole('warn', async () => {
        await settleAll(document.body, 100);
        await answerByCode(check, ROUTES['disc-nerve']);
        await settleAll(document.body, 200);
      });
      expect(check.shadowRoot!.textContent).to.include(WORD);
      for (const el of kneadElements(check))
        if (el !== check) expect(overflows(el), el.localName).to.deep.equal([]);
      expect(overflows(check)).to.deep.equal([]);
    });
  });
