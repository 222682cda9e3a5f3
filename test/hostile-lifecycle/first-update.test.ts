import { expect } from '@open-wc/testing';
import {
  census,
  clearPage,
  holder,
  kneadElements,
  pageMarks,
  problemsDuring,
  screenText,
  settleAll,
  wait,
} from './support.js';

/**
 * A single-page app that changes its mind: it mounts widgets on a Spanish page and takes
 * them away before their first update is done (their language still loading), in the same
 * task or a moment later, then puts them back. Nothing may throw or be logged, nothing of
 * theirs may be left on the page while they are away, and back, they speak Spanish.
 */

const WIDGETS = `
  <knead-clinic name="Harbour" booking-provider="calendly" booking-account="harbour" lang="es"
    emergency-number="112">
    <knead-booking-button mode="popup"></knead-booking-button>
    <knead-booking-frame autoload></knead-booking-frame>
    <knead-technique-card technique="swedish" bookable></knead-technique-card>
    <knead-technique-list filter></knead-technique-list>
    <knead-symptom-check></knead-symptom-check>
    <knead-exercise-timer></knead-exercise-timer>
    <knead-self-care-tips></knead-self-care-tips>
  </knead-clinic>`;

/** A phrase each widget's first screen shows in Spanish. */
const SPANISH: Record<string, string> = {
  'knead-booking-button': 'Reservar una cita',
  'knead-technique-card': 'Presión',
  'knead-technique-list': 'Técnicas de masaje',
  'knead-self-care-tips': 'Estos consejos son generales.',
};

describe('hostile SPA: widgets removed during their first update', () => {
  afterEach(clearPage);

  for (const when of ['in the same task', 'a microtask later', 'a frame later'] as const) {
    it(`removed ${when} while their language loads: nothing logged, nothing left; back, they speak Spanish`, async () => {
      const before = pageMarks();
      const held = census();
      try {
        const problems = await problemsDuring(async () => {
          const empty = held.held();
          const page = holder('es');
          page.innerHTML = WIDGETS;
          const all = kneadElements(page);
          if (when === 'a microtask later') await Promise.resolve();
          if (when === 'a frame later') await new Promise(requestAnimationFrame);
          page.remove();
          await wait(300);
          for (const element of all) await element.updateComplete;
          expect(held.held(), 'nothing held while away').to.deep.equal(empty);
          expect(pageMarks()).to.deep.equal(before);

          document.body.append(page);
          await settleAll(page, 200);
          for (const [tag, phrase] of Object.entries(SPANISH))
            expect(screenText(page.querySelector(tag)!), tag).to.include(phrase);
          page.remove();
          await settleAll(document.body);
          expect(held.held(), 'nothing held once removed').to.deep.equal(empty);
        });
        expect(problems).to.deep.equal([]);
      } finally {
        held.stop();
      }
      expect(pageMarks()).to.deep.equal(before);
    });
  }
});
