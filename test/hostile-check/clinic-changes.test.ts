import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Check } from '../harness/symptom-check.js';
import { captureReports } from '../helpers/console.js';
import {
  WORDS,
  calling,
  emergencyOf,
  expectedCall,
  onEmergencyScreen,
  placeVisitor,
  settleAll,
} from './support.js';

/**
 * A clinic's settings change while a visitor reads the emergency screen (a CMS preview, an
 * app that loads the clinic's settings late, a developer trying values): the number shown
 * follows every change, a value that is no phone number is refused with one console error
 * and the next source used, and the screen never offers anything but the call.
 */

async function onClinicEmergency(markup: string): Promise<{ el: Check; clinic: HTMLElement }> {
  const { holder, el } = await onEmergencyScreen(markup);
  return { el, clinic: holder.querySelector('knead-clinic')! };
}

async function change(run: () => void) {
  return captureReports(async () => {
    run();
    await settleAll(document.body, 40);
  });
}

describe('a clinic changing while the emergency screen shows', () => {
  placeVisitor('Etc/UTC', 'fr-CA');

  it('emergency-number set, changed, refused, emptied, removed: the number follows', async () => {
    const { el, clinic } = await onClinicEmergency(
      '<knead-clinic name="Clinique"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    const fromPage = emergencyOf('CA');
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, fromPage));

    await change(() => clinic.setAttribute('emergency-number', '999'));
    expect(calling(el)).to.include({ call: expectedCall(WORDS.fr, '999'), href: 'tel:999' });

    await change(() => clinic.setAttribute('emergency-number', '1-1-2'));
    expect(calling(el)).to.include({ call: expectedCall(WORDS.fr, '1-1-2'), href: 'tel:112' });

    const refused = await change(() =>
      clinic.setAttribute('emergency-number', 'javascript:alert(1)'),
    );
    expect(calling(el)).to.include({ call: expectedCall(WORDS.fr, fromPage) });
    expect(refused.errors.filter((line) => line.includes('javascript:alert(1)'))).to.have.length(1);

    await change(() => clinic.setAttribute('emergency-number', ''));
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, fromPage));

    await change(() => clinic.setAttribute('emergency-number', '000'));
    await change(() => clinic.removeAttribute('emergency-number'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, fromPage));
    expect(el.shadowRoot!.querySelector('knead-booking-button')).to.equal(null);
  });

  it('the clinic’s lang changes region and language: the words and the number follow', async () => {
    const { el, clinic } = await onClinicEmergency(
      '<knead-clinic lang="fr-FR"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, emergencyOf('FR')));
    await change(() => clinic.setAttribute('lang', 'es-MX'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('MX')));
    await change(() => clinic.setAttribute('lang', 'en-GB'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.en, emergencyOf('GB')));
    // No lang of its own: the page's (fr-CA) again.
    await change(() => clinic.removeAttribute('lang'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, emergencyOf('CA')));
  });

  it('the check’s own emergency-number wins over every clinic change, and back', async () => {
    const { el, clinic } = await onClinicEmergency(
      '<knead-clinic emergency-number="999"><knead-symptom-check emergency-number="112"></knead-symptom-check></knead-clinic>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, '112'));
    await change(() => clinic.setAttribute('emergency-number', '000'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, '112'));
    await change(() => el.removeAttribute('emergency-number'));
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, '000'));
  });
});
