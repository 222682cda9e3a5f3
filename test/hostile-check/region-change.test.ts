import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Check } from '../harness/symptom-check.js';
import {
  WORDS,
  calling,
  emergencyOf,
  expectedCall,
  onEmergencyScreen,
  placeVisitor,
  quietly,
  settleAll,
} from './support.js';

/**
 * A multi-country site (a clinic chain's app with a country picker, a translation tool)
 * changes the region in `<html lang>` while a visitor is on the emergency screen, with the
 * language itself unchanged: es-MX to es-ES, fr-CA to fr-FR, en-AU to a bare en. The number
 * shown must follow the page's region at once: Mexico's 911 is no number to call in Madrid,
 * and a page that no longer names a region gets "your local emergency number", not the old
 * country's digits. The time zone says nothing here (UTC), so only `lang` names the region.
 */

const root = document.documentElement;

const checkOnEmergencyScreen = async (markup: string): Promise<Check> =>
  (await onEmergencyScreen(markup)).el;

async function pageRegionBecomes(lang: string): Promise<void> {
  await quietly(async () => {
    root.setAttribute('lang', lang);
    await settleAll(document.body, 40);
  });
}

describe('the page’s region changes while the emergency screen shows', () => {
  placeVisitor('Etc/UTC', 'es-MX');

  it('a clinic with no lang of its own: es-MX → es-ES, 911 becomes 112', async () => {
    const el = await checkOnEmergencyScreen(
      '<knead-clinic name="Clínica"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('MX')));
    await pageRegionBecomes('es-ES');
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('ES')));
    expect(calling(el).href).to.equal(`tel:${emergencyOf('ES')}`);
  });

  it('a page clinic with no lang: es-MX → es-ES, 911 becomes 112 for a check outside it', async () => {
    const el = await checkOnEmergencyScreen(
      '<knead-clinic page name="Clínica"></knead-clinic><knead-symptom-check></knead-symptom-check>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('MX')));
    await pageRegionBecomes('es-ES');
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('ES')));
  });

  it('a clinic with no lang: en-AU → bare en, 000 gives way to the local number', async () => {
    root.setAttribute('lang', 'en-AU');
    const el = await checkOnEmergencyScreen(
      '<knead-clinic name="Clinic"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.en, emergencyOf('AU')));
    await pageRegionBecomes('en');
    expect(calling(el)).to.deep.equal({
      call: expectedCall(WORDS.en, undefined),
      href: null,
      digits: [],
    });
  });

  it('a check in a bare lang="fr" section: fr-CA → fr-FR on <html>, 911 becomes 112', async () => {
    root.setAttribute('lang', 'fr-CA');
    const el = await checkOnEmergencyScreen(
      '<section lang="fr"><knead-symptom-check></knead-symptom-check></section>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, emergencyOf('CA')));
    await pageRegionBecomes('fr-FR');
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, emergencyOf('FR')));
  });

  it('a check with its own bare lang="es": es-MX → es on <html>, the local number', async () => {
    const el = await checkOnEmergencyScreen(
      '<knead-symptom-check lang="es"></knead-symptom-check>',
    );
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, emergencyOf('MX')));
    await pageRegionBecomes('es');
    expect(calling(el).call).to.equal(expectedCall(WORDS.es, undefined));
    expect(calling(el).digits).to.deep.equal([]);
  });
});
