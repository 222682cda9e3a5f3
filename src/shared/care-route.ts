/**
 * Which emergency number and which advice line a widget shows. Pure: the element passes in
 * what it knows (its own setting, its clinic's, the languages around it, the visitor's time
 * zone) and gets back the numbers with where they came from. Order, most specific first:
 * the element's `emergency-number`, its clinic's, the region of the nearest language that
 * names one, the region of the visitor's time zone; else none, so the widget says "your
 * local emergency number" rather than guessing.
 */
import { CARE_BY_REGION, type AdviceLine } from './care-numbers.js';
import { phoneUrl } from './safe-url.js';
import { asText } from './as-text.js';

export interface CareInputs {
  /**
   * The element's own `emergency-number`. Unknown, since a framework may set the property to
   * anything: a number (911) counts as its digits; anything else not text is refused.
   */
  readonly own?: unknown;
  /** The clinic's `emergency-number`, taken the same way. */
  readonly clinic?: unknown;
  /** Language tags around the element, nearest first (its own, its clinic's, ancestors'). */
  readonly languages?: readonly (string | undefined)[];
  /** The visitor's IANA time zone, e.g. `Europe/Paris`. */
  readonly timeZone?: string | undefined;
  /**
   * The time zone table (`regionOfTimeZone` from time-zone-region.ts), once loaded. Without
   * it, a route that needs the time zone says so in `needsTimeZones`.
   */
  readonly regionOfTimeZone?: ((timeZone: string) => string | undefined) | undefined;
}

export type EmergencySource = 'own' | 'clinic' | 'language' | 'time-zone';

export interface CareRoute {
  /** The emergency number, or undefined when it is not known here. */
  readonly emergency?: string | undefined;
  readonly emergencySource?: EmergencySource | undefined;
  /** The visitor's region: a language tag's, else the time zone's; one we know first. */
  readonly region?: string | undefined;
  /** The health advice line for urgent problems, where the region has one. */
  readonly advice?: AdviceLine | undefined;
  /** Settings that were ignored because they are not a phone number. */
  readonly invalid: readonly { readonly setting: 'own' | 'clinic'; readonly value: unknown }[];
  /** The table of time zones is needed to finish: nothing nearer says where the visitor is. */
  readonly needsTimeZones?: boolean;
}

/** The region (ISO 3166) a language tag names, if any: `fr-CA` gives CA, `fr` none. */
export function regionOfLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

/** Works out the numbers to show. Never throws; never invents a number. */
export function careRoute({
  own,
  clinic,
  languages = [],
  timeZone,
  regionOfTimeZone,
}: CareInputs): CareRoute {
  const invalid: { setting: 'own' | 'clinic'; value: unknown }[] = [];
  const given = (setting: 'own' | 'clinic', value: unknown) => {
    if (value === undefined || value === null || value === '') return undefined;
    const text = asText(value).trim();
    if (text && phoneUrl(text)) return text;
    invalid.push({ setting, value });
    return undefined;
  };
  const ownNumber = given('own', own);
  const clinicNumber = given('clinic', clinic);

  const languageRegion = languages.map(regionOfLanguage).find((region) => region);
  const zoneRegion = timeZone ? regionOfTimeZone?.(timeZone) : undefined;
  const known = (code: string | undefined) => (code ? CARE_BY_REGION[code] : undefined);
  // The first region we know numbers for; a language naming one we do not know yields to
  // the time zone (an `en-IN` page read in Europe/London).
  const region = [languageRegion, zoneRegion].find(known) ?? languageRegion ?? zoneRegion;

  let emergency: string | undefined;
  let emergencySource: EmergencySource | undefined;
  if (ownNumber) [emergency, emergencySource] = [ownNumber, 'own'];
  else if (clinicNumber) [emergency, emergencySource] = [clinicNumber, 'clinic'];
  else if (known(region)) {
    emergency = known(region)!.emergency;
    emergencySource = region === languageRegion ? 'language' : 'time-zone';
  }

  // The advice line only beside its own region's emergency number: an Australian clinic's
  // 000 next to NHS 111 would send the visitor to two countries at once. Compared as dialled:
  // a Canadian clinic writes 9-1-1.
  const regional = known(region);
  const line =
    emergency && regional && phoneUrl(emergency) === phoneUrl(regional.emergency)
      ? regional.advice
      : undefined;
  const advice = line && !(timeZone && line.notIn?.includes(timeZone)) ? line : undefined;
  // Only the time zone can still say where the visitor is (the number or the advice line).
  const needsTimeZones = !!timeZone && !regionOfTimeZone && !known(languageRegion);
  return { emergency, emergencySource, region, advice, invalid, needsTimeZones };
}
