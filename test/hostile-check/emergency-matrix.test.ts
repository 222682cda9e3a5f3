import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import { ROUTES } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import {
  WORDS,
  calling,
  expectedCall,
  mountCheck,
  pageLang,
  quietly,
  settleAll,
} from './support.js';

/**
 * Every combination of what says where the visitor is: the clinic's emergency-number (or
 * none), the clinic's lang (none, bare, regional), the page's `<html lang>` (bare or
 * regional, in each built-in language) and the time zone (one the table knows, or UTC).
 * The emergency screen names the number the documented order gives (README, "Language":
 * the clinic's number, then the region of the nearest lang that names one, then the time
 * zone, else "your local emergency number" with no digits), in the language of the nearest
 * lang, and never a number guessed from a bare language.
 */

const CLINIC_NUMBERS = [undefined, '999'] as const;
const CLINIC_LANGS = [undefined, 'fr', 'fr-CA'] as const;
const PAGE_LANGS = ['fr', 'es', 'en', 'fr-CA', 'en-AU', 'es-MX'] as const;
const ZONES = { 'Etc/UTC': undefined, 'Europe/Madrid': 'ES' } as const;

const regionOf = (tag: string | undefined) => tag?.split('-')[1];
const languageOf = (tag: string) => tag.split('-')[0] as 'en' | 'fr' | 'es';

/** The number the documented order gives, worked out from the table, not from the code. */
function expectedNumber(
  clinicNumber: string | undefined,
  tags: readonly (string | undefined)[],
  zoneRegion: string | undefined,
): string | undefined {
  if (clinicNumber) return clinicNumber;
  const region = [...tags.map(regionOf), zoneRegion].find((code) => code && CARE_BY_REGION[code]);
  return region ? CARE_BY_REGION[region]!.emergency : undefined;
}

describe('the emergency number, every combination of clinic, page and time zone', () => {
  let restoreLang: () => void;
  before(() => (restoreLang = pageLang('en')));
  after(() => restoreLang());
  afterEach(() => {
    for (const holder of document.querySelectorAll('[data-hostile-check]')) holder.remove();
  });

  for (const [zone, zoneRegion] of Object.entries(ZONES))
    for (const clinicNumber of CLINIC_NUMBERS)
      it(`in ${zone}, clinic emergency-number ${clinicNumber ?? '(none)'}: every clinic lang and page lang`, async function () {
        this.timeout(20_000);
        const restoreZone = stubTimeZone(zone);
        try {
          for (const clinicLang of CLINIC_LANGS)
            for (const page of PAGE_LANGS) {
              pageLang(page);
              const attributes = [
                clinicNumber ? `emergency-number="${clinicNumber}"` : '',
                clinicLang ? `lang="${clinicLang}"` : '',
              ].join(' ');
              const { holder, el } = await mountCheck(
                `<knead-clinic ${attributes}><knead-symptom-check></knead-symptom-check></knead-clinic>`,
              );
              await quietly(async () => {
                await answerByCode(el, ROUTES.emergency);
                await settleAll(holder, 20);
              });
              const where = `clinic lang ${clinicLang ?? '(none)'}, <html lang="${page}">`;
              const number = expectedNumber(clinicNumber, [clinicLang, page], zoneRegion);
              const words = WORDS[languageOf(clinicLang ?? page)];
              const shown = calling(el);
              expect(shown.call, where).to.equal(expectedCall(words, number));
              if (number) expect(shown.href, where).to.equal(`tel:${number}`);
              else expect(shown.digits, where).to.deep.equal([]);
              holder.remove();
            }
        } finally {
          restoreZone();
        }
      });
});
