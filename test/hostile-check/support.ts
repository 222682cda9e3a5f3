/**
 * What the hostile symptom-check tests share: a check put on the page with the visitor's
 * time zone and `<html lang>` set (both put back after each test), what its screens say
 * about calling for help, and the number each region's table gives, read from the table
 * itself rather than written out again.
 */
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { CHECK_MESSAGES, type CheckMessages } from '../../src/symptom-check/check-messages.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import { captureReports } from '../helpers/console.js';
import { ROUTES, part, textOf, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { pageLang, settleAll } from '../hostile-languages/probes.js';

export { pageLang, settleAll };

/** The check's words in each built-in language. */
export const WORDS: Readonly<Record<'en' | 'fr' | 'es', CheckMessages>> = {
  en: CHECK_MESSAGES,
  fr: fr.check as CheckMessages,
  es: es.check as CheckMessages,
};

/** Whitespace as read aloud. */
export const read = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The emergency number the table lists for a region (ISO 3166 code). */
export function emergencyOf(region: string): string {
  const care = CARE_BY_REGION[region];
  if (!care) throw new Error(`no care numbers for ${region}`);
  return care.emergency;
}

/**
 * Sets the visitor's time zone and `<html lang>` for each test of the suite it is called
 * in, and puts the page's back after it.
 */
export function placeVisitor(zone = 'Etc/UTC', lang: string | null = 'en'): void {
  let restoreZone: () => void;
  let restoreLang: () => void;
  beforeEach(() => {
    restoreZone = stubTimeZone(zone);
    restoreLang = pageLang(lang);
  });
  afterEach(() => {
    restoreZone();
    restoreLang();
    for (const holder of document.querySelectorAll('[data-hostile-check]')) holder.remove();
  });
}

/** Puts `markup` on the page in a holder taken off after the test, and waits for it. */
export async function mountCheck(markup: string): Promise<{ holder: HTMLElement; el: Check }> {
  const holder = document.createElement('div');
  holder.dataset['hostileCheck'] = '';
  // The check warns once where it knows no number: expected in these tests.
  await captureReports(async () => {
    holder.innerHTML = markup;
    document.body.append(holder);
    await settleAll(holder, 100);
  });
  const el = holder.querySelector<Check>('knead-symptom-check');
  if (!el) throw new Error('no <knead-symptom-check> in the markup');
  return { holder, el };
}

/** Puts `markup` on the page and answers the check's way to the emergency screen. */
export async function onEmergencyScreen(
  markup: string,
): Promise<{ holder: HTMLElement; el: Check }> {
  const mounted = await mountCheck(markup);
  await quietly(async () => {
    await answerByCode(mounted.el, ROUTES.emergency);
    await settleAll(document.body, 20);
  });
  return mounted;
}

/** What the emergency (or urgent) result says about calling: the call part and its link. */
export function calling(el: Check): { call: string; href: string | null; digits: string[] } {
  const call = part(el, 'call');
  return {
    call: textOf(call),
    href: call?.closest('a')?.getAttribute('href') ?? null,
    digits: textOf(part(el, 'result')).match(/\d{2,}/g) ?? [],
  };
}

/** What the emergency result should say: "Call <number> now", or the local number's words. */
export const expectedCall = (text: CheckMessages, number: string | undefined): string =>
  read(number ? text.callNumber(number) : text.callLocalNow);

/** Runs `run` with the console's warnings and errors held (the check warns where it knows no number). */
export const quietly = (run: () => unknown) => captureReports(run);
