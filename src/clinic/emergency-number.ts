/**
 * The emergency number for a locale's region, where we know it. Pure. Wrong here is worse
 * than generic, so only well-established national numbers are listed; anything else falls
 * back to 911 and the clinic can set `emergency-number` itself.
 */

const EU_112 = [
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

const BY_REGION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EU_112.map((region) => [region, '112'])),
  US: '911',
  CA: '911',
  MX: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
  IN: '112',
  ZA: '112',
  HK: '999',
  SG: '995',
  JP: '119',
  KR: '119',
};

/** The fallback where the region is unknown. */
export const DEFAULT_EMERGENCY_NUMBER = '911';

/** The emergency number for `locale` (e.g. `en-GB`), or 911 when the region is unknown. */
export function emergencyNumberFor(locale: string | undefined): string {
  if (!locale) return DEFAULT_EMERGENCY_NUMBER;
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    return DEFAULT_EMERGENCY_NUMBER;
  }
  return (region && BY_REGION[region]) ?? DEFAULT_EMERGENCY_NUMBER;
}
