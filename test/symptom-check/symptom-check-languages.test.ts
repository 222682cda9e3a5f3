import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/symptom-check/define.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { englishLeft } from '../helpers/english-left.js';
import { withErrors } from '../helpers/console.js';
import {
  ROUTES,
  part,
  routeTo,
  textOf,
  type Check,
  type Choice,
} from '../harness/symptom-check.js';
import {
  asRead,
  checkInLang,
  clinicWith,
  expectRefused,
  withJsonChild,
  inTimeZone,
} from './fixtures.js';
import { answerByCode, pressMain } from './walk-by-code.js';
import { CHECK_ENGLISH, FLOW_ENGLISH } from './english-words.js';

const ENGLISH = [...CHECK_ENGLISH, ...FLOW_ENGLISH];

/**
 * Every screen of the check in French and in Spanish: none shows an English phrase of the
 * check's words, and each is axe-clean. Walks go by answer code (walk-by-code.ts), so they
 * do not depend on the words.
 */

const TABLES = { fr, es } as const;
type Language = keyof typeof TABLES;

const PHONE = '+1 (604) 555-0142';
const withNumber = html`<knead-symptom-check emergency-number="112"></knead-symptom-check>`;
const inClinic = (check = html`<knead-symptom-check></knead-symptom-check>`) => clinicWith(check);
const unnamedClinic = html`<knead-clinic phone=${PHONE}
  ><knead-symptom-check></knead-symptom-check
></knead-clinic>`;

interface Screen {
  /** What the visitor sees, in words a reader of the test knows. */
  readonly name: string;
  /** The region to add to the language (`CA`: `fr-CA`), for the number it names. */
  readonly region?: string;
  readonly template?: ReturnType<typeof html>;
  readonly route?: readonly Choice[];
  /** Press the main button once more at the end (Next with nothing chosen: the note). */
  readonly pressNext?: boolean;
  /** A word of the table the screen must show, to be sure it is the screen meant. */
  readonly shows: (text: (typeof fr)['check']) => string;
}

const SCREENS: readonly Screen[] = [
  { name: 'intro, with a number', template: withNumber, shows: (t) => t.start },
  { name: 'intro, "your local emergency number"', shows: (t) => t.introEmergencyLocal },
  { name: 'several-answer question', route: [], shows: (t) => t.next },
  {
    name: 'several-answer question, nothing chosen',
    route: [],
    pressNext: true,
    shows: (t) => t.chooseSome,
  },
  {
    name: 'one-answer question, nothing chosen',
    route: routeTo('area'),
    pressNext: true,
    shows: (t) => t.chooseOne,
  },
  { name: 'yes/no question', route: routeTo('below-knee'), shows: (t) => t.yes },
  {
    name: 'emergency, with a number',
    template: withNumber,
    route: ROUTES.emergency,
    shows: (t) => t.callNumber('112'),
  },
  {
    name: 'emergency, "your local emergency number"',
    route: ROUTES.emergency,
    shows: (t) => t.callLocalNow,
  },
  {
    name: 'urgent, with an advice line (Canada)',
    region: 'CA',
    route: ROUTES.urgent,
    shows: (t) => t.callNumber('811'),
  },
  {
    name: 'urgent, no advice line (US)',
    region: 'US',
    route: ROUTES.urgent,
    shows: (t) => t.contactDoctorToday,
  },
  { name: 'urgent, no number known', route: ROUTES.urgent, shows: (t) => t.worseCallLocal },
  {
    name: 'clinician, with the clinic to call and gentle techniques',
    template: inClinic(),
    route: ROUTES['disc-nerve'],
    shows: (t) => t.techniquesCleared,
  },
  {
    name: 'clinician, "call us"',
    template: unnamedClinic,
    route: ROUTES.unclear,
    shows: (t) => t.levelClinician,
  },
  {
    name: 'massage, with techniques, exercises and booking',
    template: inClinic(
      html`<knead-symptom-check exercises-href="/exercises"></knead-symptom-check>`,
    ),
    route: ROUTES.muscular,
    shows: (t) => t.exercisesLink,
  },
];

describe('<knead-symptom-check> in French and Spanish', () => {
  inTimeZone();

  for (const language of Object.keys(TABLES) as Language[]) {
    const text = TABLES[language].check;
    describe(language, () => {
      for (const screen of SCREENS) {
        it(`${screen.name}: no English, axe-clean`, async () => {
          const lang = screen.region ? `${language}-${screen.region}` : language;
          const { el } = await checkInLang(lang, screen.template);
          if (screen.route) await answerByCode(el, screen.route);
          if (screen.pressNext) await pressMain(el);
          expect(textOf(el.shadowRoot)).to.include(asRead(screen.shows(text)));
          expect(englishLeft(el, ENGLISH)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }

      it('a flow that could not be loaded: the note in the language, no English', async () => {
        const { el } = await withErrors(async () => {
          const holder = await fixture<HTMLElement>(
            html`<div lang=${language}>${withJsonChild('{ not json')}</div>`,
          );
          const check = holder.querySelector<Check>('knead-symptom-check')!;
          await check.updateComplete;
          return check;
        });
        expect(textOf(part(el, 'message'))).to.equal(asRead(text.failed));
        expect(englishLeft(el, ENGLISH)).to.deep.equal([]);
        await expectRefused(el);
      });
    });
  }
});
