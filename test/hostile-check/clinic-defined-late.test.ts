import { expect } from '@open-wc/testing';
// Not src/define.js: the check is defined first and the clinic later, as a tag manager or
// two scripts loading in either order would. A tag is defined once per page, so these tests
// run in this order.
import '../../src/symptom-check/define.js';
import { ROUTES, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { captureReports } from '../helpers/console.js';
import {
  WORDS,
  calling,
  emergencyOf,
  expectedCall,
  mountCheck,
  quietly,
  settleAll,
} from './support.js';
import { pageLang } from '../hostile-languages/probes.js';
import { stubTimeZone } from '../helpers/time-zone.js';

/**
 * A visitor already on the emergency screen when the clinic that wraps the check (or the
 * page clinic) is defined: the clinic's emergency-number takes over at once, with no
 * console error meanwhile; and a check put on the page after its clinic is defined shows
 * the clinic's number from its very first screen, never the page region's first.
 */

describe('a clinic defined after its check', () => {
  let restore: () => void;
  let restoreZone: () => void;
  before(() => {
    restore = pageLang('en-GB');
    restoreZone = stubTimeZone('Etc/UTC');
  });
  after(() => {
    restore();
    restoreZone();
  });

  let wrapped: Check;
  let loose: Check;

  it('while the clinics wait to be defined: the page region’s number, no error', async () => {
    const { holder, el } = await mountCheck(
      '<knead-clinic emergency-number="112" name="Clinic"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    wrapped = el;
    const page = document.createElement('div');
    page.innerHTML =
      '<knead-clinic page emergency-number="000"></knead-clinic><main><knead-symptom-check></knead-symptom-check></main>';
    holder.append(page);
    loose = page.querySelector('knead-symptom-check')!;
    const { errors } = await captureReports(async () => {
      await settleAll(document.body, 100);
      await answerByCode(wrapped, ROUTES.emergency);
      await answerByCode(loose, ROUTES.emergency);
      await settleAll(document.body, 20);
    });
    expect(errors).to.deep.equal([]);
    for (const el of [wrapped, loose])
      expect(calling(el).call).to.equal(expectedCall(WORDS.en, emergencyOf('GB')));
  });

  it('…then the clinic is defined: each check on the emergency screen shows its clinic’s number', async () => {
    const { errors } = await captureReports(async () => {
      await import('../../src/clinic/define.js');
      await settleAll(document.body, 200);
    });
    expect(errors).to.deep.equal([]);
    expect(calling(wrapped)).to.include({ call: expectedCall(WORDS.en, '112'), href: 'tel:112' });
    expect(calling(loose)).to.include({ call: expectedCall(WORDS.en, '000'), href: 'tel:000' });
    document.querySelector('[data-hostile-check]')!.remove();
  });

  it('a check added inside a defined clinic: the clinic’s number from its first screen', async () => {
    const shown: string[] = [];
    const holder = document.createElement('div');
    holder.dataset['hostileCheck'] = '';
    holder.innerHTML = '<knead-clinic emergency-number="112"></knead-clinic>';
    document.body.append(holder);
    await settleAll(holder, 20);
    const el = document.createElement('knead-symptom-check') as Check;
    const note = () => {
      const link = el.shadowRoot?.querySelector('a[href^="tel:"]');
      if (link) shown.push(link.getAttribute('href')!);
    };
    const watch = new MutationObserver(note);
    await quietly(async () => {
      holder.firstElementChild!.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
      await settleAll(holder, 50);
    });
    watch.disconnect();
    note();
    expect(shown.length).to.be.above(0);
    expect([...new Set(shown)]).to.deep.equal(['tel:112']);
    holder.remove();
  });
});
