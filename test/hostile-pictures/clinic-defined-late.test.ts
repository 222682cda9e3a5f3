import { expect } from '@open-wc/testing';
import { fake } from '../exercise-timer/timer-element.js';
import { expectClinicFollowed, handoutLines } from './clinic-checks.js';
import { clearPage, holder, makeTimer, problemsDuring } from './support.js';

/**
 * The timer defined and on the page before its `<knead-clinic>` is defined (a tag manager,
 * or the clinic's script loading last): the handout names no clinic meanwhile, then the
 * clinic's name and phone once it is defined, and follows their changes.
 */
describe('hostile print: the clinic defined after the timer', () => {
  afterEach(clearPage);

  it('names the clinic on the handout once it is defined, and follows its changes', async () => {
    const problems = await problemsDuring(async () => {
      expect(customElements.get('knead-clinic'), 'not defined yet').to.equal(undefined);
      const clinic = document.createElement('knead-clinic');
      clinic.setAttribute('name', 'Harbour Physio');
      clinic.setAttribute('phone', '604-555-0111');
      holder().append(clinic);
      const el = makeTimer(fake, {}, clinic);
      await el.updateComplete;
      expect(handoutLines(el).join(' ')).to.not.include('Harbour');
      await import('../../src/clinic/define.js');
      await expectClinicFollowed(el, clinic);
    });
    expect(problems).to.deep.equal([]);
  });
});
